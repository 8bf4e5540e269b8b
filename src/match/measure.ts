import type { Claim, Quantity } from '../model/claim.js';
import { isHypernym } from '../relate/wordnet.js';
import { VALUE_VERBS } from '../lexicon/value-verbs.js';
import { measuredThings, type MeasuredThing } from './measured-things.js';
import { claimWords } from '../relate/words.js';
import { nounKinship } from '../relate/wordnet-nouns.js';

const PLURAL_IES = /ies$/;
const PLURAL_S = /[^s]s$/;

/** A crude singular so "fans" meets "fan" and "agencies" meets "agency"; "press" and "police" are left alone. Lower case. */
export function singularNoun(noun: string): string {
  if (PLURAL_IES.test(noun)) return noun.replace(PLURAL_IES, 'y');
  return PLURAL_S.test(noun) ? noun.slice(0, -1) : noun;
}

/** A regular plural ("officers"), not "press". Lower case. */
export function isPluralNoun(noun: string): boolean {
  return PLURAL_S.test(noun);
}

/**
 * Two figures of one measure: the same dimension (money in one currency) and the same thing measured, by "of" ("120 mm
 * of rain" / "three inches of rain"), as the head they premodify ("a 310-gram stone") or as the subject of a verb of
 * measuring ("the stone weighs 1.3 kg"): match/measured-things.ts. Counts are left out: their nouns ("people",
 * "homes") recur across the events of one story, while a measured substance or thing rarely does.
 */
function sameMeasure(x: MeasuredThing, y: MeasuredThing): boolean {
  if (x.q.dimension !== y.q.dimension || (x.q.dimension === 'money' && x.q.unit !== y.q.unit)) return false;
  // "a stretch of the coast path" / "a stretch of the towpath": the "of" phrases say which, and name two.
  return x.thing === y.thing && (x.of === undefined || y.of === undefined || x.of === y.of);
}

/** A thing told as someone's ("Jones's house") is the other claim's only where that one names the owner too. */
function ownerNamed(m: MeasuredThing, other: Claim): boolean {
  return m.owner === undefined || claimWords(other).tokens.some((t) => t.lower.replace(/['’]s$/, '') === m.owner);
}

/**
 * A figure of each claim for one measured thing; `ofSubject` when the thing is a claim's subject ("the stone weighs"),
 * whose words then name what is measured, not a doer whose difference would make two events.
 */
export function sharedMeasure(a: Claim, b: Claim): { ofSubject: boolean } | undefined {
  const mb = measuredThings(b);
  for (const x of measuredThings(a)) {
    const y = mb.find((m) => sameMeasure(x, m) && ownerNamed(x, b) && ownerNamed(m, a));
    if (y) return { ofSubject: x.ofSubject || y.ofSubject };
  }
  return undefined;
}

/**
 * Every figure of one dimension measures a thing its phrase names (a head it premodifies, the noun a participle of
 * measuring follows, the subject of a verb of measuring) on each side, and the things differ, with neither named in the
 * other claim nor one a kind of the other in WordNet ("humpback" / "whale", "boat" / "vessel"): "a marrow weighing
 * 54.2 kilograms" / "the heaviest onion weighed 9.6 kilograms" weigh two things, whatever verbs and words they share.
 */
export function measuresApart(a: Claim, b: Claim): boolean {
  const [ma, mb] = [measuredThings(a), measuredThings(b)];
  const named = (thing: string, c: Claim) => claimWords(c).tokens.some((t) => t.lemma === thing || t.lower === thing);
  const pairs = ma.flatMap((x) => mb.filter((y) => x.q.dimension === y.q.dimension).map((y) => [x, y] as const));
  // Stuff measured by "of" ("400 tonnes of silt" / "of sediment") is often renamed: only things told by their phrase count.
  const told = (m: MeasuredThing) => m.q.noun === undefined;
  const two = (x: MeasuredThing, y: MeasuredThing) =>
    told(x) && told(y) && x.thing !== y.thing && !named(x.thing, b) && !named(y.thing, a) && nounKinship(x.thing, y.thing) === undefined;
  return pairs.length > 0 && pairs.every(([x, y]) => two(x, y));
}

/** Money in one currency, or one measured dimension (a term, a distance); counts count participants, not the act. */
function sameDimension(x: Quantity, y: Quantity): boolean {
  if (x.dimension === 'count' || x.dimension !== y.dimension) return false;
  return x.dimension !== 'money' || x.unit === undefined || y.unit === undefined || x.unit === y.unit;
}

/**
 * One act measured twice in the words of a 'kind of' relation (WordNet verb hypernymy, one or two levels): "spent
 * $30,000 on" / "paid $3,000 for" (pay is a kind of spend). Both claims must give a figure of one dimension; the
 * caller requires one actor, so "spent an hour" / "paid a fee" by two people stay apart.
 */
export function measuredKindOfAct(a: Claim, b: Claim): boolean {
  const [pa, pb] = [a.proposition.predicate?.lemma.toLowerCase(), b.proposition.predicate?.lemma.toLowerCase()];
  if (pa === undefined || pb === undefined || pa === pb) return false;
  // The figures first: the claims' own quantities rule out most pairs before four WordNet look-ups.
  if (!a.quantities.some((x) => b.quantities.some((y) => sameDimension(x, y)))) return false;
  return isHypernym(pa, pb) || isHypernym(pb, pa);
}

const STATES_A_VALUE: ReadonlySet<string> = new Set(VALUE_VERBS);

/**
 * A figure that states the subject's value: after the verb ("was 62 percent", not "A 4-inch phone was a flop"), with
 * no counted noun of its own ("40", not "40 people") unless it is a measure.
 */
function valueOfSubject(q: Quantity, c: Claim): boolean {
  const verb = c.proposition.predicate;
  return verb !== undefined && q.span.start >= verb.span.end && (q.noun === undefined || q.dimension !== 'count');
}

/** The claim's verb is one of amounting ("was", "stood at": lexicon/value-verbs.ts); module-level, not a closure per pair. */
const statesAValue = (c: Claim): boolean => STATES_A_VALUE.has(c.proposition.predicate?.lemma.toLowerCase() ?? '');

/**
 * Both claims state a value of their subject with a verb of amounting (lexicon/value-verbs.ts) and a figure of one
 * dimension: "Turnout was 62 percent" / "Turnout stood at 48 percent". The caller requires one subject.
 */
export function valueStatedTwice(a: Claim, b: Claim): boolean {
  if (!statesAValue(a) || !statesAValue(b)) return false;
  return a.quantities.some((x) => valueOfSubject(x, a) && b.quantities.some((y) => valueOfSubject(y, b) && x.dimension === y.dimension));
}

/** Both claims give a figure for one measured thing: evidence they report one event, whatever their verbs. */
export function sharesMeasure(a: Claim, b: Claim): boolean {
  return sharedMeasure(a, b) !== undefined;
}
