import type { Claim, Place } from '../model/claim.js';
import { LOCATION_MENTION_STRENGTH, LOCATION_STRENGTH, LOCATION_UNKNOWN_CONTAINMENT } from '../lexicon/detector-strengths.js';
import { gazetteerOf, samePlaceOrWithin, type Gazetteer } from '../extract/gazetteer.js';
import { VENUE_NOUNS } from '../lexicon/places.js';
import type { Detector } from './types.js';
import { settingsOf } from '../match/similarity.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { lightVerbs } from './actor.js';
import { FACILITY_NOUNS } from '../lexicon/facility-nouns.js';
import { placeOfANoun } from './place-attachment.js';
import { namedDoersDiffer } from './named-doers.js';
import { nearCompatible, toldAsNear } from './proximity.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { textWords as wordsOfClaimText } from '../relate/text-words.js';
import { placedByOccasion } from '../extract/occasion-clause.js';
import { inGazetteer, transliteratedAlike } from './place-spellings.js';

// Two mentions are comparable only in the same act ("met in X" vs "met in Y", "selected X" vs "chose Y" by WordNet
// synonymy), not in passing; a light or reporting verb ("the news comes amid …", "was reported") names no act whose
// place could differ.
function sameRole(x: Place, y: Place, a: Claim, b: Claim, lexicon: Lexicon, oneAct: boolean): boolean {
  if (x.role !== y.role) return false;
  if (x.role !== 'mention') return true;
  const [la, lb] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  if (la === undefined || lb === undefined || (la !== lb && !oneAct)) return false;
  const act = (lemma: string) => !derived(lexicon, lightVerbs).has(lemma) && !Object.hasOwn(lexicon.reportingVerbs, lemma);
  return act(la.toLowerCase()) && act(lb.toLowerCase());
}

/**
 * A place missing from the gazetteer has no known containment, so "Sicily" may well be inside "Italy": when exactly
 * one side is unknown the clash is doubtful; two unknown places are usually towns of one level ("Derby", "Nottingham").
 */
function containmentKnown(x: Place, y: Place, gazetteer: Gazetteer): number {
  return inGazetteer(x, gazetteer) === inGazetteer(y, gazetteer) ? 1 : LOCATION_UNKNOWN_CONTAINMENT;
}

/** Facilities and venues ("Camp Harlan", "the Drill Hall", lexicon/places.ts VENUE_NOUNS) sit inside towns. */
const FACILITY_WORDS: ReadonlySet<string> = new Set([...FACILITY_NOUNS, ...VENUE_NOUNS]);

/** The facility noun of a place's name ("Camp Harlan" → "camp"), or undefined for a town or country. */
function facilityOf(p: Place): string | undefined {
  return p.name.toLowerCase().split(/[\s-]+/).find((w) => FACILITY_WORDS.has(w));
}

/**
 * A facility sits in a town, and facilities nest (a camp inside a joint base), so a facility excludes only another
 * facility of its kind ("Northfield Airport" / "Kelby Airport"); two towns or countries are compared as before.
 */
function facilitiesApart(x: Place, y: Place): boolean {
  return facilityOf(x) === facilityOf(y);
}

/** Either place is told by proximity ("near Lyon") and the other may lie beside it. */
function nearBoth(x: Place, a: Claim, y: Place, b: Claim, gazetteer: Gazetteer): boolean {
  return (toldAsNear(a, x) && nearCompatible(x, y, gazetteer)) || (toldAsNear(b, y) && nearCompatible(y, x, gazetteer));
}


/**
 * A claim's settings without the containers it names for another of them in the same role: in "Whitby, UK" or
 * "Katowice in southwest Poland" the setting is the town, and its country accounts for no other town.
 */
function specificSettings(c: Claim): Place[] {
  const all = settingsOf(c);
  return all.filter((p) => !all.some((q) => q !== p && q.role === p.role && q.within.includes(p.key)));
}

/**
 * The other claim names the place itself, if only inside a name or as a modifier ("at Calderbrook's clog festival" /
 * "at the Calderbrook Clog Festival in West Yorkshire"): it speaks of that place too, so the place is no rival of its own.
 * A place the other claim reads as one of its own places is left to the role comparison.
 */
