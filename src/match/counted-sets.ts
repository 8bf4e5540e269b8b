import type { Claim, Quantity } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { SUBSET_STATES, TOTALITY_AFTER, TOTALITY_BEFORE } from '../lexicon/set-counts.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { claimWords, containsCue, contentWordsIn } from '../relate/words.js';
import { outcomeOf } from '../relate/outcomes.js';
import { attendanceCount, participationVerb } from '../relate/attendance.js';
import { ATTENDANCE_SET, isTollSet, setNameOf, tollSetOf } from '../relate/count-sets.js';
import { incrementCount } from '../detect/increments.js';
import { countsAtOtherSettings, partWithinWhole } from '../detect/count-scopes.js';
import { gapOf, hasUpdateCue, nowInLaterReport } from '../detect/numeric.js';
import { rateAgainstTotal } from '../detect/rates.js';
import { narrowerKindFits } from '../detect/counted-modifiers.js';
import { narrowerStuffFits } from '../detect/counted-stuff.js';
import { differentDistanceHolders } from '../detect/distance-holders.js';
import { singularNoun } from './measure.js';
import { sharedName, storyNames, type StoryNames } from './story-names.js';


/** Where a count stands: the document and the start of its span (quantities are values, so found again by place). */
export interface CountAt {
  documentId: string;
  start: number;
}

/** Two claims of two documents that count one set, and the two counts. */
export interface CountedSetPair {
  a: number;
  b: number;
  counts: [CountAt, CountAt];
}

interface Count {
  claim: number;
  q: Quantity;
  noun: string;
}

const cues = (list: readonly string[]) => list.map((cue) => cue.split(' '));
const BEFORE = cues(TOTALITY_BEFORE);
const AFTER = cues(TOTALITY_AFTER);
const SUBSET = new Set(SUBSET_STATES);
/** Tokens either side of a count read for a totality cue ("in all 52,000", "340 passengers aboard"). */
const CUE_REACH = 3;

/** The lower-case words of a claim before and after a count, CUE_REACH each. */
function around(c: Claim, q: Quantity): { before: string[]; after: string[] } {
  const tokens = claimWords(c).tokens;
  const before = tokens.filter((t) => t.span.end <= q.span.start).slice(-CUE_REACH).map((t) => t.lower);
  const after = tokens.filter((t) => t.span.start >= q.span.end).slice(0, CUE_REACH).map((t) => t.lower);
  return { before, after };
}

/** A cue marks the count as the whole set: "all 31 fishermen", "a total of 25,000", "340 passengers aboard". */
function wholeSet(c: Claim, q: Quantity): boolean {
  const { before, after } = around(c, q);
  const endsWith = (cue: readonly string[]) => cue.every((w, j) => before[before.length - cue.length + j] === w);
  return BEFORE.some(endsWith) || containsCue(after, AFTER);
}

/** Dimensions whose figures measure one thing (a sum, a length, a time taken); not shares, margins or windows. */
const MEASURES: ReadonlySet<string> = new Set(['money', 'length', 'mass', 'duration', 'speed', 'area', 'volume', 'temperature']);
/** A measured set is keyed by its dimension, apart from counted nouns. */
const MEASURE_MARK = '#';

/**
 * Counts of named, non-generic things ("patients", not "people"), counts of the people at an occasion, the story's
 * dead counted as people in general (relate/count-sets.ts tollSetOf), and figures of each measure, each once per
 * document.
 */
function countsOf(claims: readonly Claim[], lexicon: Lexicon): Map<string, Count[]> {
  const generic = new Set(lexicon.peopleNouns.map(singularNoun));
  const byDocument = new Map<string, Count[]>();
  const seen = new Set<string>();
  const attended = new Set<string>();
  const add = (c: Claim, count: Count) => byDocument.set(c.documentId, [...(byDocument.get(c.documentId) ?? []), count]);
  claims.forEach((c, claim) => {
    for (const q of c.quantities) {
      const key = `${c.documentId}\u0000${q.span.start}`;
      if (!attended.has(key) && attendanceCount(c, q, lexicon)) {
        attended.add(key);
        add(c, { claim, q, noun: ATTENDANCE_SET });
      }
      // "nine people died" / "Six persons lost their lives": the story's dead, however worded.
      const toll = seen.has(key) ? undefined : tollSetOf(c, q, lexicon);
      if (toll !== undefined) add(c, { claim, q, noun: toll });
      const measure = MEASURES.has(q.dimension);
      if (!measure && (q.dimension !== 'count' || q.noun === undefined)) continue;
      const noun = measure ? MEASURE_MARK + q.dimension : singularNoun(q.noun!.toLowerCase().trim());
      if (generic.has(noun) || seen.has(key)) continue;
      seen.add(key);
      add(c, { claim, q, noun: measure ? noun : setNameOf(noun, lexicon) });
    }
  });
  return byDocument;
}

