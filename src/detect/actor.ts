import { FILING_NOUNS } from '../lexicon/filing-nouns.js';
import { PURPOSE_NOUNS } from '../lexicon/purpose-nouns.js';
import { CAUSING_VERBS } from '../lexicon/event-nouns.js';
import type { Claim, Phrase } from '../model/claim.js';
import { SHARED_STATE_VERBS } from '../lexicon/attitude-verbs.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Detector } from './types.js';
import { INDEFINITE_PRONOUNS } from '../lexicon/grammar-words.js';
import { heldByOtherActor } from './speaker-doers.js';
import { divisionsApart } from './named-things.js';
import { lightReadAsFull, supportedAsFull } from './light-acts.js';
import { withoutOpeningCapitals } from './sentence-capitals.js';
import { eventDoerHit } from './event-doers.js';
import { deciderHit } from './deciders.js';
import { MEASURE_VERBS } from '../lexicon/measure-verbs.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { singularNoun } from '../match/measure.js';
import { synonymousInContext } from '../match/same-event.js';
import { twoBearersOfOneName } from '../match/personal-names.js';
import { isAcronymOf, isTimeSpan, maybeCoreferent } from './referents.js';
import { actsOnText, contrastHit, roleSwapHit } from './role-swaps.js';
import { samePersonalName } from './speakers.js';
import { objectWords, withoutTrailingPreposition } from './actor-phrases.js';
import { agentIn, patientIn } from './passive-doers.js';
import { roleHolderHit } from './role-holders.js';
import { differentOccasions } from './occasions.js';
import { actsFor } from './principals.js';
import { namesThePossessorsKin, namesThePossessorsRelation } from './possessives.js';
import { groupAndMember } from './group-members.js';
import { subjectHoldsState, subjectUndergoes } from './undergoers.js';
import { countedAgainstOtherDoer, isEvent, sameOneThing, troponymPredicates } from './one-thing-acts.js';
import { namedBesideDoer } from './co-doers.js';
import { converseDoerHit } from './converse-doers.js';
import { nameAndItsDescription } from './name-descriptions.js';
import { oneFinding } from './finding-acts.js';
import { bothIntroduceTheirThemes } from './new-referents.js';

// Attitudes and statements many can hold at once: two actors "welcomed the deal" or "denied the report" both may be right.
const sharedVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set([...lexicon.attitudeVerbs, ...SHARED_STATE_VERBS, ...Object.keys(lexicon.reportingVerbs)]);
/** The light and copular verbs of a call's lexicon, built once per lexicon through `derived`. */
export const lightVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.tables['light-verbs'].LIGHT_VERBS);
const supportVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.supportVerbs);

type Aliases = ReadonlyMap<string, string>;

// Articles say nothing about who the actor is: "the police" is "police"; nor does a possessive pronoun, whose
// referent the other report may name ("its diplomats" / "three Russian diplomats"; Quirk § 5.10 central determiners).
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();
}

function withoutDeterminers(words: readonly string[]): string[] {
  return words.filter((w) => !DETERMINERS.has(w));
}

/** Verbs whose subject is measured ("lasted three days"): two subjects are two things, not rival doers. */
const MEASURE: ReadonlySet<string> = new Set(MEASURE_VERBS);

/** The canonical key of a name: its alias key ("the Kremlin" → "russia") or its normalised words. */
export function canonicalName(name: string, aliases: Aliases): string {
  return remembered(canonicalNames, aliases, name, findCanonicalName);
}

function findCanonicalName(name: string, aliases: Aliases): string {
  const lower = normalise(name);
  const bare = withoutDeterminers(lower.split(' ')).join(' ');
  return aliases.get(lower) ?? aliases.get(bare) ?? bare;
}

function wordKeys(name: string, aliases: Aliases): ReadonlySet<string> {
  return remembered(wordKeySets, aliases, name, findWordKeys);
}

function findWordKeys(name: string, aliases: Aliases): Set<string> {
  const words = withoutDeterminers(normalise(name).split(/[\s-]+/)).filter((w) => w.length > 0);
  return new Set(words.map((w) => aliases.get(w) ?? singularNoun(w)));
}

/** Names recur across every pair a claim is in: each name's keys once per alias table, the memo bounded against a stream of names. */
const canonicalNames = new WeakMap<Aliases, Map<string, string>>();
const wordKeySets = new WeakMap<Aliases, Map<string, ReadonlySet<string>>>();
const MAX_NAMES = 50_000;

function remembered<T>(memo: WeakMap<Aliases, Map<string, T>>, aliases: Aliases, name: string, find: (name: string, aliases: Aliases) => T): T {
  let byName = memo.get(aliases);
  if (!byName) memo.set(aliases, (byName = new Map()));
  const known = byName.get(name);
  if (known !== undefined) return known;
  if (byName.size >= MAX_NAMES) byName.clear();
  const found = find(name, aliases);
  byName.set(name, found);
  return found;
}