function namedIn(p: Place, other: Claim): boolean {
  // Read as a place of its own in another role ("from Dover to Calais" / "from Calais to Dover"), it is a rival.
  if (other.places.some((o) => o.key === p.key)) return false;
  const name = tokenize(p.name).filter((t) => t.kind === 'word').map((t) => t.lower);
  if (name.length === 0) return false;
  const { words, lower } = textWords(other);
  return lower.some((_, i) => name.every((w, k) => lower[i + k] === w) && insideAName(words, i, i + name.length - 1));
}

/** A claim's text as words, and their lower-case forms without a possessive: read once per claim, not per place pair. */
function textWords(c: Claim): { words: readonly Token[]; lower: readonly string[] } {
  let known = wordsOfText.get(c);
  if (!known) {
    const words = wordsOfClaimText(c);
    wordsOfText.set(c, (known = { words, lower: words.map((t) => t.lower.replace(POSSESSIVE_END, '')) }));
  }
  return known;
}
const wordsOfText = new WeakMap<Claim, { words: readonly Token[]; lower: readonly string[] }>();

/** Words i..j stand in a longer name or modify a noun: a capitalised word beside them, a possessive, or "the" before. */
function insideAName(words: readonly Token[], i: number, j: number): boolean {
  const [before, after] = [words[i - 1], words[j + 1]];
  return (after?.capitalized ?? false) || (i > 0 && before!.capitalized) || POSSESSIVE_END.test(words[j]!.lower) || (before?.lower === 'the' && after !== undefined);
}
const POSSESSIVE_END = /['’]s?$/;

/** A "from" place before the verb, in the subject's phrase ("St Mary's Choir from Tewkesbury won"): where the doer is from. */
function originOfTheDoer(p: Place, c: Claim): boolean {
  const verb = c.proposition.predicate;
  return p.role === 'from' && verb !== undefined && p.span.end <= verb.span.start;
}

/** Two doers named apart, each with where it is from: two origins of two doers, no rival places of one. */
function originsOfTwoDoers(x: Place, a: Claim, y: Place, b: Claim, lexicon: Lexicon): boolean {
  return originOfTheDoer(x, a) && originOfTheDoer(y, b) && namedDoersDiffer(a, b, lexicon);
}

/**
 * Places in the same role (at / from / to) that exclude each other: "speaking from Moscow" vs "from
 * St. Petersburg". A place compatible with any same-role place of the other claim is accounted for; the
 * first pair of unaccounted places is the clash.
 */
export const detectLocation: Detector = (a, b, context) => {
  // The predicates name one act by the dictionary (the registry's relation), not merely one event by alignment.
  const oneAct = context.sameAct === true;
  const gazetteer = gazetteerOf(context.lexicon);
  const samePlace = (p: Place, o: Place) => samePlaceOrWithin(p, o) || transliteratedAlike(p, o, gazetteer);
  const accounted = (p: Place, own: Claim, other: Claim) =>
    specificSettings(other).some((o) => sameRole(p, o, own, other, context.lexicon, oneAct) && samePlace(p, o)) || namedIn(p, other);
  // A light verb's claim places nothing it did: a place after another noun is that noun's ("forces in Varland").
  const own = (p: Place, c: Claim) => !placeOfANoun(c, p, context.lexicon);
  for (const x of specificSettings(a).filter((p) => !accounted(p, a, b) && own(p, a))) {
    for (const y of specificSettings(b).filter((p) => !accounted(p, b, a) && own(p, b))) {
      if (!sameRole(x, y, a, b, context.lexicon, oneAct) || !facilitiesApart(x, y) || originsOfTwoDoers(x, a, y, b, context.lexicon)) continue;
      if (nearBoth(x, a, y, b, gazetteer)) continue;
      // Two occasions' places are compared between the time clauses' own claims, each with its own act.
      if (placedByOccasion(a, x) && placedByOccasion(b, y)) continue;
      return {
        kind: 'location',
        strength: (x.role === 'mention' ? LOCATION_MENTION_STRENGTH : LOCATION_STRENGTH) * containmentKnown(x, y, gazetteer),
        evidence: [x.span, y.span],
        detail: `${x.name} vs ${y.name} (${x.role})`,
      };
    }
  }
  return null;
};
