import type { ReportingStance } from '../model/claim.js';
import type { LexiconExtension, Options } from '../model/options.js';
import { ACTOR_ALIASES, leaderNames } from './actor-aliases.js';
import { ATTITUDE_VERBS } from './attitude-verbs.js';
import { ADDRESSEES, NEEDS_THAT } from './attribution-cues.js';
import { DOWNWARD_CHANGE, UPWARD_CHANGE } from './change-direction.js';
import { COUNTED_NOUN_GROUPS, PEOPLE_NOUNS } from './counted-nouns.js';
import { GENERAL_NOUNS } from './general-nouns.js';
import { CONVERSE_PAIRS, SYMMETRIC_VERBS, type ConversePair } from './converses.js';
import { HAPPENING_VERBS, OUTCOME_FRAMES } from './event-frames.js';
import { FORECAST_WORDS } from './forecast-cues.js';
import { BOOSTERS, HEDGES } from './hedges.js';
import { IMPLICATIVE_VERBS, type ImplicativeSignature } from './implicatives.js';
import { INCOMPATIBLE_STATES } from './incompatible-states.js';
import { INTENTION_WORDS } from './intention-nouns.js';
import { SINGLE_HOLDER_OFFICES } from './offices.js';
import { ONSET_VERBS } from './onset-cues.js';
import { DECISION_NOUNS, OPEN_DECISIONS, PROCESS_OUTCOMES } from './process-outcomes.js';
import { OPPOSITE_PAIRS } from './opposites.js';
import { EXCLUSIVE_OUTCOMES } from './exclusive-outcomes.js';
import { OUTLET_NAME_WORDS } from './outlet-words.js';
import { PHRASAL_VERBS } from './phrasal-verbs.js';
import { REFUSAL_VERBS } from './polarity-cues.js';
import { REFUTATION_CUES } from './refutation-cues.js';
import { REPORTING_VERBS, reportingForms, SOURCE_NOUNS, SPEECH_TAG_VERBS } from './reporting-verbs.js';
import { nullPrototype } from '../model/records.js';
import { ROLE_TITLES } from './role-titles.js';
import { ABANDON_VERBS, AWAIT_VERBS, DECIDED_CUES, PENDING_PHRASES, PENDING_VERBS, PERSISTENCE_CUES, PLAN_VERBS, STATUS_VERBS } from './status-cues.js';
import { SUPPORT_VERBS } from './support-verbs.js';
import { SHIPPED_TABLES } from './tables.js';
import { TEXT_NOUNS } from './text-nouns.js';
import { UPDATE_CUES } from './update-cues.js';

/**
 * The data of one call: every shipped table (`tables`, by file name, which the provenance hash covers) and the
 * lists a caller may extend, merged with the caller's extras into lookup structures. Nothing global is changed.
 */