function isSubset(small: ReadonlySet<string>, big: ReadonlySet<string>): boolean {
  return small.size > 0 && [...small].every((w) => big.has(w));
}

/**
 * Two names of one actor: the same canonical key, or one's words inside the other's (a part and its whole:
 * "a police officer" and "police"; "troops" and "Russian troops"), each word mapped through the aliases.
 */
export function sameName(x: string, y: string, aliases: Aliases): boolean {
  let memo = sameNames.get(aliases);
  if (!memo) sameNames.set(aliases, (memo = { rows: new Map(), size: 0 }));
  // One row per first name, so a look-up builds no joined key string.
  let row = memo.rows.get(x);
  const known = row?.get(y);
  if (known !== undefined) return known;
  if (memo.size >= MAX_NAMES) {
    memo.rows.clear();
    memo.size = 0;
    row = undefined;
  }
  const found = namesOneActor(x, y, aliases);
  if (!row) memo.rows.set(x, (row = new Map()));
  row.set(y, found);
  memo.size++;
  return found;
}
/** Every detector asks about the same few names on every pair: answers per alias table and pair of names. */
const sameNames = new WeakMap<Aliases, { rows: Map<string, Map<string, boolean>>; size: number }>();

function namesOneActor(x: string, y: string, aliases: Aliases): boolean {
  if (canonicalName(x, aliases) === canonicalName(y, aliases) || samePersonalName(x, y) || isAcronymOf(x, y)) return true;
  if (nameAndItsDescription(x, y)) return true;
  const wx = wordKeys(x, aliases);
  const wy = wordKeys(y, aliases);
  return isSubset(wx, wy) || isSubset(wy, wx);
}

/** Two phrases (actors, themes) that name the same thing, by key or by their words. */
export function samePhrase(x: Phrase, y: Phrase, aliases: Aliases): boolean {
  // "Serena Williams" / "Venus Williams": one key (the family name), two people.
  if (twoBearersOfOneName(x.text, y.text)) return false;
  const named = (p: string, q: string) => sameName(p, q, aliases);
  if (namesThePossessorsRelation(x.text, y.text, named) || namesThePossessorsRelation(y.text, x.text, named)) return false;
  return sameName(x.key, y.key, aliases) || sameName(x.text, y.text, aliases);
}

const INDEFINITE = new Set(INDEFINITE_PRONOUNS);

function isIndefinite(p: Phrase): boolean {
  return INDEFINITE.has(p.text.trim().toLowerCase());
}

/** A missing phrase, or an indefinite one ("anyone"), on either side is compatible with anything. */
export function compatiblePhrases(x: Phrase | undefined, y: Phrase | undefined, aliases: Aliases): boolean {
  return x === undefined || y === undefined || isIndefinite(x) || isIndefinite(y) || samePhrase(x, y, aliases);
}

/**
 * One act named twice: the same lemma, WordNet synonyms ("detained" / "arrested"), or verbs sharing a rarer sense
 * on one theme ("lodged" / "filed" a complaint); light verbs name none, and attitudes and statements are shared,
 * except the writing of one text: a letter "written by" two authors is one act with two doers.
 */
function sameActVerb(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  if (x === undefined || y === undefined) return false;
  if (oneFinding(a, b)) return true;
  if (!actVerbs(a, b, x, y, lexicon)) {
    const sets = { light: derived(lexicon, lightVerbs), shared: derived(lexicon, sharedVerbs), measure: MEASURE };
    return lightReadAsFull(a, b, [x, y], sets, (p, q) => samePhrase(p, q, lexicon.aliases), lexicon);
  }
  return x === y || areSynonyms(x, y) || synonymousInContext(a, b);
}

/** Neither verb is light, a measure, or an attitude or statement many may share (save the writing of one text). */
function actVerbs(a: Claim, b: Claim, x: string, y: string, lexicon: Lexicon): boolean {
  const SHARED = derived(lexicon, sharedVerbs);
  const LIGHT = derived(lexicon, lightVerbs);
  const authored = actsOnText(a, lexicon) && actsOnText(b, lexicon);
  return ![x, y].some((v) => LIGHT.has(v.toLowerCase()) || MEASURE.has(v.toLowerCase()) || (SHARED.has(v.toLowerCase()) && !authored));
}

/** "was bought by Volkar" / "Apex acquired": a troponym and its hypernym done to one single thing are one act. */
function relatedActOnOneThing(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.predicate?.lemma, b.proposition.predicate?.lemma];
  if (x === undefined || y === undefined || !actVerbs(a, b, x, y, lexicon)) return false;
  return sameOneThing(a, b, (p, q) => samePhrase(p, q, lexicon.aliases)) && troponymPredicates(a, b, lexicon);
}