const sameValue = (x: Quantity, y: Quantity) => x.base.from === y.base.from && x.base.to === y.base.to && x.bound === y.bound;

/**
 * The one count a document gives of a noun: every count of it has one value, or exactly one value is marked as the
 * whole set. A document counting passengers twice (212 aboard, 14 hurt) without such a mark names no one set.
 */
function uniqueCount(counts: readonly Count[], claims: readonly Claim[]): Count | undefined {
  if (counts.every((c) => sameValue(c.q, counts[0]!.q))) return counts[0];
  const whole = counts.filter((c) => wholeSet(claims[c.claim]!, c.q));
  return whole.length > 0 && whole.every((c) => sameValue(c.q, whole[0]!.q)) ? whole[0] : undefined;
}

/** The claims share a name, a place (or one lies in the other), or a theme other than the counted noun: one story. */
function sharedAnchor(a: Claim, b: Claim, noun: string): boolean {
  if (sharedName(a, b)) return true;
  if (a.places.some((x) => b.places.some((y) => samePlaceOrWithin(x, y)))) return true;
  const theme = a.proposition.theme?.key;
  return theme !== undefined && theme === b.proposition.theme?.key && !noun.startsWith(theme);
}

/**
 * One named doer with two verbs ("the company hired 200 workers" / "the company trained 50 workers"): two acts, each
 * on its own part of the set, unless a count is marked as the whole ("was carrying 212 passengers" / "ran aground
 * with 340 passengers aboard"). Reports of one set tell it from other sides (the doer, the event, those counted).
 */
function twoActsOfOneDoer(a: Claim, b: Claim): boolean {
  const [x, y] = [a.proposition.actor?.key, b.proposition.actor?.key];
  const [p, q] = [a.proposition.predicate?.lemma.toLowerCase(), b.proposition.predicate?.lemma.toLowerCase()];
  // "212 panners took part" / "150 panners entered": two verbs of taking part tell one act (relate/attendance.ts).
  return x !== undefined && x === y && p !== q && !(participationVerb(a) && participationVerb(b));
}

/** The claim says some of the set fared otherwise ("still missing", "trapped"). */
const subsetState = (c: Claim) => claimWords(c).tokens.some((t) => SUBSET.has(t.lower));

/**
 * The two counts may be one set told two ways: the same outcome (or none) on both sides, no subset state, no
 * negation, no increment, update, part of a whole, narrower kind, rate ("48,000 listeners a week") or count at another
 * kind of setting.
 */
function oneSet(a: Claim, x: Quantity, b: Claim, y: Quantity, lexicon: Lexicon): boolean {
  if ((twoActsOfOneDoer(a, b) && !wholeSet(a, x) && !wholeSet(b, y)) || a.proposition.negated || b.proposition.negated || subsetState(a) || subsetState(b)) return false;
  if (outcomeOf(a, x, lexicon) !== outcomeOf(b, y, lexicon)) return false;
  if (incrementCount(a, x) || incrementCount(b, y) || hasUpdateCue(a, lexicon) || hasUpdateCue(b, lexicon) || nowInLaterReport(a, b) || nowInLaterReport(b, a)) return false;
  return !partWithinWhole(a, x, b, y) && !narrowerKindFits(x, y) && !narrowerStuffFits(a, x, b, y) && !rateAgainstTotal(a, x, b, y) && !countsAtOtherSettings(a, b);
}

