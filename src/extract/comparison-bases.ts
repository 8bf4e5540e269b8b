import { DOWNWARD_CHANGE, UPWARD_CHANGE } from '../lexicon/change-direction.js';
import { verbLemma } from './lemma.js';

/** Dates that are the base of a comparison, not the time of the claim's event (extract/times.ts leaves them out). */

// "up on" / "down on" only after "be" or a change figure ("are down on", "up 12% on"): "touched down on March 2" is a phrasal verb.
const COMPARISON_BEFORE = /(?:\b(?:is|are|was|were|be|been)\s+(?:up|down)|\b(?:up|down)\s+[\d.,]+\s*(?:%|per\s*cent))\s+on\s+$|\bcompared\s+(?:with|to)\s+$|\bthan\s+$/i;
const COMPARISON_REACH = 30;

/**
 * "down on last year", "up on 2023", "compared with 2024", "higher than last year": a date after a comparison cue is
 * the base a figure is measured against (Quirk et al. 1985 § 9.3), not when the claim holds.
 */
export function comparisonBase(view: string, start: number): boolean {
  const before = view.slice(Math.max(0, start - COMPARISON_REACH), start);
  return COMPARISON_BEFORE.test(before) || changeBase(before, view.slice(start, start + LOOKED_BACK_REACH));
}

const CHANGE_VERBS: ReadonlySet<string> = new Set([...UPWARD_CHANGE, ...DOWNWARD_CHANGE]);
/** A period that looks back from the change ("last year", "the previous quarter", "2024"), not a day of it ("Monday", "2019-04-14"). */
const LOOKED_BACK = /^(?:the\s+)?(?:last|previous|prior|preceding|same)\b|^(?:19|20)\d\d(?![\d/-])/i;
const LOOKED_BACK_REACH = 20;

/**
 * "rose on last year", "fell 3 per cent from 2024", "3 per cent up on last year", "lower than in 2024": a verb or adverb
 * of change (lexicon/change-direction.ts), its figure optional, then "on" or "from" (or "than in") and a looked-back
 * period; "rose 5% on Monday" keeps its Monday.
 */
function changeBase(before: string, after: string): boolean {
  const words = before.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (!LOOKED_BACK.test(after)) return false;
  // "lower than in 2024": the base keeps its own preposition.
  if (words.at(-1) === 'in' && words.at(-2) === 'than') return true;
  if (words.at(-1) !== 'on' && words.at(-1) !== 'from') return false;
  // "3 per cent up on last year": the figure before the adverb of change.
  if (words.at(-2) === 'up' || words.at(-2) === 'down') return true;
  let k = words.length - 2;
  if (words[k] === 'cent' && words[k - 1] === 'per') k -= 2;
  if (/^[\d.,]+%?$/.test(words[k] ?? '')) k -= words[k - 1] === 'by' ? 2 : 1;
  const verb = words[k];
  return verb !== undefined && CHANGE_VERBS.has(verbLemma({ lower: verb, root: verb }));
}
