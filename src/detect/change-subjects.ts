import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Claim } from '../model/claim.js';
import { singularNoun } from '../match/measure.js';
import { subjectChangesScale } from './undergoers.js';

const DETERMINERS: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
const PREPOSITIONS: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);

/** A subject with no phrase after its head: the head noun and the words before it, lower case; undefined for any other. */
function plainSubject(text: string): { head: string; modifiers: string[] } | undefined {
  const words = text.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0 && !DETERMINERS.has(w));
  const head = words.at(-1);
  if (head === undefined || words.some((w) => PREPOSITIONS.has(w))) return undefined;
  return { head: singularNoun(head), modifiers: words.slice(0, -1) };
}

/**
 * "Group sales rose 2.1 per cent" / "Food sales rose 3.4 per cent": two verbs of scalar change whose subjects, the things
 * that changed (Levin 1993 § 45.6), are one head narrowed by one word each, the two words different, tell two changes,
 * whose figures and directions need not agree. Only that plain shape counts: "sales" / "group sales" may be one thing,
 * and so may subjects with other heads ("the unemployment rate" / "joblessness") or with phrases after the head
 * ("hospital admissions for influenza" / "flu admissions"), which the words alone cannot tell apart from two things.
 */
export function changesOfTwoThings(a: Claim, b: Claim): boolean {
  if (!subjectChangesScale(a) || !subjectChangesScale(b)) return false;
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  const [hx, hy] = [x && plainSubject(x.text), y && plainSubject(y.text)];
  if (!hx || !hy || hx.head !== hy.head || phraseAfter(a) || phraseAfter(b)) return false;
  return hx.modifiers.length === 1 && hy.modifiers.length === 1 && hx.modifiers[0] !== hy.modifiers[0];
}

/** A prepositional phrase right after the subject ("admissions for influenza rose"), which the subject's text may leave out. */
function phraseAfter(c: Claim): boolean {
  const actor = c.proposition.actor!;
  if (actor.span.end < c.span.start || actor.span.end > c.span.end) return false;
  const next = c.text.slice(actor.span.end - c.span.start).trimStart().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  return PREPOSITIONS.has(next);
}
