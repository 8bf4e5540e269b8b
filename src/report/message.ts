import { leadingRunEnd, trailingRunStart } from '../ingest/edges.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import { lowerFirstWord } from './common-word.js';

/** What the message reads from a conflict: its kind and the clashing words on each side. */
export type MessageConflict = Pick<Conflict, 'kind' | 'evidence'>;

const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D']);
const EDGE_PUNCTUATION = new Set([...QUOTE_MARKS, ' ', '\n', '\t', '.', ',', ';', ':']);
const isEdge = (ch: string) => EDGE_PUNCTUATION.has(ch);

/**
 * A plain-English account an editor can read, from the structured conflict and its two claims: each side as
 * "holder verb proposition" in the text's own words and tense, then the kind of clash and the clashing words.
 */
export function conflictMessage(conflict: MessageConflict, claims: readonly [Claim, Claim]): string {
  const [a, b] = claims;
  let [first, second] = [side(a), side(b)];
  // One holder saying the same words twice on two documents: name the reports so the sides can be told apart.
  if (first === second) [first, second] = [`${first} (in ${a.documentId})`, `${second} (in ${b.documentId})`];
  // A source's own name ("draft.txt") is kept as written; a phrase ("some reports") starts the sentence capitalised.
  const opening = a.attribution.holderKind === 'author' ? first : capitalise(first);
  let message = `${opening}; ${second} (${conflict.kind}: ${detail(conflict, claims)}).`;
  if (a.attribution.ambiguous && b.attribution.ambiguous && sameMarkers(a, b)) {
    message += ` Which of sources ${listMarkers(a.attribution.markers)} says which is not stated.`;
  }
  return message;
}

/** What clashes, from the claims' states for a status or polarity clash, else the clashing words themselves. */
function detail(conflict: MessageConflict, [a, b]: readonly [Claim, Claim]): string {
  const [ea, eb] = conflict.evidence.map((e) => `"${bare(e.span.text)}"`);
  if (conflict.kind === 'status') {
    const other = a.proposition.state === 'pending' ? b : a;
    return `pending vs ${other.proposition.state === 'affirmed' ? 'decided' : other.proposition.state}`;
  }
  // Two affirmed sides ("the photo is genuine" / "is a fake") clash in their words, not their states.
  if (conflict.kind === 'polarity' && a.proposition.state !== b.proposition.state) {
    const [yes, no] = a.proposition.state === 'affirmed' ? [a, b] : [b, a];
    return `${yes.proposition.predicate?.lemma ?? 'it'} affirmed vs ${no.proposition.state}`;
  }
  if (conflict.kind === 'attribution') return `the same words credited to ${ea} and to ${eb}`;
  return `${ea} vs ${eb}`;
}

/** One side: who says it, with the verb as written, and what is said; "according to" when no verb says it. */
function side(claim: Claim): string {
  const { holder, holderKind, holderSpan, verbSpan, markers } = claim.attribution;
  const marks = markers.length ? ` [${markers.join(', ')}]` : '';
  const said = lowerFirstWord(shownProposition(claim));
  // The report itself holds the claim: its source (an outlet, one name) is singular.
  if (holderKind === 'author') return `${holder}${marks} says ${said}`;
  const who = lowerFirstWord(holderSpan?.text ?? holder);
  if (verbSpan && isFinite(verbSpan.text)) return `${who}${marks} ${verbSpan.text}${complementizer(claim)}${said}`;
  return `according to ${who}${marks}, ${said}`;
}

/** A finite reporting verb carries its own tense and agreement; "according (to)" and "citing" do not. */
function isFinite(verb: string): boolean {
  const lower = verb.toLowerCase();
  return lower !== 'according' && !lower.endsWith('ing');
}

/** " that " when the text puts it between the verb and what is said ("denied that the plant …"), else " ". */
function complementizer(claim: Claim): string {
  const verb = claim.attribution.verbSpan!;
  const gap = textOf(claim, verb.end, claim.proposition.span.start);
  return gap !== null && gap.trim().toLowerCase() === 'that' ? ' that ' : ' ';
}

/** The claim's text between two document offsets, or null when they fall outside it or are reversed. */
function textOf(claim: Claim, start: number, end: number): string | null {
  const base = claim.span.start;
  if (start < base || end > claim.span.end || end < start) return null;
  return claim.text.slice(start - base, end - base);
}

/**
 * The proposition as the text words it, with any quote it touches shown whole and in its own quote marks,
 * and no dangling mark or trailing punctuation.
 */
function shownProposition(claim: Claim): string {
  let { start, end } = claim.proposition.span;
  const quotes = claim.quotes.filter((q) => q.span.start < end && q.span.end > start);
  for (const q of quotes) [start, end] = [Math.min(start, q.span.start), Math.max(end, q.span.end)];
  const raw = textOf(claim, start, end) ?? claim.proposition.span.text;
  const from = leadingRunEnd(raw, isEdge);
  const to = Math.max(from, trailingRunStart(raw, isEdge));
  let text = raw.slice(from, to);
  if (quotes.some((q) => q.span.start === start + from)) text = `"${text}`;
  if (quotes.some((q) => q.span.end === start + to)) text = `${text}"`;
  return balanced(text) ? text : [...text].filter((ch) => !QUOTE_MARKS.has(ch)).join('');
}

/** Straight marks come in pairs; each curly opening mark has its closing one. */
function balanced(text: string): boolean {
  const count = (mark: string) => [...text].filter((ch) => ch === mark).length;
  return count('"') % 2 === 0 && count('\u201C') === count('\u201D');
}

/** A clashing phrase without edge quote marks or punctuation, so quoting it never doubles a mark. */
function bare(text: string): string {
  const from = leadingRunEnd(text, isEdge);
  return text.slice(from, Math.max(from, trailingRunStart(text, isEdge)));
}

function sameMarkers(a: Claim, b: Claim): boolean {
  return a.attribution.markers.join(',') === b.attribution.markers.join(',');
}

function listMarkers(list: readonly string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