/**
 * Pairs of claims from two documents that count one set with figures that cannot both hold, whatever their verbs
 * ("obtained the records of 400,000 patients" / "exposed the files of 90,000 patients"): each document counts the
 * noun once (or marks one count as the whole set), the claims share an anchor, and the figures clash after bounds and
 * approximation. Generic person nouns ("people") count too many roles in one story to name one set. A measure (a sum,
 * a length, a weight, a time taken) a document gives one value of is paired the same way, but only between claims
 * whose doers or things acted on share a word ("repairs would cost" / "repairs were priced at"): a story prices,
 * weighs and times many things. With `involving`, only the pairs one of whose claims it picks.
 */
export function countedSetPairs(claims: readonly Claim[], lexicon: Lexicon, involving?: (claim: number) => boolean): CountedSetPair[] {
  const byNoun = new Map<string, Count[]>();
  for (const counts of countsOf(claims, lexicon).values()) {
    for (const noun of new Set(counts.map((c) => c.noun))) {
      const unique = uniqueCount(counts.filter((c) => c.noun === noun), claims);
      if (unique) byNoun.set(noun, [...(byNoun.get(noun) ?? []), unique]);
    }
  }
  const out: CountedSetPair[] = [];
  // Which documents share a name reads every claim's words: built only when a pair of counts first asks.
  let stories: StoryNames | undefined;
  const storiesOnce = (): StoryNames => (stories ??= storyNames(claims));
  for (const unique of byNoun.values()) {
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const [x, y] = unique[i]!.claim < unique[j]!.claim ? [unique[i]!, unique[j]!] : [unique[j]!, unique[i]!];
        // A live index asks only for the pairs a new document's claims are in (index-store/conflict-index.ts).
        if (involving && !involving(x.claim) && !involving(y.claim)) continue;
        const pair = oneSetPair(claims, x, y, lexicon, storiesOnce);
        if (pair) out.push(pair);
      }
    }
  }
  return out.sort((p, q) => p.a - q.a || p.b - q.b);
}

function oneSetPair(claims: readonly Claim[], x: Count, y: Count, lexicon: Lexicon, stories: () => StoryNames): CountedSetPair | null {
  const [a, b] = [claims[x.claim]!, claims[y.claim]!];
  if (a.documentId === b.documentId) return null;
  // "a town 30 miles west" / "the rebels two miles from it": distances that place two things measure two things.
  const measured = () => sharedParticipantWord(a, b) && !differentDistanceHolders(a, x.q, b, y.q, lexicon);
  // A toll is anchored by the claims themselves (a name, a place): one story may count the dead of several attacks.
  const anchored = x.noun.startsWith(MEASURE_MARK) ? measured() : sharedAnchor(a, b, x.noun) || (!isTollSet(x.noun) && stories().shared(a.documentId, b.documentId));
  if (!anchored) return null;
  if (gapOf(x.q, y.q) === 0 || !oneSet(a, x.q, b, y.q, lexicon)) return null;
  return { a: x.claim, b: y.claim, counts: [at(a, x.q), at(b, y.q)] };
}

/** The two claims' doers or things acted on share a content word outside their figures ("repairs would cost" / "repairs were priced at"). */
function sharedParticipantWord(a: Claim, b: Claim): boolean {
  const words = (c: Claim) => new Set([c.proposition.actor, c.proposition.theme].flatMap((p) => contentWordsIn(c, p)).filter((t) => !c.quantities.some((q) => t.span.start < q.span.end && q.span.start < t.span.end)).map((t) => t.lemma));
  const inB = words(b);
  return [...words(a)].some((w) => inB.has(w));
}

const at = (c: Claim, q: Quantity): CountAt => ({ documentId: c.documentId, start: q.span.start });

/** The two counts of one set in a pair of claims, keyed by the two claim ids in either order (for pair-level callers). */
export function countedSetsById(claims: readonly Claim[], lexicon: Lexicon): Map<string, CountAt[]> {
  const out = new Map<string, CountAt[]>();
  for (const { a, b, counts } of countedSetPairs(claims, lexicon)) {
    out.set(`${claims[a]!.id}\u0000${claims[b]!.id}`, counts);
    out.set(`${claims[b]!.id}\u0000${claims[a]!.id}`, counts);
  }
  return out;
}
