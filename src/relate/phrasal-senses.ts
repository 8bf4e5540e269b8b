import { derived, type Lexicon } from '../lexicon/index.js';
import { DIRECTIONAL_PARTICLES, VERB_PARTICLES } from '../lexicon/particles.js';
import { PHRASAL_VERBS_OF_CARRYING } from '../lexicon/phrasal-verbs.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { CENTRAL_DETERMINERS, DEFINITE_DETERMINERS } from '../lexicon/grammar-words.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { MOTION_HEAD_VERBS, WORDNET_PHRASAL_VERBS } from '../lexicon/wordnet-phrasal-verbs.js';
import { WORDNET_IDIOM_SENSES } from '../lexicon/wordnet-idiom-senses.js';
import type { Claim } from '../model/claim.js';
import { verbLemma } from './lemma.js';
import { verbHypernyms } from './wordnet.js';

/**
 * A claim's verb read with its particle as a WordNet phrasal verb ("broke out" → "break out"), and what that phrasal
 * verb shares a synset with (src/lexicon/wordnet-phrasal-verbs.ts): the relate stage compares it with single verbs
 * as it compares two single verbs of one synset, and never as its bare verb ("broke out" is not "broke the window").
 */
export interface PhrasalUse {
  /** Verb lemma and particle, space-separated, as the table keys it: "break out". */
  lemma: string;
  /** Used with a direct object (after the particle, or as a passive subject): only senses with an object frame count. */
  object: boolean;
}

/** The single verbs one phrasal use is related to. */
export interface PhrasalSenses {
  /** Strict synonyms: from its first two senses, each holding the synset among its own first two. */
  synonyms: ReadonlySet<string>;
  /** Synonyms for a context that fixes the sense (one agent or theme on both sides): senses one to four. */
  synonymsInContext: ReadonlySet<string>;
  /** Hypernyms of its first two senses, and theirs (two levels, as a single verb's). */
  hypernyms: ReadonlySet<string>;
  /** Hypernyms of its third and fourth senses, and hypernyms holding the synset among their own first four senses. */
  hypernymsInContext: ReadonlySet<string>;
}

const PARTICLES: ReadonlySet<string> = new Set(VERB_PARTICLES);
const DIRECTIONAL: ReadonlySet<string> = new Set(DIRECTIONAL_PARTICLES);
const MOTION: ReadonlySet<string> = new Set(MOTION_HEAD_VERBS);
const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
const NEXT_WORD = /^\s+(\p{L}+)/u;
const WORDS = /\p{L}+/gu;
/** Senses of a phrasal verb that count without context, as a single verb's (scripts/build-synonyms.ts). */
const STRICT_RANK = 2;
/** Words (determiner, figure, adjectives) between a particle and the head its theme was read as. */
const OBJECT_REACH = 3;

/** Words that open a noun phrase (Quirk et al. 1985, § 5.10: central determiners, demonstratives, numerals); not "that", also a conjunction ("it turned out that"). */
const OPENS_NOUN_PHRASE: ReadonlySet<string> = new Set([...CENTRAL_DETERMINERS, ...DEFINITE_DETERMINERS.filter((w) => w !== 'that'), ...UNIT_WORDS.keys(), ...TENS_WORDS.keys()]);
const FIGURE = /^\d/;

/**
 * Whether the phrasal verb has an object: a passive subject, the theme right after the particle, or a word opening a
 * noun phrase right after it ("laid off 40 staff in May", where extraction may find no theme).
 */
function takesObject(claim: Claim, particleEnd: number, passive: boolean): boolean {
  const theme = claim.proposition.theme;
  const after = /^\s+([\p{L}\p{N}]+)/u.exec(claim.text.slice(particleEnd - claim.span.start))?.[1]?.toLowerCase();
  if (passive || (after !== undefined && (OPENS_NOUN_PHRASE.has(after) || FIGURE.test(after)))) return true;
  if (!theme || theme.span.start < particleEnd) return false;
  const between = claim.text.slice(particleEnd - claim.span.start, theme.span.start - claim.span.start).toLowerCase().match(WORDS) ?? [];
  return between.length <= OBJECT_REACH && !between.some((w) => PREPOSITION.has(w));
}

/** A verb of the claim as extraction gives it: its lemma, its text and span. */
type ClaimVerb = NonNullable<Claim['proposition']['predicate']>;

