import type { CandidatePair } from '../match/candidates.js';
import type { Claim } from '../model/claim.js';
import type { Conflict, ConflictKind } from '../model/conflict.js';
import { sameVerb } from '../detect/event-readings.js';
import { heldByStory } from '../extract/anaphoric-rebuttal.js';

/** Kinds about whether a thing is so: one side affirms what the other negates or opposes. */
const SIDED_KINDS: ReadonlySet<ConflictKind> = new Set(['polarity', 'status', 'opposition']);

/** Certainty levels of a claim put forward as so (extract/certainty.ts), not guessed at, doubted or pending. */
const FIRM: ReadonlySet<string> = new Set(['asserted', 'reported', 'confirmed']);

/** The two claims share a content key besides their verbs: they speak of one thing. */
function sharesThing(x: Claim, y: Claim): boolean {
  const verbs = new Set([x.proposition.predicate?.lemma, y.proposition.predicate?.lemma].map((v) => v?.toLowerCase()));
  const own = new Set(x.keys.filter((k) => !verbs.has(k)));
  return y.keys.some((k) => own.has(k) && !verbs.has(k));
}

/**
 * "Brandt is aware of reports that it has bought the café. Brandt has not bought it.": a clash inside one
 * document between hearsay it passes on (its holder a story noun: extract/anaphoric-rebuttal.ts heldByStory) and its
 * own firm word against it is the document rebutting the hearsay, not two sources it sets side by side ("some reports
 * said …, other accounts said …" stays a clash: neither is its own word).
 */
function rebuttedInside(a: Claim, b: Claim): boolean {
  const own = (c: Claim) => c.attribution.holderKind === 'author' && FIRM.has(c.certainty.level);
  return (heldByStory(a) && own(b)) || (heldByStory(b) && own(a));
}

const pairKey = (i: number, j: number): string => (i < j ? `${i}|${j}` : `${j}|${i}`);

/** Whether claims i and j were compared (paired at or above the match floor). */
export type PairLookup = (i: number, j: number) => boolean;
const setLookup = (keys: ReadonlySet<string>): PairLookup => (i, j) => keys.has(pairKey(i, j));

/** What the run knows of every compared pair: that it was compared (same event enough to pair), and whether it clashed. */
interface Run {
  claims: readonly Claim[];
  /** Positions of the claims of each document, in claim order (a document's claims, not every claim, are scanned). */
  byDocument: ReadonlyMap<string, readonly number[]>;
  compared: PairLookup;
  clashed: ReadonlySet<string>;
}

function positionsByDocument(claims: readonly Claim[]): Map<string, number[]> {
  const byDocument = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const own = byDocument.get(c.documentId);
    if (own) own.push(i);
    else byDocument.set(c.documentId, [i]);
  });
  return byDocument;
}

/**
 * The document of `x` holds a claim on x's point (the same act, by verb or synonym) that takes the other side (a rumour's
 * denial: x affirms, it negates), by another holder, which agrees with `y` (compared with y, no clash). That document
 * tells the dispute in full.
 */
function toldInDocumentOf(x: number, y: number, run: Run): boolean {
  const cx = run.claims[x]!;
  return run.byDocument.get(cx.documentId)!.some((i) => {
    const r = run.claims[i]!;
    if (i === x || r.attribution.holder === cx.attribution.holder) return false;
    if (r.proposition.negated === cx.proposition.negated || !run.compared(x, i)) return false;
    // On x's own point: the same act, in the same or a synonymous verb ("shut" / "close"), the other way.
    const [vr, vx] = [r.proposition.predicate?.lemma, cx.proposition.predicate?.lemma];
    if (vr === undefined || vx === undefined || !sameVerb(vr.toLowerCase(), vx.toLowerCase(), false)) return false;
    // Of the same thing ("the centre"), held firmly: not "asked if she performed some other procedure".
    if (!FIRM.has(r.certainty.level) || !sharesThing(r, cx)) return false;
    // A rumour and its denial: one of the two is a denial ("rejected claims that …"), not two accounts of the act.
    if (r.attribution.stance !== 'denied' && cx.attribution.stance !== 'denied') return false;
    return run.compared(i, y) && !run.clashed.has(pairKey(i, y));
  });
}

/**
 * Across two documents, a clash over whether something is so is dropped when either document already tells both sides
 * of it: "A blog reported the terminal would close" set against "the authority said it would not close" adds nothing
 * when the blog's report sits in a document that also has the authority rejecting it. Within one document, hearsay
 * that the document's own word contradicts is dropped (rebuttedInside); other within-document clashes stay.
 */
export function withoutDisputesToldInside(conflicts: readonly Conflict[], claims: readonly Claim[], pairs: readonly CandidatePair[] | PairLookup): Conflict[] {
  // Most runs raise no clash of these kinds: the pair tables are built only when one is there to judge.
  if (!conflicts.some((c) => SIDED_KINDS.has(c.kind))) return [...conflicts];
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const compared = typeof pairs === 'function' ? pairs : setLookup(new Set(pairs.map((p) => pairKey(p.a, p.b))));
  const clashed = new Set(conflicts.map((c) => pairKey(index.get(c.claims[0])!, index.get(c.claims[1])!)));
  const run: Run = { claims, byDocument: positionsByDocument(claims), compared, clashed };
  return conflicts.filter((c) => {
    if (!SIDED_KINDS.has(c.kind)) return true;
    const [a, b] = [index.get(c.claims[0])!, index.get(c.claims[1])!];
    if (c.documents[0] === c.documents[1]) return !rebuttedInside(claims[a]!, claims[b]!);
    return !toldInDocumentOf(a, b, run) && !toldInDocumentOf(b, a, run);
  });
}
