import type { Claim, Phrase } from '../model/claim.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Lexicon } from '../lexicon/index.js';
import { OWNING_VERBS, RESPONSIBILITY_NOUNS } from '../lexicon/responsibility-verbs.js';
import { SUPPORT_VERBS } from '../lexicon/support-verbs.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { isConvertedEventNoun, verbsOfNominalisation } from '../relate/wordnet.js';
import { claimWords } from '../relate/words.js';
import { singularNoun } from '../match/measure.js';
import { samePhrase } from './actor.js';
import { agentNounDoer } from './agent-nouns.js';
import { groupAndMember } from './group-members.js';
import { maybeCoreferent } from './referents.js';
import { withoutOpeningCapitals } from './sentence-capitals.js';
import type { DetectorHit } from './types.js';

/** One act a claim says someone did: the doer, the act's verbs and event noun, and what it was done to. */
interface Doing {
  doer: Phrase;
  /** The act's verb lemmas: the predicate, or the verbs the event noun is derived from. */
  verbs: ReadonlySet<string>;
  /** The event noun when the act is told by one ("the bombing", "Egypt's mediation"). */
  noun?: string;
  /** Content lemmas of what the act was done to, when the claim names it as its theme. */
  theme: readonly string[];
  /** Whether the act is the claim's own predicate (the actor detector's usual reading). */
  predicate: boolean;
}

const OWNING: ReadonlySet<string> = new Set(OWNING_VERBS);
const RESPONSIBILITY: ReadonlySet<string> = new Set(RESPONSIBILITY_NOUNS);
const SUPPORT: ReadonlySet<string> = new Set(SUPPORT_VERBS);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** The verbs an event noun names: derived ("mediation" → mediate) or spelt as its verb ("attack"). */
function eventVerbs(noun: string): string[] {
  return [...verbsOfNominalisation(noun), ...(isConvertedEventNoun(noun) ? [noun] : [])];
}

/** "Egypt's mediation": a capitalised possessor of an event noun is its doer; the name's earlier words are read in code. */
const POSSESSIVE_EVENT = /(?<![\p{L}-])(\p{Lu}[\p{L}-]*)['’]s\s+(\p{Ll}+)/gu;
/** "mediation by Egypt": an event noun with its doer after "by" (Quirk et al. 1985, § 17.51 on agentive by-phrases of nominalisations). */
const EVENT_BY = /(?<![\p{L}-])(\p{Ll}+)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/gu;
const NAME_CHAR = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;

/** The whole capitalised name around one of its words at [start, end) of the text: capitalised words on either side. */
function nameAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  for (;;) {
    let i = s - 1;
    while (i >= 0 && text[i] === ' ') i--;
    let j = i;
    while (j >= 0 && NAME_CHAR.test(text[j]!)) j--;
    if (i === s - 1 || j === i || !UPPER.test(text[j + 1]!)) break;
    s = j + 1;
  }
  let e = end;
  for (;;) {
    let i = e;
    while (i < text.length && text[i] === ' ') i++;
    let j = i;
    while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
    if (i === e || j === i || !UPPER.test(text[i]!)) break;
    e = j;
  }
  return [s, e];
}

function phraseAt(claim: Claim, text: string, offset: number): Phrase {
  const start = claim.span.start + offset;
  return { text, key: text.toLowerCase(), span: { start, end: start + text.length, text } };
}

/** The acts a claim tells by an event noun with its doer: a possessor or a by-phrase. */
function nominalDoings(claim: Claim): Doing[] {
  const out: Doing[] = [];
  const text = claim.text;
  // Each pattern needs a literal ("'s", "by") that most sentences lack: a substring test spares the scan.
  const possessive = text.includes("'s") || text.includes('’s');
  for (const m of possessive ? text.matchAll(POSSESSIVE_EVENT) : []) {
    const verbs = eventVerbs(m[2]!);
    if (verbs.length === 0) continue;
    const [start] = nameAround(text, m.index, m.index + m[1]!.length);
    out.push({ doer: phraseAt(claim, text.slice(start, m.index + m[1]!.length), start), verbs: new Set(verbs), noun: m[2]!, theme: [], predicate: false });
  }
  for (const m of text.includes('by') ? text.matchAll(EVENT_BY) : []) {
    // Only an event noun before "by": a participle there is a passive, which extraction reads as the actor.
    const verbs = eventVerbs(m[1]!);
    if (verbs.length === 0) continue;
    const first = m.index + m[0].length - m[2]!.length;
    const [, end] = nameAround(text, first, first + m[2]!.length);
    out.push({ doer: phraseAt(claim, text.slice(first, end), first), verbs: new Set(verbs), noun: m[1]!, theme: [], predicate: false });
  }
  return out;
}

/** A phrase's last content word, lower case and singular: "the car bomb attacks" → attack. */
function headOf(claim: Claim, p: Phrase): string | undefined {
  const words = claimWords(claim).tokens.filter((t) => t.content && t.span.start >= p.span.start && t.span.end <= p.span.end);
  const last = words.at(-1);
  return last ? singularNoun(last.lower) : undefined;
}