function readUse(claim: Claim, verb: ClaimVerb | undefined, passive: boolean, lexicon: Pick<Lexicon, 'phrasalVerbs'>): PhrasalUse | null {
  if (!verb) return null;
  const next = NEXT_WORD.exec(claim.text.slice(verb.span.end - claim.span.start));
  const particle = next?.[1]?.toLowerCase();
  if (next === null || particle === undefined) return null;
  const lemma = verb.lemma.toLowerCase();
  const bare = verbLemma(verb.text.toLowerCase()) ?? lemma;
  const phrase = `${bare} ${particle}`;
  // "gave way", "took part": a WordNet verb + noun idiom is read as one verb too (its senses: wordnet-idiom-senses.ts).
  if (!PARTICLES.has(particle)) return bare === lemma && Object.hasOwn(WORDNET_IDIOM_SENSES, phrase) ? { lemma: phrase, object: false } : null;
  // The hand table (lexicon/phrasal-verbs.ts) keeps priority: extraction already read its entries as their one verb.
  if (bare !== lemma || Object.hasOwn(lexicon.phrasalVerbs, phrase) || Object.hasOwn(PHRASAL_VERBS_OF_CARRYING, phrase)) return null;
  if (!Object.hasOwn(WORDNET_PHRASAL_VERBS, phrase)) return null;
  const object = takesObject(claim, verb.span.end + next[0].length, passive);
  // "ran up the hill": after a verb of motion "up", "down" and "off" before an object may be prepositions of direction.
  if (object && !passive && DIRECTIONAL.has(particle) && MOTION.has(bare)) return null;
  return { lemma: phrase, object };
}

/** The claim's predicate and the verb a status verb wraps, each read once per claim object and lexicon. */
interface Uses { predicate?: PhrasalUse | null; inner?: PhrasalUse | null }
const useCache = (): WeakMap<Claim, Uses> => new WeakMap();

function usesOf(claim: Claim, lexicon: Pick<Lexicon, 'phrasalVerbs'>): Uses {
  const cache = derived(lexicon, useCache);
  let uses = cache.get(claim);
  if (!uses) cache.set(claim, (uses = {}));
  return uses;
}

/**
 * The claim's verb and the particle after it as a WordNet phrasal verb, unless the hand table has the phrase (read as
 * its one verb at extraction) or the particle is a preposition of direction after a verb of motion.
 */
export function phrasalUse(claim: Claim, lexicon: Pick<Lexicon, 'phrasalVerbs'>): PhrasalUse | undefined {
  const uses = usesOf(claim, lexicon);
  if (uses.predicate === undefined) {
    const { predicate, theme } = claim.proposition;
    uses.predicate = readUse(claim, predicate, predicate !== undefined && theme !== undefined && theme.span.end <= predicate.span.start, lexicon);
  }
  return uses.predicate ?? undefined;
}

/** The verb a status verb wraps, read the same way ("has not decided whether to lay off staff" → lay off). */
export function innerPhrasalUse(claim: Claim, lexicon: Pick<Lexicon, 'phrasalVerbs'>): PhrasalUse | undefined {
  const uses = usesOf(claim, lexicon);
  if (uses.inner === undefined) uses.inner = readUse(claim, claim.proposition.inner, false, lexicon);
  return uses.inner ?? undefined;
}

const SENSE = /^(\d+)(o?)(p?)=([^/]*)\/([^/]*)\/([^/]*)\/(.*)$/;
const split = (words: string | undefined) => (words ? words.split(',') : []);

/** The single verbs a phrasal verb shares its senses with, for one use (with or without an object). */
export function phrasalSenses(use: PhrasalUse): PhrasalSenses {
  const synonyms = new Set<string>();
  const synonymsInContext = new Set<string>();
  const parents = new Set<string>();
  const hypernymsInContext = new Set<string>();
  const entry = Object.hasOwn(WORDNET_PHRASAL_VERBS, use.lemma) ? WORDNET_PHRASAL_VERBS[use.lemma]! : Object.hasOwn(WORDNET_IDIOM_SENSES, use.lemma) ? WORDNET_IDIOM_SENSES[use.lemma]! : '';
  for (const sense of entry.split(';')) {
    const m = SENSE.exec(sense);
    if (!m || (use.object ? m[2] !== 'o' : m[3] !== 'p')) continue;
    const strict = Number(m[1]) <= STRICT_RANK;
    for (const w of split(m[4])) (strict ? synonyms.add(w) : undefined, synonymsInContext.add(w));
    for (const w of split(m[5])) synonymsInContext.add(w);
    for (const w of split(m[6])) (strict ? parents : hypernymsInContext).add(w);
    for (const w of split(m[7])) hypernymsInContext.add(w);
  }
  const hypernyms = new Set([...parents, ...[...parents].flatMap(verbHypernyms)]);
  return { synonyms, synonymsInContext, hypernyms, hypernymsInContext };
}
