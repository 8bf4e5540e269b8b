import { UNMARKED_PLURALS, SINGULAR_IN_S } from '../lexicon/pronoun-agreement.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';
import type { Claim, Phrase } from '../model/claim.js';
import { hasTag, type Term } from './terms.js';
import { nounPhraseAfter } from './noun-phrases.js';
import { referentFor, type Referents } from './referents.js';

/**
 * What a pronoun subject of a subordinate clause stands for inside its own sentence ("The ship returned to port after
 * it lost power", "Police arrested the driver when he returned"): the main clause's noun phrases in Hobbs' (1978)
 * search order — its subject, then its object, then the object of its first preposition — taking the first that
 * agrees with the pronoun in person and number (Quirk et al. 1985 §§ 6.10–6.12). Centering theory ranks the same
 * way (subject > object > others; Grosz, Joshi & Weinstein 1995).
 */
export interface Antecedent {
  text: string;
  key: string;
}

const PERSON = new Set([...PERSON_NOUNS, ...ROLE_NOUNS]);
const UNMARKED_PLURAL = new Set(UNMARKED_PLURALS);
const SINGULAR_S = new Set(SINGULAR_IN_S);
const RESOLVED = new Set(['he', 'she', 'it', 'they']);
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|his|her|their|our)$/i;
const CAPITALISED = /^\p{Lu}/u;
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);

const wordsOf = (text: string): string[] => text.trim().split(/\s+/).map((w) => w.replace(/['’]s?$/, ''));
const headOf = (text: string): string => (wordsOf(text).at(-1) ?? '').toLowerCase();

/** Every word capitalised and no determiner first: "May", "Reza Gul", "Nordbank". */
function isName(text: string): boolean {
  const words = wordsOf(text);
  return words.length > 0 && words.every((w) => CAPITALISED.test(w)) && !DETERMINER.test(words[0]!);
}

function isPlural(head: string): boolean {
  if (UNMARKED_PLURAL.has(head)) return true;
  return head.length > 3 && head.endsWith('s') && !SINGULAR_S.has(head) && !/(?:ss|us|is)$/.test(head);
}

/** Whether the phrase can be what the pronoun stands for (a pronoun only for the same pronoun). */
export function agrees(pronoun: string, text: string): boolean {
  const lower = text.trim().toLowerCase();
  if (RESOLVED.has(lower) || lower === 'i' || lower === 'we' || lower === 'you') return lower === pronoun;
  const head = headOf(text);
  if (pronoun === 'they') return isPlural(head);
  if (isPlural(head)) return false;
  const person = PERSON.has(head) || (isName(text) && !UNMARKED_PLURAL.has(head));
  if (pronoun === 'he' || pronoun === 'she') return person;
  // "it": a thing or a body; a one-word name may be a firm ("Nordbank"), a longer one is most often a person.
  return pronoun === 'it' && !PERSON.has(head) && !(isName(text) && wordsOf(text).length > 1);
}

/** The main clause's noun phrases in search order: subject, object, object of the first preposition after the verb. */
export function mainClauseAntecedents(main: Claim, terms: readonly Term[], phraseOf: (start: number, end: number) => Phrase): Antecedent[] {
  const { actor, theme, predicate } = main.proposition;
  if (!predicate) return [];
  const verbAt = predicate.span.start;
  const before = [actor, theme].filter((p): p is Phrase => p !== undefined && p.span.start < verbAt);
  const after = [actor, theme].filter((p): p is Phrase => p !== undefined && p.span.start > verbAt);
  const out: Antecedent[] = [...before, ...after].map((p) => ({ text: p.text, key: p.key }));
  const from = Math.max(predicate.span.end, ...after.map((p) => p.span.end));
  const prep = terms.findIndex((t) => t.start >= from && isPreposition(t));
  const np = prep >= 0 ? nounPhraseAfter(terms, prep + 1) : undefined;
  if (np) {
    // "the outpost near her home": the phrase's head stands before its own prepositional modifier.
    const cut = terms.find((t) => t.start > np.start && t.end <= np.end && isPreposition(t));
    const last = terms.filter((t) => t.start >= np.start && t.end <= (cut ? cut.start : np.end)).at(-1);
    const p = phraseOf(np.start, last ? last.end : np.end);
    out.push({ text: p.text, key: p.key });
  }
  return out;
}

const isPreposition = (t: Term): boolean => hasTag(t, 'Preposition') || PREPOSITION.has(t.lower);

/**
 * Whom a subordinate clause's pronoun holder stands for ("Ruth Hollis put it best when she said …"): the first
 * main-clause phrase it agrees with, else the person or body named before; undefined for any other holder.
 */
export function pronounHolder(holder: string, antecedents: readonly Antecedent[], referents: Referents): string | undefined {
  const lower = holder.trim().toLowerCase();
  if (!RESOLVED.has(lower)) return undefined;
  return antecedents.find((a) => agrees(lower, a.text))?.text ?? referentFor(lower, referents);
}

/** The subordinate clause's pronoun actor with the key of the first main-clause phrase it agrees with; undefined if none. */
export function antecedentActor(actor: Phrase, antecedents: readonly Antecedent[]): Phrase | undefined {
  const pronoun = actor.text.toLowerCase();
  if (!RESOLVED.has(pronoun)) return undefined;
  const found = antecedents.find((a) => agrees(pronoun, a.text));
  return found ? { ...actor, key: found.key } : undefined;
}