/** The act both claims report, when it is one: the same or a synonymous predicate, a compatible theme, not negated. */
function sharedAct(a: Claim, b: Claim, lexicon: Lexicon): string | null {
  const [pa, pb] = [a.proposition, b.proposition];
  // A negated act has no doer to dispute: "police did not fire" sits with "protesters fired".
  if (!pa.predicate || !pb.predicate || pa.negated || pb.negated || bothIntroduceTheirThemes(a, b)) return null;
  // "The restoration of the clock was carried out by X" / "Y restored the clock": the full verb names the act.
  const SUPPORT = derived(lexicon, supportVerbs);
  if (supportedAsFull(a, b, SUPPORT)) return SUPPORT.has(pa.predicate.lemma.toLowerCase()) ? pb.predicate.text : pa.predicate.text;
  if (!(sameActVerb(a, b, lexicon) || relatedActOnOneThing(a, b, lexicon))) return null;
  return compatiblePhrases(pa.theme, pb.theme, lexicon.aliases) && !divisionsApart(pa.theme, pb.theme) ? pa.predicate.text : null;
}

/**
 * "Apple shut down Beats" / "Beats shut down": the causative alternation (Levin 1993, § 1.1.2.1) makes the object of
 * one the subject of the other; that is one event, not two doers.
 */
function alternation(a: Claim, b: Claim, aliases: Aliases): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  return (pa.actor !== undefined && pb.theme !== undefined && samePhrase(pa.actor, pb.theme, aliases)) || (pb.actor !== undefined && pa.theme !== undefined && samePhrase(pb.actor, pa.theme, aliases));
}

/** "seven people", "four more patients": a counted actor is a set of doers, and two sets may both have acted; their sizes are the numeric detector's. */
export function isCounted(claim: Claim, actor: Phrase): boolean {
  const head = actor.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  return claim.quantities.some((q) => q.dimension === 'count' && ((q.span.start >= actor.span.start && q.span.end <= actor.span.end) || (q.noun !== undefined && q.noun.toLowerCase() === head)));
}

/** The two claims name one act: one act by the dictionary, one verb, or verbs done to one object ("head" / "run" the spin-off). */
function oneAct(a: Claim, b: Claim, context: Parameters<Detector>[2]): boolean {
  const [oa, ob] = [new Set(objectWords(a)), new Set(objectWords(b))];
  return context.sameAct === true || sameActVerb(a, b, context.lexicon) || isSubset(oa, ob) || isSubset(ob, oa);
}

/** The same act (predicate and theme) done by different actors: "police fired" vs "protesters fired". */
const FILINGS: ReadonlySet<string> = new Set(FILING_NOUNS);
/** The last word of a phrase, lower-case ("a class-action lawsuit" → lawsuit), once per phrase object: pairs ask again. */
function lastWord(p: Phrase): string {
  let word = lastWords.get(p);
  if (word === undefined) lastWords.set(p, (word = p.text.toLowerCase().split(/[\s,]+/).filter(Boolean).at(-1) ?? ''));
  return word;
}
const lastWords = new WeakMap<Phrase, string>();
/** The phrase's head is a filed request ("the suit", "a class-action lawsuit", "their petition"). */
const isFiling = (p: Phrase): boolean => FILINGS.has(lastWord(p));
const PURPOSES: ReadonlySet<string> = new Set(PURPOSE_NOUNS);
/** The phrase's head is an intention ("the intent", "their main goal"): what someone meant to do, with no doer named. */
const isPurpose = (p: Phrase): boolean => PURPOSES.has(singularNoun(lastWord(p)));
const CAUSING: ReadonlySet<string> = new Set(CAUSING_VERBS);
/** Either claim's verb names a cause ("was caused by"), which an event may be as well as a doer. */
const causes = (a: Claim, b: Claim): boolean => [a, b].some((c) => CAUSING.has(c.proposition.predicate?.lemma.toLowerCase() ?? ''));
export const detectActor: Detector = (a, b, context) => {
  const hit = predicateActorHit(a, b, context);
  if (hit) return hit;
  if (differentOccasions(a, b)) return null;
  // A transfer's recipient against its converse's doer: "sold to a private buyer" / "the city gallery bought".
  // A doer named outside the predicate: "through Egypt's mediation", "claimed responsibility for the bombing".
  // Who made the call: "shut the pool voluntarily" / "inspectors ordered the closure".
  return converseDoerHit(a, b, context.lexicon) ?? eventDoerHit(a, b, context.lexicon) ?? deciderHit(a, b, context.lexicon);
};