export interface Lexicon {
  /** Every shipped data file's tables, by file name (src/lexicon/tables.ts). */
  tables: typeof SHIPPED_TABLES;
  /** lemma → lemmas that oppose it (symmetric). */
  opposites: ReadonlyMap<string, ReadonlySet<string>>;
  /** lower-case surface form ("the kremlin") → canonical actor key ("russia"). */
  aliases: ReadonlyMap<string, string>;
  /** lower-case name of a leader ("modi") → the leader's full name ("narendra modi"): one person, whichever name. */
  people: ReadonlyMap<string, string>;
  /** Reporting verb lemma → the stance it conveys. */
  reportingVerbs: Readonly<Record<string, ReportingStance>>;
  /** Inflected form of a reporting verb → its lemma. */
  reportingForms: Readonly<Record<string, string>>;
  /** Inflected form of a verb that frames only a quotation next to it ("she joked", "he shrugged") → its lemma. */
  speechTagForms: Readonly<Record<string, string>>;
  /** Lemmas (or phrases) whose complement is asserted not to happen: "refuse", "rule out". */
  refusalVerbs: readonly string[];
  /** Verbs that wrap an inner proposition as a decision about it: "confirm", "approve". */
  statusVerbs: readonly string[];
  /** Verbs that describe an open, undecided state: "consider", "negotiate". */
  pendingVerbs: readonly string[];
  /** Phrases that mark an undecided state: "under review". */
  pendingPhrases: readonly string[];
  /** Words that mark a decided state: "already", "signed". */
  decidedCues: readonly string[];
  /** Words (as written) saying a state still holds: "still", "remains". */
  persistenceCues: readonly string[];
  /** Verbs of intending an act not yet done: "plan", "intend". */
  planVerbs: readonly string[];
  /** Verbs that give up a planned act: "scrap", "call off". */
  abandonVerbs: readonly string[];
  /** Verbs of waiting for a decision still to come: "await". */
  awaitVerbs: readonly string[];
  /** Caller's places: container key ("europe", "france") → place names it contains. */
  places: Readonly<Record<string, readonly string[]>>;
  /** Implicative verb lemma → whether the event it wraps happened ("managed to escape": escaped). */
  implicatives: Readonly<Record<string, ImplicativeSignature>>;
  /** Support verbs that carry an event noun ("carried out an inspection"); phrases joined with a space. */
  supportVerbs: readonly string[];
  /** Converse verb pairs (sell / buy) and where each puts the other party. */
  converses: readonly ConversePair[];
  /** Verbs of attitude and judgement that any number of actors may hold at once: "welcome", "deplore". */
  attitudeVerbs: readonly string[];
  /** Word sequences that mark a figure as a later revision: "later rose", "has since". */
  updateCues: readonly string[];
  /** Nouns for something said or written: "statement", "memo". */
  textNouns: readonly string[];
  /** Role → the titles its holder is named with: judge → ["judge", "justice", "magistrate"]. */
  roleTitles: Readonly<Record<string, readonly string[]>>;
  /** Verbs whose parties may swap with no change of meaning: "meet", "marry". */
  symmetricVerbs: readonly string[];
  /** Verbs of a rise in amount or value: "rise", "soar". */
  upwardChange: readonly string[];
  /** Verbs of a fall in amount or value: "fall", "slump". */
  downwardChange: readonly string[];
  /** A state → the states it excludes (read both ways): ["intact", ["destroyed", …]]. */
  incompatibleStates: readonly (readonly [string, readonly string[]])[];
  /** Hedge → how far it lowers certainty (negative): "reportedly": -0.2. */
  hedges: Readonly<Record<string, number>>;
  /** Booster → how far it raises certainty: "definitely": 0.15. */
  boosters: Readonly<Record<string, number>>;
  /** Words by which the writer calls a claim untrue: "hoax", "debunked". */
  refutationCues: readonly string[];
  /** Groups of counted nouns that count the same individuals: ["fan", "fans", "spectator", …]. */
  countedNounGroups: readonly (readonly string[])[];
  /** Nouns that count people in general, whatever they did: "people", "others". */
  peopleNouns: readonly string[];
  /** General nouns that may refer back to anything of their kind (Halliday & Hasan): "the woman", "a thing". */
  generalNouns: readonly string[];
  /** Offices one person holds at a time in one place, head nouns: "mayor", "coroner". */
  singleHolderOffices: readonly string[];
  /** Words that make a capitalised name a news outlet's: "Times", "Gazette". */
  outletWords: readonly string[];
  /** Reporting verb lemmas that report a clause only with an explicit "that": "confirm", "deny". */
  thatVerbs: readonly string[];
  /** Who is told: "told reporters", "told the jury". */
  addressees: readonly string[];
  /** Nouns that head an unnamed source: "officials", "a spokeswoman for the council". */
  sourceNouns: readonly string[];
  /** Words of intention (as written) that pass their polarity to the verb they govern: "plans", "vowed". */
  intentionWords: readonly string[];
  /** Phrasal verb ("verb particle") → the single verb it means: "vote down" → "reject". */
  phrasalVerbs: Readonly<Record<string, string>>;
  /** Verb forms (as written) that name an event's onset before "on"/"in" and a date: "broke out", "erupted". */
  onsetVerbs: readonly string[];
  /** Words (as written) that make a claim a forecast: "forecast", "predicted". */
  forecastWords: readonly string[];
  /** Verb lemmas (or "verb noun") that say only that an event happened or was held: "occur", "take place". */
  happeningVerbs: readonly string[];
  /** Outcome frame → the lemmas that name it: death → ["die", "kill", …]. */
  outcomeFrames: Readonly<Record<string, readonly string[]>>;
  /** Verb of a process → verbs of its outcomes: negotiate → ["sign", "agree", …]. */
  processOutcomes: Readonly<Record<string, readonly string[]>>;
  /** Verbs of a decision still open, whose outcome is the act decided on: "decide", "determine". */
  openDecisions: readonly string[];
  /** Nouns of a decision: "verdict", "ruling". */
  decisionNouns: readonly string[];
}

