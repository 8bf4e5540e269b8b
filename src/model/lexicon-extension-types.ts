import type { z } from 'zod';
import type { ReportingStance } from './claim-types.js';
import type { LexiconExtensionSchema } from './options.js';
import type { AllTrue, Same } from './same-type.js';

// The per-call lexicon option as a named interface, checked below to be exactly its schema's inferred type.

/** Per-call additions to the shipped word lists; each list extends, never replaces, the shipped one. */
export interface LexiconExtension {
  /** Reporting verb lemma → stance: { "tweet": "reported" }. */
  reportingVerbs?: Record<string, ReportingStance> | undefined;
  /** Verbs whose complement did not happen: ["stonewall"]. */
  refusalVerbs?: string[] | undefined;
  /** Verbs that state a decision about an inner event: ["ratify"]. */
  statusVerbs?: string[] | undefined;
  /** Verbs of an undecided state: ["canvass"]. */
  pendingVerbs?: string[] | undefined;
  /** Phrases of an undecided state: ["on the table"]. */
  pendingPhrases?: string[] | undefined;
  /** Words of a decided state: ["inked"]. */
  decidedCues?: string[] | undefined;
  /** Words, as written, saying a state still holds: ["lingers"]. */
  persistenceCues?: string[] | undefined;
  /** Verbs of intending an act not yet done: ["resolve"]. */
  planVerbs?: string[] | undefined;
  /** Verbs that give up a planned act: ["nix"]. */
  abandonVerbs?: string[] | undefined;
  /** Verbs of waiting for a decision still to come: ["expect"]. */
  awaitVerbs?: string[] | undefined;
  /** As the top-level opposites option. */
  opposites?: [string, string][] | undefined;
  /** As the top-level aliases option. */
  aliases?: Record<string, string[]> | undefined;
  /** Container key → place names in it: { "france": ["Brest"] }. */
  places?: Record<string, string[]> | undefined;
  /** Implicative verb lemma → whether the wrapped event happened: { "contrive": { "affirmed": true, "negated": false } }. */
  implicatives?: Record<string, { affirmed?: boolean | undefined; negated?: boolean | undefined; object?: boolean | undefined }> | undefined;
  /** Support verbs that carry an event noun: ["effect"]. */
  supportVerbs?: string[] | undefined;
  /** Converse verbs and where each puts the other party: the preposition before it, or "object". */
  converses?: { a: { verb: string; other: string }; b: { verb: string; other: string } }[] | undefined;
  /** Verbs of attitude any number of actors may hold at once: ["lament"]. */
  attitudeVerbs?: string[] | undefined;
  /** Word sequences that mark a figure as a later revision: ["subsequently rose"]. */
  updateCues?: string[] | undefined;
  /** Nouns for something said or written: ["dossier"]. */
  textNouns?: string[] | undefined;
  /** Role → titles its holder is named with: { "judge": ["recorder"] }. */
  roleTitles?: Record<string, string[]> | undefined;
  /** Verbs whose parties may swap with no change of meaning: ["duel"]. */
  symmetricVerbs?: string[] | undefined;
  /** Verbs of a rise in amount or value: ["swell"]. */
  upwardChange?: string[] | undefined;
  /** Verbs of a fall in amount or value: ["dwindle"]. */
  downwardChange?: string[] | undefined;
  /** A state and the states it excludes: [["passable", ["impassable"]]]. */
  incompatibleStates?: [string, string[]][] | undefined;
  /** Hedge → how far it lowers certainty (-1 to 0): { "ostensibly": -0.2 }. */
  hedges?: Record<string, number> | undefined;
  /** Booster → how far it raises certainty (0 to 1): { "indisputably": 0.15 }. */
  boosters?: Record<string, number> | undefined;
  /** Words by which the writer calls a claim untrue: ["canard"]. */
  refutationCues?: string[] | undefined;
  /** Groups of counted nouns that count the same individuals (each of two or more): [["mourner", "mourners", "attendee"]]. */
  countedNounGroups?: string[][] | undefined;
  /** Nouns that count people in general: ["soul"]. */
  peopleNouns?: string[] | undefined;
  /** General nouns that may refer back to anyone of their kind: ["fellow"]. */
  generalNouns?: string[] | undefined;
  /** Offices one person holds at a time in one place: ["harbourmaster"]. */
  singleHolderOffices?: string[] | undefined;
  /** Reporting verbs that report a clause only with an explicit "that": ["divulge"]. */
  thatVerbs?: string[] | undefined;
  /** Who is told, after "told": ["constituents"]. */
  addressees?: string[] | undefined;
  /** Nouns that head an unnamed source: ["whistleblower"]. */
  sourceNouns?: string[] | undefined;
  /** Words of intention, as written, that pass their polarity to the verb they govern: ["resolves", "resolved"]. */
  intentionWords?: string[] | undefined;
  /** Phrasal verb ("verb particle") → the single verb it means: { "kick off": "begin" }. */
  phrasalVerbs?: Record<string, string> | undefined;
  /** Verb forms, as written, naming an event's onset before "on"/"in" and a date: ["flared", "sparked off"]. */
  onsetVerbs?: string[] | undefined;
  /** Words, as written, that make a claim a forecast: ["prognosticated"]. */
  forecastWords?: string[] | undefined;
  /** Verb lemmas (or "verb noun") saying only that an event happened or was held: ["convene"]. */
  happeningVerbs?: string[] | undefined;
  /** Outcome frame → lemmas that name it, added to the frame's list: { "injury": ["maul"], "eviction": ["evict"] }. */
  outcomeFrames?: Record<string, string[]> | undefined;
  /** Verb of a process → verbs of its outcomes, added to its list: { "arbitrate": ["award"] }. */
  processOutcomes?: Record<string, string[]> | undefined;
  /** Verbs of a decision still open: ["adjudicate"]. */
  openDecisions?: string[] | undefined;
  /** Nouns of a decision: ["determination"]. */
  decisionNouns?: string[] | undefined;
  /** Words that make a capitalised name a news outlet's: ["clarion"]. */
  outletWords?: string[] | undefined;
}

type ExtensionMatchesSchema = AllTrue<[Same<LexiconExtension, z.output<typeof LexiconExtensionSchema>>]>;
