import { z } from 'zod';
import { ReportingStanceSchema } from './claim.js';
import { IsoDateSchema } from './span.js';

export const LimitsSchema = z
  .strictObject({
    maxDocuments: z.number().int().positive().default(1000),
    maxCharactersPerDocument: z.number().int().positive().default(1_000_000),
    maxJsonBytes: z.number().int().positive().default(64 * 1024 * 1024),
    maxSentenceLength: z.number().int().positive().default(2000),
    maxClaimsPerDocument: z.number().int().positive().default(5000),
    maxPairs: z.number().int().positive().default(200_000),
  })
  .meta({ id: 'Limits' });

export const BandCutoffsSchema = z.strictObject({
  medium: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});

const ImplicativeSignatureSchema = z.strictObject({
  affirmed: z.boolean().optional().describe('the wrapped event happened when the verb is affirmed'),
  negated: z.boolean().optional().describe('the wrapped event happened when the verb is negated'),
  object: z.boolean().optional().describe("the wrapped event's doer is the verb's object"),
});

const ConverseSideSchema = z.strictObject({
  verb: z.string().describe('verb lemma'),
  other: z.string().describe('the preposition before the other party, or "object"'),
});
const ConversePairSchema = z.strictObject({ a: ConverseSideSchema, b: ConverseSideSchema });

/** Per-call additions to the shipped word lists; each list extends, never replaces, the shipped one. */
export const LexiconExtensionSchema = z
  .strictObject({
    reportingVerbs: z.record(z.string(), ReportingStanceSchema).optional().describe('reporting verb lemma → stance: { "tweet": "reported" }'),
    refusalVerbs: z.array(z.string()).optional().describe('verbs whose complement did not happen: ["stonewall"]'),
    statusVerbs: z.array(z.string()).optional().describe('verbs that state a decision about an inner event: ["ratify"]'),
    pendingVerbs: z.array(z.string()).optional().describe('verbs of an undecided state: ["canvass"]'),
    pendingPhrases: z.array(z.string()).optional().describe('phrases of an undecided state: ["on the table"]'),
    decidedCues: z.array(z.string()).optional().describe('words of a decided state: ["inked"]'),
    persistenceCues: z.array(z.string()).optional().describe('words, as written, saying a state still holds: ["lingers"]'),
    planVerbs: z.array(z.string()).optional().describe('verbs of intending an act not yet done: ["resolve"]'),
    abandonVerbs: z.array(z.string()).optional().describe('verbs that give up a planned act: ["nix"]'),
    awaitVerbs: z.array(z.string()).optional().describe('verbs of waiting for a decision still to come: ["expect"]'),
    opposites: z.array(z.tuple([z.string(), z.string()])).optional().describe('as the top-level opposites option'),
    aliases: z.record(z.string(), z.array(z.string())).optional().describe('as the top-level aliases option'),
    places: z.record(z.string(), z.array(z.string())).optional().describe('container key → place names in it: { "france": ["Brest"] }'),
    implicatives: z
      .record(z.string(), ImplicativeSignatureSchema)
      .optional()
      .describe('implicative verb lemma → whether the wrapped event happened: { "contrive": { "affirmed": true, "negated": false } }'),
    supportVerbs: z.array(z.string()).optional().describe('support verbs that carry an event noun: ["effect"]'),
    converses: z.array(ConversePairSchema).optional().describe('converse verbs and where each puts the other party'),
    attitudeVerbs: z.array(z.string()).optional().describe('verbs of attitude any number of actors may hold at once: ["lament"]'),
    updateCues: z.array(z.string()).optional().describe('word sequences that mark a figure as a later revision: ["subsequently rose"]'),
    textNouns: z.array(z.string()).optional().describe('nouns for something said or written: ["dossier"]'),
    roleTitles: z.record(z.string(), z.array(z.string())).optional().describe('role → titles its holder is named with: { "judge": ["recorder"] }'),
    symmetricVerbs: z.array(z.string()).optional().describe('verbs whose parties may swap with no change of meaning: ["duel"]'),
    upwardChange: z.array(z.string()).optional().describe('verbs of a rise in amount or value: ["swell"]'),
    downwardChange: z.array(z.string()).optional().describe('verbs of a fall in amount or value: ["dwindle"]'),
    incompatibleStates: z
      .array(z.tuple([z.string(), z.array(z.string())]))
      .optional()
      .describe('a state and the states it excludes: [["passable", ["impassable"]]]'),
    hedges: z.record(z.string(), z.number().min(-1).max(0)).optional().describe('hedge → how far it lowers certainty: { "ostensibly": -0.2 }'),
    boosters: z.record(z.string(), z.number().min(0).max(1)).optional().describe('booster → how far it raises certainty: { "indisputably": 0.15 }'),
    refutationCues: z.array(z.string()).optional().describe("words by which the writer calls a claim untrue: [\"canard\"]"),
    countedNounGroups: z
      .array(z.array(z.string()).min(2))
      .optional()
      .describe('groups of counted nouns that count the same individuals: [["mourner", "mourners", "attendee"]]'),
    peopleNouns: z.array(z.string()).optional().describe('nouns that count people in general: ["soul"]'),
    generalNouns: z.array(z.string()).optional().describe('general nouns that may refer back to anyone of their kind: ["fellow"]'),
    singleHolderOffices: z.array(z.string()).optional().describe('offices one person holds at a time in one place: ["harbourmaster"]'),
    thatVerbs: z.array(z.string()).optional().describe('reporting verbs that report a clause only with an explicit "that": ["divulge"]'),
    addressees: z.array(z.string()).optional().describe('who is told, after "told": ["constituents"]'),
    sourceNouns: z.array(z.string()).optional().describe('nouns that head an unnamed source: ["whistleblower"]'),
    intentionWords: z.array(z.string()).optional().describe('words of intention, as written, that pass their polarity to the verb they govern: ["resolves", "resolved"]'),
    phrasalVerbs: z
      .record(z.string().regex(/^\S+ \S+$/, 'a verb lemma and its particle, one space apart'), z.string())
      .optional()
      .describe('phrasal verb → the single verb it means: { "kick off": "begin" }'),
    onsetVerbs: z.array(z.string()).optional().describe('verb forms, as written, naming an event\'s onset before "on"/"in" and a date: ["flared", "sparked off"]'),
    forecastWords: z.array(z.string()).optional().describe('words, as written, that make a claim a forecast: ["prognosticated"]'),
    happeningVerbs: z.array(z.string()).optional().describe('verb lemmas (or "verb noun") saying only that an event happened or was held: ["convene"]'),
    outcomeFrames: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('outcome frame → lemmas that name it, added to the frame\'s list: { "injury": ["maul"], "eviction": ["evict"] }'),
    processOutcomes: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('verb of a process → verbs of its outcomes, added to its list: { "arbitrate": ["award"] }'),
    openDecisions: z.array(z.string()).optional().describe('verbs of a decision still open: ["adjudicate"]'),
    decisionNouns: z.array(z.string()).optional().describe('nouns of a decision: ["determination"]'),
    outletWords: z.array(z.string()).optional().describe('words that make a capitalised name a news outlet\'s: ["clarion"]'),
  })
  .meta({ id: 'LexiconExtension' });
