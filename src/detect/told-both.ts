import { stem } from '../extract/keys.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { ADVERBIAL_SUBORDINATORS } from '../lexicon/clause-cues.js';
import type { DetectorHit } from './types.js';

const WORD = /[\p{L}\p{N}'-]+/gu;
/** Words that open a clause of its own inside a claim: a relative pronoun or an adverbial subordinator ("since"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'since', ...ADVERBIAL_SUBORDINATORS]);
/** How many words before a word its clause's opener may stand ("which had been closed", "since it closed"). */
const OPENER_REACH = 4;

/**
 * Porter stems of the words a claim tells in a clause of their own (a relative or adverbial clause) outside one span
 * of it: "who went missing", "which closed in 2019", "since it closed". A word elsewhere ("angered conservative
 * politicians", "by 61 votes") may be about something else.
 */
function stemsInClauses(claim: Claim, except: Span): Set<string> {
  const { text, start } = claim.span;
  const words = [...text.matchAll(WORD)].map((m) => ({ lower: m[0].toLowerCase(), at: start + m.index }));
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (w.at >= except.start && w.at < except.end) return;
    if (words.slice(Math.max(0, i - OPENER_REACH), i).some((p) => CLAUSE_OPENERS.has(p.lower))) out.add(stem(w.lower));
  });
  return out;
}

/** The one-word evidence of a hit, as a stem (undefined for a phrase). */
function evidenceStem(span: Span): string | undefined {
  const words = span.text.match(WORD) ?? [];
  return words.length === 1 ? stem(words[0]!.toLowerCase()) : undefined;
}

/**
 * "The three men were reported missing" / "The three men who went missing on Saturday have been found": a claim that
 * itself also tells the other side's state or event in a clause of its own ("who went missing … have been found") tells both in turn, a
 * sequence, so their opposition is no clash between the two accounts (DESIGN.md: "initially … later" is compatible)
 * unless the other account says its state still holds ("remains closed").
 */
export function toldBothWays(a: Claim, b: Claim, hit: DetectorHit, persists: (claim: Claim) => boolean): boolean {
  const [x, y] = hit.evidence;
  if (x === undefined || y === undefined) return false;
  const [sx, sy] = [evidenceStem(x), evidenceStem(y)];
  if (sx === undefined || sy === undefined || sx === sy) return false;
  // "reopened for the first time since it closed" / "remains closed": a state said to hold still outlasts the sequence.
  return (stemsInClauses(b, y).has(sx) && !persists(a)) || (stemsInClauses(a, x).has(sy) && !persists(b));
}
