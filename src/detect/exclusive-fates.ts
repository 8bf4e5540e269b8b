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
import { wordsNest } from './subject-words.js';
import { objectAfterVerb } from '../relate/verb-object.js';
import { phraseComplement } from '../relate/phrase-complement.js';
import { occasionDated } from '../relate/occasion-dates.js';
import { EVENT_NOUNS } from '../lexicon/event-nouns.js';
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
  const undergoer = row?.role === 'subject' ? actor : (theme ?? objectAfterVerb(claim));
  return row && undergoer ? { entry: row.entry, alternative: row.alternative, undergoer, verb: predicate.span } : undefined;
}

/** Content lemmas of a claim's proposition outside its verb and its dates ("until the end of June" says how long, not what). */
function otherWords(claim: Claim, verb: Span): Set<string> {
  const skip = [verb, ...claim.times.map((t) => t.span)];
  return new Set(claimWords(claim).tokens.filter((t) => t.content && !skip.some((s) => t.span.start < s.end && t.span.end > s.start)).map((t) => t.lemma));
}

/** Most of the words of the claim that says less, beyond the verbs, are in the other: one thing, not two that share a noun. */
function sameThing(a: Claim, x: Fate, b: Claim, y: Fate): boolean {
  const [wa, wb] = [otherWords(a, x.verb), otherWords(b, y.verb)];
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return small.size > 0 && [...small].filter((w) => large.has(w)).length / small.size >= SAME_THING_SHARE;
}

/**
 * The undergoer is told as one and the same thing on both sides, whatever else the claims say: both name what it is
 * by one complement ("its ban on wheat exports" / "its ban on wheat exports", not "on night flights"), or both call
 * it by a proper name ("anchor Dana Whitfield" / "Dana Whitfield"), which a general noun ("the coach") is not.
 */
function oneUndergoer(a: Claim, x: Fate, b: Claim, y: Fate): boolean {
  const [ca, cb] = [phraseComplement(a, x.undergoer), phraseComplement(b, y.undergoer)];
  if (ca.size > 0 && cb.size > 0) return wordsNest(ca, cb);
  return ca.size === 0 && cb.size === 0 && properName(x.undergoer) && properName(y.undergoer);
}

const EVENT_HEADS: ReadonlySet<string> = new Set(EVENT_NOUNS);

/**
 * The one fate's undergoer is a named occasion ("the Harbour Marathon was cancelled") and the other's a description
 * of an occasion by its kind ("this year's race") in a claim that names that occasion as its doer's party
 * ("Organisers of the Harbour Marathon postponed this year's race"): one occasion, told by name and by kind.
 */
function occasionOfParty(named: Claim, x: Fate, other: Claim, y: Fate): boolean {
  if (!properName(x.undergoer) || properName(y.undergoer)) return false;
  const head = claimWords(other).tokens.filter((t) => t.content && t.span.start >= y.undergoer.span.start && t.span.end <= y.undergoer.span.end).at(-1);
  if (!head || !EVENT_HEADS.has(head.lower)) return false;
  const name = claimWords(named).tokens.filter((t) => t.content && t.span.start >= x.undergoer.span.start && t.span.end <= x.undergoer.span.end);
  const party = other.proposition.actor;
  if (!party || name.length === 0) return false;
  const partyWords = new Set(claimWords(other).tokens.filter((t) => t.span.start >= party.span.start && t.span.end <= y.undergoer.span.start).map((t) => t.lemma));
  return name.every((t) => partyWords.has(t.lemma));
}

/** Both undergoers name what they are by complements that name two things ("its ban on night flights" / "its ban on fishing"). */
function twoComplements(a: Claim, x: Fate, b: Claim, y: Fate): boolean {
  const [ca, cb] = [phraseComplement(a, x.undergoer), phraseComplement(b, y.undergoer)];
  return ca.size > 0 && cb.size > 0 && !wordsNest(ca, cb);
}

/** A phrase holding a capitalised word past its first: a proper name ("anchor Dana Whitfield", "Maria Lopez"). */
function properName(p: Phrase): boolean {
  return p.text.split(/\s+/).slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w)) || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(p.text);
}

/** Both claims dated, and no date that tells when the act was done meets one of the other: two occasions. */
function occasionsApart(a: Claim, b: Claim): boolean {
  const [da, db] = [occasionDated(a), occasionDated(b)];
  return da.times.length > 0 && db.times.length > 0 && !datesMeet(da, db);
}

/**
 * Two acts told on two occasions: both dated and no date of one meets a date of the other ("resigned in 2019" / "was
 * sacked on Monday"), or one told a year or more back against an undated one ("resigned in 2019" / "the club sacked
 * its coach"): an earlier fate.
 */
export function fatesApart(a: Claim, b: Claim): boolean {
  if (occasionsApart(a, b)) return true;
  const [da, db] = [occasionDated(a), occasionDated(b)];
  return endedLongBefore(da, db) || endedLongBefore(db, da);
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
  const same = samePhrase(x.undergoer, y.undergoer, aliases) && !twoComplements(a, x, b, y) && (sameThing(a, x, b, y) || oneUndergoer(a, x, b, y));
  if (!same && !occasionOfParty(a, x, b, y) && !occasionOfParty(b, y, a, x)) return null;
  if (fatesApart(a, b)) return null;
  const kind = EXCLUSIVE_FATES[x.entry]!.kind;
  return { kind, strength: OPPOSITION_STRENGTH, evidence: [x.verb, y.verb], detail: `"${x.verb.text}" vs "${y.verb.text}"` };
}