function addPair(map: Map<string, Set<string>>, a: string, b: string): void {
  const get = (k: string) => map.get(k) ?? map.set(k, new Set()).get(k)!;
  get(a).add(b);
  get(b).add(a);
}

export function buildOpposites(extra: readonly (readonly [string, string])[] = []): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  // Outcomes of one event that exclude each other are opposites across their alternatives ("landed" / "crashed").
  const outcomes = EXCLUSIVE_OUTCOMES.flatMap((entry) => entry.flatMap((x, i) => entry.slice(i + 1).flatMap((y) => x.flatMap((w) => y.map((v) => [w, v] as const)))));
  for (const [a, b] of [...OPPOSITE_PAIRS, ...outcomes, ...extra]) addPair(map, a.toLowerCase(), b.toLowerCase());
  return map;
}

export function buildAliases(extra: Readonly<Record<string, readonly string[]>> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const table of [ACTOR_ALIASES, extra]) {
    for (const [key, forms] of Object.entries(table)) {
      const canonical = key.toLowerCase();
      map.set(canonical, canonical);
      for (const form of forms) map.set(form.toLowerCase(), canonical);
    }
  }
  return map;
}

type LexiconOptions = Partial<Pick<Options, 'aliases' | 'opposites'>> & { lexicon?: LexiconExtension | undefined };

const lower = (words: readonly string[] | undefined): string[] => (words ?? []).map((w) => w.toLowerCase());

/** A shipped record with the caller's entries added, keys lower-cased; a caller's entry overrides the shipped one. */
function merged<T>(shipped: Readonly<Record<string, T>>, extra: Readonly<Record<string, T>> | undefined): Record<string, T> {
  const out = nullPrototype({ ...shipped });
  for (const [key, value] of Object.entries(extra ?? {})) out[key.toLowerCase()] = value;
  return out;
}

