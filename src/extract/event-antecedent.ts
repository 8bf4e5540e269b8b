import type { Claim } from '../model/claim.js';
import { stem } from './keys.js';

/** Verbs of occurrence (Levin 1993, § 48.3 "verbs of occurrence": happen, occur; "take place" read as "take"). */
const OCCURRENCE: ReadonlySet<string> = new Set(['happen', 'occur']);
/** Pronouns that refer back to a whole event told before (Halliday & Hasan 1976, § 2.4, extended reference). */
const EVENT_ANAPHORS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/** "It happened on Friday night", "This took place at 3am": an occurrence verb whose subject is an event anaphor. */
function anaphoricOccurrence(c: Claim): boolean {
  const p = c.proposition;
  const lemma = p.predicate?.lemma.toLowerCase() ?? '';
  if (p.negated || !(OCCURRENCE.has(lemma) || lemma === 'take')) return false;
  const words = p.span.text.trim().toLowerCase().split(/\s+/);
  if (!EVENT_ANAPHORS.has(words[0] ?? '')) return false;
  // "This took place …": "take" only with "place" right after it (the occurrence idiom).
  const verb = words.findIndex((w) => w === p.predicate!.text.toLowerCase());
  // "It happened again on Sunday", "It happens every summer": another occurrence, or occurrences in general, of the event.
  if (words.some((w) => ANOTHER_TIME.has(w.replace(/[^a-z]/g, ''))) || GENERIC_FORMS.has(words[verb] ?? '')) return false;
  return verb > 0 && verb <= MAX_AUXILIARIES + 1 && (lemma !== 'take' || words[verb + 1] === 'place');
}
/** Words that make an occurrence another one (Quirk et al. 1985, § 8.73 on "again", additive "also", "too"). */
const ANOTHER_TIME: ReadonlySet<string> = new Set(['again', 'also', 'too', 'before', 'previously', 'often', 'every', 'each', 'regularly']);
/** Present simple forms of occurrence, which tell what happens habitually, not that one event happened. */
const GENERIC_FORMS: ReadonlySet<string> = new Set(['happens', 'occurs', 'happen', 'occur', 'takes']);
/** Auxiliaries between the anaphor and its verb ("It has happened", "This had taken place"). */
const MAX_AUXILIARIES = 2;

/**
 * "Vandals dug up two lawns at the club. It happened on Friday night": the pronoun subject of an occurrence verb stands
 * for the event the sentence before told (Halliday & Hasan 1976, § 2.4, extended reference), so the claim tells that
 * event, with its own date, place and holder: it takes the event's predicate, doer and theme and their keys, and the two
 * reports' dates of the one event are compared. Only the first claim of the sentence before, when it tells an act.
 */
export function eventAntecedent(built: readonly Claim[], previous: readonly Claim[] | undefined): void {
  const source = previous?.find((c) => !c.background && c.proposition.predicate !== undefined && !anaphoricOccurrence(c));
  if (!source) return;
  const { predicate, actor, theme } = source.proposition;
  if (!predicate || OCCURRENCE.has(predicate.lemma.toLowerCase()) || source.proposition.negated) return;
  for (const c of built) {
    if (!anaphoricOccurrence(c)) continue;
    const { actor: _actor, theme: _theme, ...rest } = c.proposition;
    c.proposition = { ...rest, predicate: { ...predicate }, ...(actor ? { actor: { ...actor } } : {}), ...(theme ? { theme: { ...theme } } : {}) };
    for (const key of [stem(predicate.lemma), actor?.key, theme?.key]) if (key !== undefined && !c.keys.includes(key)) c.keys.push(key);
  }
}
