import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Claim } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { subjectChangesScale } from './undergoers.js';

const DETERMINERS: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
const PREPOSITIONS: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);

/** A subject's head noun (the last word before any prepositional phrase) and its other words, lower case. */
function headAndModifiers(text: string): { head: string; modifiers: string[] } | undefined {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0 && !DETERMINERS.has(w));
  const cut = words.findIndex((w) => PREPOSITIONS.has(w));
  const before = cut < 0 ? words : words.slice(0, cut);
  const head = before.at(-1);
  if (head === undefined) return undefined;
  return { head: singularNoun(head), modifiers: words.filter((w, i) => i !== before.length - 1 && !PREPOSITIONS.has(w)) };
}

/**
 * "Group sales rose 2.1 per cent" / "Food sales rose 3.4 per cent": two verbs of scalar change whose subjects, the things
 * that changed (Levin 1993 § 45.6), share their head but are each narrowed by words the other lacks tell two changes, whose
 * figures and directions need not agree. "Sales" / "group sales" may be one thing, and so may subjects with other heads
 * ("the unemployment rate" / "joblessness"), which the words alone cannot tell apart from two things.
 */
export function changesOfTwoThings(a: Claim, b: Claim): boolean {
  if (!subjectChangesScale(a) || !subjectChangesScale(b)) return false;
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  const [hx, hy] = [x && headAndModifiers(x.text), y && headAndModifiers(y.text)];
  if (!hx || !hy || hx.head !== hy.head || hx.modifiers.length === 0 || hy.modifiers.length === 0) return false;
  return !hx.modifiers.some((w) => hy.modifiers.includes(w));
}