/** The event noun after "responsibility for": "claimed responsibility for Monday's bombing" → bombing. */
function ownedEvent(claim: Claim): string | undefined {
  const tokens = claimWords(claim).tokens;
  const at = tokens.findIndex((t, i) => RESPONSIBILITY.has(t.lower) && tokens[i + 1]?.lower === 'for');
  if (at < 0) return undefined;
  const after = tokens.slice(at + 2).filter((t) => !DETERMINERS.has(t.lower));
  const phrase = after.slice(0, 4);
  const end = phrase.findIndex((t) => !t.content);
  const last = (end < 0 ? phrase : phrase.slice(0, end)).at(-1);
  const noun = last ? singularNoun(last.lower) : undefined;
  return noun !== undefined && eventVerbs(noun).length > 0 ? noun : undefined;
}

/** The claim's own act: its predicate and actor, a support verb read through its event noun ("carried out the bombing"). */
function predicateDoing(claim: Claim): Doing | undefined {
  const p = claim.proposition;
  if (!p.predicate || !p.actor || p.negated || p.state === 'negated' || p.state === 'pending') return undefined;
  if (claim.certainty.level === 'doubted' || claim.certainty.level === 'refuted') return undefined;
  const verb = p.predicate.lemma.toLowerCase();
  const head = p.theme ? headOf(claim, p.theme) : undefined;
  if (OWNING.has(verb) && head !== undefined && RESPONSIBILITY.has(head)) {
    const noun = ownedEvent(claim);
    return noun ? { doer: p.actor, verbs: new Set(eventVerbs(noun)), noun, theme: [], predicate: false } : undefined;
  }
  const theme = p.theme ? claimWords(claim).tokens.filter((t) => t.content && t.span.start >= p.theme!.span.start && t.span.end <= p.theme!.span.end).map((t) => t.lemma) : [];
  if (SUPPORT.has(verb) && head !== undefined && eventVerbs(head).length > 0) return { doer: p.actor, verbs: new Set(eventVerbs(head)), noun: head, theme: [], predicate: true };
  return { doer: p.actor, verbs: new Set([verb]), theme, predicate: true };
}

/** "The winner of the final was Mia Holt": the holder of an agent-noun role is the doer of its verb (agent-nouns.ts). */
function roleDoing(claim: Claim): Doing[] {
  const found = agentNounDoer(claim);
  return found ? [{ doer: found.doer, verbs: new Set([found.verb]), theme: found.theme, predicate: false }] : [];
}

function doings(claim: Claim): Doing[] {
  const own = predicateDoing(claim);
  return [...(own ? [own] : []), ...nominalDoings(claim), ...roleDoing(claim)];
}

const contentLemmas = (claim: Claim): ReadonlySet<string> => new Set(claimWords(claim).tokens.filter((t) => t.content).map((t) => t.lemma));

/** One act: one event noun, or shared or synonymous verbs with what one was done to named on the other side. */
function sameAct(x: Doing, a: Claim, y: Doing, b: Claim): boolean {
  if (x.noun !== undefined && x.noun === y.noun) return true;
  const verbs = [...x.verbs].some((v) => y.verbs.has(v) || [...y.verbs].some((w) => areSynonyms(v, w)));
  if (!verbs) return false;
  const [inA, inB] = [contentLemmas(a), contentLemmas(b)];
  return (x.theme.length > 0 && x.theme.every((w) => inB.has(w))) || (y.theme.length > 0 && y.theme.every((w) => inA.has(w)));
}

/** Two names that may be one doer: one name, a pronoun or description of it, or a group and its member. */
function mayBeOneDoer(a: Claim, x: Phrase, b: Claim, y: Phrase, lexicon: Lexicon): boolean {
  return samePhrase(x, y, lexicon.aliases) || maybeCoreferent(...withoutOpeningCapitals(a, x, b, y), lexicon) || groupAndMember(x, y);
}

const byClaim = new WeakMap<Claim, readonly Doing[]>();
function doingsOf(c: Claim): readonly Doing[] {
  let found = byClaim.get(c);
  if (!found) byClaim.set(c, (found = doings(c)));
  return found;
}

/**
 * One act with two doers where at least one side names its doer outside the predicate: as the possessor of the act's
 * noun ("the truce was reached through Egypt's mediation" / "Qatar mediated the truce"), after "by" on the noun
 * ("mediation by Egypt"), or as the one claiming responsibility for it ("the group claimed responsibility for the
 * bombing" / "a militia carried out the bombing"). The predicate-against-predicate reading is detectActor's own.
 */
export function eventDoerHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const x of doingsOf(a)) {
    for (const y of doingsOf(b)) {
      if (x.predicate && y.predicate) continue;
      if (!sameAct(x, a, y, b) || mayBeOneDoer(a, x.doer, b, y.doer, lexicon)) continue;
      const act = x.noun ?? y.noun ?? [...x.verbs][0]!;
      return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [x.doer.span, y.doer.span], detail: `${x.doer.text} vs ${y.doer.text} as the doer of "${act}"` };
    }
  }
  return null;
}
