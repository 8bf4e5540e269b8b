import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { areSynonyms, areSynonymsInContext } from '../lexicon/synonyms.js';
import { agentNounDoer } from '../detect/agent-nouns.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { perClaim } from '../relate/per-claim.js';

/*
 * Whether two claims name one event by their words alone: the event lemmas and stems of each claim (its predicate
 * and the proposition a status verb wraps), synonymous predicates, and a shared theme. matchScore (similarity.ts)
 * weighs these with the actors and keys; the detectors read them directly.
 */

const keySets = new WeakMap<Claim, ReadonlySet<string>>();

/** A claim's keys as a set, built once per claim object (matching compares each claim with many partners). */
export function keySet(c: Claim): ReadonlySet<string> {
  let set = keySets.get(c);
  if (!set) {
    set = new Set(c.keys);
    keySets.set(c, set);
  }
  return set;
}

/**
 * The lemmas naming what happens: predicate and wrapped proposition, and the verb of an agent-noun role the claim
 * gives someone ("the winner of the final was Mia Holt" tells a win: detect/agent-nouns.ts).
 */
export function eventLemmas(c: Claim): readonly string[] {
  let out = lemmasOf.get(c);
  if (!out) {
    out = [];
    if (c.proposition.predicate) out.push(c.proposition.predicate.lemma.toLowerCase());
    if (c.proposition.inner) out.push(c.proposition.inner.lemma.toLowerCase());
    const role = agentNounDoer(c);
    if (role) out.push(role.verb);
    lemmasOf.set(c, out);
  }
  return out;
}
/** Each claim's event lemmas, once per claim object: every candidate pair the claim is in reads them. */
const lemmasOf = new WeakMap<Claim, string[]>();

/**
 * Two claims name one event with synonymous predicates (WordNet: "quit" / "resign", "negotiate" / "talks"), or
 * with predicates that share a rarer sense while acting on one theme, which fixes that sense ("lodged a complaint" /
 * "filed a complaint").
 */
export function synonymousEvents(a: Claim, b: Claim): boolean {
  const lb = eventLemmas(b);
  return eventLemmas(a).some((x) => lb.some((y) => areSynonyms(x, y))) || synonymousInContext(a, b);
}

/** The predicates share a verb sense among their first four, and both act on the same theme. */
export function synonymousInContext(a: Claim, b: Claim): boolean {
  const [pa, pb] = [a.proposition.predicate, b.proposition.predicate];
  const theme = a.proposition.theme?.key;
  if (!pa || !pb || theme === undefined || theme !== b.proposition.theme?.key) return false;
  return areSynonymsInContext(pa.lemma, pb.lemma);
}

/** Both claims' own events share a stem ("has not yet conceded" / "conceded defeat"). */
export function sharesEventStem(a: Claim, b: Claim): boolean {
  const apart = lightVerbStemApart(a, b);
  const stems = new Set(eventStems(a).filter((s) => s !== apart));
  return eventStems(b).some((s) => stems.has(s));
}

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS.filter((v) => v !== 'be' && v !== 'is'));

/**
 * "took the decision" / "samples were taken": a light verb names its event through its object noun (Jespersen's light
 * verbs), so one light verb with two different object heads tells two events; the stem the two share, or undefined.
 */
export function lightVerbStemApart(a: Claim, b: Claim): string | undefined {
  const [pa, pb] = [a.proposition.predicate?.lemma.toLowerCase(), b.proposition.predicate?.lemma.toLowerCase()];
  if (pa === undefined || pa !== pb || !LIGHT.has(pa)) return undefined;
  const [ha, hb] = [themeHead(a), themeHead(b)];
  return ha !== undefined && hb !== undefined && ha !== hb ? stem(pa) : undefined;
}

/** The stem of the theme's last word ("the difficult decision" → decis). */
function themeHead(c: Claim): string | undefined {
  const last = c.proposition.theme?.text.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '').at(-1);
  return last === undefined ? undefined : stem(last);
}

/**
 * One event, seen from both claims: the event of one is named among the other's words ("confirm [attend]" / "would
 * not attend the talks"), the predicates are synonyms, or both speak of the same theme.
 */
export function sameEvent(a: Claim, b: Claim): boolean {
  const aKeys = keySet(a);
  const bKeys = keySet(b);
  if (eventStems(a).some((s) => bKeys.has(s)) || eventStems(b).some((s) => aKeys.has(s)) || synonymousEvents(a, b)) return true;
  const theme = a.proposition.theme?.key;
  return theme !== undefined && theme === b.proposition.theme?.key;
}

/** The stems naming what happens in a claim: its predicate and the proposition a status verb wraps. */
export const eventStems: (claim: Claim) => readonly string[] = perClaim(readEventStems);

function readEventStems(c: Claim): string[] {
  return eventLemmas(c).map((lemma) => stem(lemma));
}