/** A keyed table of lists with the caller's words added to each key's list (a new key gets a list of its own). */
function unionByKey(shipped: Readonly<Record<string, readonly string[]>>, extra: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> {
  const out = nullPrototype(Object.fromEntries(Object.entries(shipped).map(([key, words]) => [key, [...words]])));
  for (const [key, words] of Object.entries(extra ?? {})) out[key.toLowerCase()] = [...(out[key.toLowerCase()] ?? []), ...lower(words)];
  return out;
}

const lowerConverse = ({ a, b }: ConversePair): ConversePair => ({
  a: { verb: a.verb.toLowerCase(), other: a.other.toLowerCase() },
  b: { verb: b.verb.toLowerCase(), other: b.other.toLowerCase() },
});

function hasExtra(options: LexiconOptions | undefined): boolean {
  if (!options) return false;
  const lists = [options.opposites, ...Object.values(options.lexicon ?? {})];
  return Object.keys(options.aliases ?? {}).length > 0 || lists.some((v) => (Array.isArray(v) ? v.length > 0 : Object.keys(v ?? {}).length > 0));
}

function build(options: LexiconOptions | undefined): Lexicon {
  const ext = options?.lexicon ?? {};
  const reportingVerbs: Record<string, ReportingStance> = merged(REPORTING_VERBS, ext.reportingVerbs);
  return {
    tables: SHIPPED_TABLES,
    opposites: buildOpposites([...(options?.opposites ?? []), ...(ext.opposites ?? [])]),
    aliases: buildAliases({ ...(options?.aliases ?? {}), ...(ext.aliases ?? {}) }),
    people: PEOPLE,
    reportingVerbs,
    reportingForms: reportingForms(Object.keys(reportingVerbs)),
    speechTagForms: reportingForms(SPEECH_TAG_VERBS),
    refusalVerbs: [...REFUSAL_VERBS, ...lower(ext.refusalVerbs)],
    statusVerbs: [...STATUS_VERBS, ...lower(ext.statusVerbs)],
    pendingVerbs: [...PENDING_VERBS, ...lower(ext.pendingVerbs)],
    pendingPhrases: [...PENDING_PHRASES, ...lower(ext.pendingPhrases)],
    decidedCues: [...DECIDED_CUES, ...lower(ext.decidedCues)],
    persistenceCues: [...PERSISTENCE_CUES, ...lower(ext.persistenceCues)],
    planVerbs: [...PLAN_VERBS, ...lower(ext.planVerbs)],
    abandonVerbs: [...ABANDON_VERBS, ...lower(ext.abandonVerbs)],
    awaitVerbs: [...AWAIT_VERBS, ...lower(ext.awaitVerbs)],
    places: ext.places ?? {},
    implicatives: merged(IMPLICATIVE_VERBS, ext.implicatives),
    supportVerbs: [...SUPPORT_VERBS, ...lower(ext.supportVerbs)],
    converses: [...CONVERSE_PAIRS, ...(ext.converses ?? []).map(lowerConverse)],
    attitudeVerbs: [...ATTITUDE_VERBS, ...lower(ext.attitudeVerbs)],
    textNouns: [...TEXT_NOUNS, ...lower(ext.textNouns)],
    updateCues: [...UPDATE_CUES, ...lower(ext.updateCues)],
    roleTitles: unionByKey(ROLE_TITLES, ext.roleTitles),
    symmetricVerbs: [...SYMMETRIC_VERBS, ...lower(ext.symmetricVerbs)],
    upwardChange: [...UPWARD_CHANGE, ...lower(ext.upwardChange)],
    downwardChange: [...DOWNWARD_CHANGE, ...lower(ext.downwardChange)],
    incompatibleStates: [...INCOMPATIBLE_STATES, ...(ext.incompatibleStates ?? []).map(([state, others]) => [state.toLowerCase(), lower(others)] as const)],
    hedges: merged(HEDGES, ext.hedges),
    boosters: merged(BOOSTERS, ext.boosters),
    refutationCues: [...REFUTATION_CUES, ...lower(ext.refutationCues)],
    countedNounGroups: [...COUNTED_NOUN_GROUPS, ...(ext.countedNounGroups ?? []).map(lower)],
    peopleNouns: [...PEOPLE_NOUNS, ...lower(ext.peopleNouns)],
    generalNouns: [...GENERAL_NOUNS, ...lower(ext.generalNouns)],
    singleHolderOffices: [...SINGLE_HOLDER_OFFICES, ...lower(ext.singleHolderOffices)],
    outletWords: [...OUTLET_NAME_WORDS, ...lower(ext.outletWords)],
    thatVerbs: [...NEEDS_THAT, ...lower(ext.thatVerbs)],
    addressees: [...ADDRESSEES, ...lower(ext.addressees)],
    sourceNouns: [...SOURCE_NOUNS, ...lower(ext.sourceNouns)],
    intentionWords: [...INTENTION_WORDS, ...lower(ext.intentionWords)],
    onsetVerbs: [...ONSET_VERBS, ...lower(ext.onsetVerbs)],
    forecastWords: [...FORECAST_WORDS, ...lower(ext.forecastWords)],
    happeningVerbs: [...HAPPENING_VERBS, ...lower(ext.happeningVerbs)],
    outcomeFrames: unionByKey(OUTCOME_FRAMES, ext.outcomeFrames),
    processOutcomes: unionByKey(PROCESS_OUTCOMES, ext.processOutcomes),
    openDecisions: [...OPEN_DECISIONS, ...lower(ext.openDecisions)],
    decisionNouns: [...DECISION_NOUNS, ...lower(ext.decisionNouns)],
    phrasalVerbs: merged(PHRASAL_VERBS, ext.phrasalVerbs && Object.fromEntries(Object.entries(ext.phrasalVerbs).map(([k, v]) => [k, v.toLowerCase()]))),
  };
}

const PEOPLE = leaderNames();
let shipped: Lexicon | undefined;

/** The lexicon for one call: the shipped data alone is built once and cached; a call with extras gets its own. */
export function buildLexicon(options?: LexiconOptions): Lexicon {
  if (hasExtra(options)) return build(options);
  shipped ??= build(undefined);
  return shipped;
}

const derivedCache = new WeakMap<object, Map<(lexicon: never) => unknown, unknown>>();

/**
 * A structure a stage builds from a lexicon (a stem set, a gazetteer), built once per lexicon: `build` must be a
 * module-level function, since it is the cache key.
 */
export function derived<L extends Partial<Lexicon>, T>(lexicon: L, build: (lexicon: L) => T): T {
  let cache = derivedCache.get(lexicon);
  if (!cache) derivedCache.set(lexicon, (cache = new Map()));
  // One look-up on a hit (called per term and per clause); `has` only for a structure that is itself undefined.
  const known = cache.get(build);
  if (known !== undefined || cache.has(build)) return known as T;
  const built = build(lexicon);
  cache.set(build, built);
  return built;
}