/** The two predicates' actors: detectActor's first reading. */
const predicateActorHit: Detector = (a, b, context) => {
  const aliases = context.lexicon.aliases;
  // "X, not Y, did it" disputes Y only for the act it names: "Y spoke with them" is another act.
  const contrast = oneAct(a, b, context) ? contrastHit(a, b, context.lexicon) : null;
  const roles = contrast ?? roleSwapHit(a, b, context.lexicon) ?? roleHolderHit(a, b, context.lexicon);
  if (roles) return roles;
  // "Leeds's largest bouldering centre will open" / "The Boulder Yard opened": subjects that underwent the change are no doers.
  // "the borough was short of drivers" / "the district was short of them": the bearer of a state is no doer.
  if (subjectUndergoes(a) || subjectUndergoes(b) || subjectHoldsState(a) || subjectHoldsState(b)) return null;
  const [actorA, actorB] = [withoutTrailingPreposition(a.proposition.actor), withoutTrailingPreposition(b.proposition.actor)];
  if (!actorA || !actorB || samePhrase(actorA, actorB, aliases)) return null;
  // "Anyone booked can move" / "Clients can move": an indefinite pronoun names no one to rival a doer (Quirk § 6.45).
  if (isIndefinite(actorA) || isIndefinite(actorB)) return null;
  // Two doers clash only over one act: asked before the readings below that may still set them apart, since each of
  // those (like this) only rules a hit out, and most pairs of actors do not share their act.
  const act = sharedAct(a, b, context.lexicon);
  if (act === null) return null;
  const named = (x: string, y: string) => sameName(x, y, aliases);
  // "its owner" / "the owner's grandson": a kin noun names another person than its possessor, whoever "its" is.
  const kinOfOther = namesThePossessorsKin(actorA.text, actorB.text, named);
  // "Maureen Clegg said the sweep had lit it" / "Maureen Clegg had lit it": a speaker names herself "I", so the
  // description in her own report is someone else (Quirk § 6.13, first person for the speaker).
  const speakerIsOther = heldByOtherActor(a, b, named) || heldByOtherActor(b, a, named);
  if ((!kinOfOther && !speakerIsOther && maybeCoreferent(...withoutOpeningCapitals(a, actorA, b, actorB), context.lexicon)) || isTimeSpan(actorA) || isTimeSpan(actorB) || alternation(a, b, aliases)) return null;
  // "Volkar and Apex bought it" / "Apex bought it"; "shot by a hunter, assisted by a ranger": co-doers and helpers share the act.
  if (namedBesideDoer(a, actorA, actorB, named) || namedBesideDoer(b, actorB, actorA, named)) return null;
  const [countedA, countedB] = [isCounted(a, actorA), isCounted(b, actorB)];
  if ((countedA || countedB) && !countedAgainstOtherDoer(a, b, countedA, countedB, (p, q) => samePhrase(p, q, aliases))) return null;
  // "Police arrested him" / "Officers arrested him": the members' act is their group's.
  if (groupAndMember(actorA, actorB)) return null;
  // "The suit sought $5 million" / "the families are seeking $5 million": a filing speaks for those who filed it.
  if (isFiling(actorA) !== isFiling(actorB)) return null;
  // "The intent was to connect them" / "The line was meant to connect them": an aim leaves its doer unsaid.
  if (isPurpose(actorA) || isPurpose(actorB)) return null;
  // "The record attempt raised $30,000" / "The farm raised $30,000": an event is no rival of a doer, save as a cause
  // ("caused by a software update" / "a cyberattack caused").
  if (isEvent(actorA) !== isEvent(actorB) && !causes(a, b)) return null;
  // The other claim names this actor as its agent after "by" ("a stray brought in by the daughter"): one doer, two voices.
  if (agentIn(b, actorA.text, a.proposition.predicate?.lemma, named) || agentIn(a, actorB.text, b.proposition.predicate?.lemma, named)) return null;
  // "Ada being killed by rebels" / "Ada killed 40 rebels": the doer of one act is the one the other was done to, so
  // the two name different acts (who did it to whom), not rival doers of one act.
  if (patientIn(a, actorB.text, b.proposition.predicate?.lemma, named) || patientIn(b, actorA.text, a.proposition.predicate?.lemma, named)) return null;
  // The other claim's doer acts for this actor ("dealers were smuggling antiquities for the militia"): agent and principal.
  if (actsFor(b, actorA.text, aliases) || actsFor(a, actorB.text, aliases)) return null;
  // A dated past act and one in progress, or two habits, are two occasions: each actor may have done it.
  if (differentOccasions(a, b)) return null;
  return {
    // Two authors of one text dispute whose words it is: attribution, not who acted.
    kind: actsOnText(a, context.lexicon) && actsOnText(b, context.lexicon) ? 'attribution' : 'actor',
    strength: ACTOR_STRENGTH,
    evidence: [actorA.span, actorB.span],
    detail: `${actorA.text} vs ${actorB.text} as the one who "${act}"`,
  };
};