export type { LexiconExtension } from './types.js';

/**
 * Options for every public call. Caller data (aliases, opposites, reliability) is per call, never global.
 * Strict: an unknown key is a typo, and ignoring it would silently run with the defaults.
 */
export const OptionsSchema = z
  .strictObject({
    aliases: z
      .record(z.string(), z.array(z.string()))
      .default({})
      .describe('canonical actor → other names: { "russia": ["kremlin", "moscow", "putin"] }'),
    opposites: z
      .array(z.tuple([z.string(), z.string()]))
      .default([])
      .describe('extra pairs of opposing predicate lemmas: [["approve", "veto"]]'),
    lexicon: LexiconExtensionSchema.optional().describe('per-call additions to the shipped word lists'),
    reliability: z
      .record(z.string(), z.number().min(0).max(1))
      .default({})
      .describe('reliability by outlet name or source id, overriding the default by kind'),
    weights: z.record(z.string(), z.number()).optional().describe('override score weights by factor name'),
    bands: BandCutoffsSchema.optional().describe('override the band cut-offs'),
    minMatch: z.number().min(0).max(1).optional().describe('minimum same-event match to compare two claims'),
    referenceDate: IsoDateSchema.optional().describe('resolves relative dates when a document has no publishedAt'),
    limits: LimitsSchema.default(LimitsSchema.parse({})),
  })
  .meta({ id: 'Options' });
export type { OptionsInput } from './types.js';
export type { Options } from './types.js';
