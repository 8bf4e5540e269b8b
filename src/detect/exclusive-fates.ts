import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { OPPOSITION_STRENGTH } from '../lexicon/detector-strengths.js';
import { EXCLUSIVE_FATES } from '../lexicon/exclusive-outcomes.js';
import { datesMeet } from '../match/dates.js';
import { verbLemma } from '../relate/lemma.js';
import { doneAct, endedLongBefore } from '../relate/pending-states.js';
import { conditional, underPossibilityModal } from './modality.js';
import { claimWords } from '../relate/words.js';
import { samePhrase } from './actor.js';
import type { DetectorHit } from './types.js';

type Aliases = ReadonlyMap<string, string>;

interface Fate { entry: number; alternative: number; undergoer: Phrase; verb: Span }

/** Each fate verb lemma → its entry, its alternative and where its undergoer stands. */
const FATE = new Map(
  EXCLUSIVE_FATES.flatMap((entry, e) => entry.alternatives.flatMap((alt, i) => alt.lemmas.map((w) => [w, { entry: e, alternative: i, role: alt.undergoer }] as const))),
);

/** Share of the fewer content words (beyond the two verbs) the other claim must hold: both tell of one thing. */
const SAME_THING_SHARE = 0.6;

const fates = new WeakMap<Claim, Fate | null>();

/** The fate a plainly told claim gives its undergoer ("the club sacked the coach": the coach, removed); read once per claim. */
function fateOf(claim: Claim): Fate | undefined {
  let found = fates.get(claim);
  if (found === undefined) fates.set(claim, (found = readFate(claim) ?? null));
  return found ?? undefined;
}

function readFate(claim: Claim): Fate | undefined {
  const { predicate, actor, theme } = claim.proposition;
  // Told as done ("dismissed the chief executive" is read as a refusal verb, still an act done), not only possible.
  if (!predicate || !doneAct(claim) || underPossibilityModal(claim) || conditional(claim)) return undefined;
  const lemma = predicate.lemma.toLowerCase();
  const row = FATE.get(verbLemma(lemma) ?? lemma);
  // A passive's subject is its theme ("the coach was sacked"), so an object role reads the theme in either voice.
  const undergoer = row?.role === 'subject' ? actor : theme;
  return row && undergoer ? { entry: row.entry, alternative: row.alternative, undergoer, verb: predicate.span } : undefined;
}

/** Content lemmas of a claim's proposition outside its verb. */
function otherWords(claim: Claim, verb: Span): Set<string> {
  return new Set(claimWords(claim).tokens.filter((t) => t.content && (t.span.end <= verb.start || t.span.start >= verb.end)).map((t) => t.lemma));
}

/** Most of the words of the claim that says less, beyond the verbs, are in the other: one thing, not two that share a noun. */
function sameThing(a: Claim, x: Fate, b: Claim, y: Fate): boolean {
  const [wa, wb] = [otherWords(a, x.verb), otherWords(b, y.verb)];
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return small.size > 0 && [...small].filter((w) => large.has(w)).length / small.size >= SAME_THING_SHARE;
}

/**
 * One thing given two fates that exclude each other: "the coach resigned" / "the club sacked the coach", "the
 * festival was cancelled" / "postponed to September", "lifted its ban on exports" / "extended its ban on exports"
 * (lexicon/exclusive-outcomes.ts EXCLUSIVE_FATES). Both told plainly, one undergoer, and the rest of the two claims
 * about one thing; a fate told twice in two words of one alternative ("sacked" / "dismissed") is no clash.
 */
export function exclusiveFateHit(a: Claim, b: Claim, aliases: Aliases): DetectorHit | null {
  const [x, y] = [fateOf(a), fateOf(b)];
  if (!x || !y || x.entry !== y.entry || x.alternative === y.alternative) return null;
  if (!samePhrase(x.undergoer, y.undergoer, aliases) || !sameThing(a, x, b, y)) return null;
  // Both dated, and no date of one meets a date of the other ("resigned in 2019" / "was sacked on Monday"): two occasions.
  if (a.times.length > 0 && b.times.length > 0 && !datesMeet(a, b)) return null;
  // One told a year or more back against an undated one ("resigned in 2019" / "the club sacked its coach"): an earlier fate.
  if (endedLongBefore(a, b) || endedLongBefore(b, a)) return null;
  const kind = EXCLUSIVE_FATES[x.entry]!.kind;
  return { kind, strength: OPPOSITION_STRENGTH, evidence: [x.verb, y.verb], detail: `"${x.verb.text}" vs "${y.verb.text}"` };
}
