/**
 * Outcomes of one event that exclude each other: each entry lists the alternative ways one event can end, each
 * alternative as verb or noun lemmas; one event told as ending one way and as ending another is a clash.
 *
 * Sources: FrameNet 1.7 — Make_agreement_on_action (agree, agreement, deal, accord, settlement) against the failed
 * Discussion that FrameNet lexicalises as collapse.v / breakdown.n and WordNet 3.1's deadlock, impasse ("a situation
 * in which no progress can be made"); Landing_and_takeoff (land, touch down) against Impact (crash); WordNet 3.1's
 * net_income.n.01 (profit) with Merriam-Webster's antonym loss, and the WordNet antonyms surplus / deficit.
 */
export const EXCLUSIVE_OUTCOMES: readonly (readonly (readonly string[])[])[] = [
  [['agree', 'agreement', 'deal', 'accord', 'settlement'], ['collapse', 'breakdown', 'failure', 'deadlock', 'impasse']],
  [['profit', 'surplus'], ['loss', 'deficit']],
  [['land'], ['crash']],
];

/**
 * Verbs that report an outcome named by their object or by an "in" phrase: NomBank's support verbs for results
 * ("posted a profit", "recorded a loss", "reached a deal", "suffered a loss") and the verbs of culmination that FrameNet's
 * Process_end lists with a result ("ended in agreement", "resulted in a deadlock").
 */
export const OUTCOME_CARRIERS: readonly string[] = [
  'post', 'report', 'record', 'book', 'announce', 'suffer', 'turn', 'make', 'reach', 'strike', 'end', 'result', 'conclude',
];

/** Who undergoes a fate: the verb's subject ("the coach resigned") or its object ("the club sacked the coach"). */
export type FateRole = 'subject' | 'object';

/** One way a fate can go: its verb lemmas and where the thing it befalls stands. */
export interface FateAlternative { readonly lemmas: readonly string[]; readonly undergoer: FateRole }

/**
 * Fates of one thing that exclude each other: a post-holder leaves by choice or is removed (FrameNet 1.7 Quitting:
 * quit, resign, step down, retire; against Firing: fire, dismiss, sack, oust, axe, remove); an event is called off or
 * moved to another time (WordNet 3.1 cancel v.01 "call off" against postpone v.01 "hold back to a later time": postpone,
 * defer, delay, reschedule, put off); a measure is ended or kept on (WordNet 3.1 lift v.11 "put an end to", revoke,
 * rescind, repeal, scrap; against extend / prolong v.01 "lengthen in time", renew). `kind` is the conflict's kind: a
 * deferred event against a cancelled one is a status (pending against definitive); the others are opposite acts.
 */
export const EXCLUSIVE_FATES: readonly { readonly kind: 'opposition' | 'status'; readonly alternatives: readonly FateAlternative[] }[] = [
  {
    kind: 'opposition',
    alternatives: [
      { lemmas: ['resign', 'quit', 'retire'], undergoer: 'subject' },
      { lemmas: ['fire', 'dismiss', 'sack', 'oust', 'axe'], undergoer: 'object' },
    ],
  },
  {
    kind: 'status',
    alternatives: [
      { lemmas: ['cancel', 'scrap', 'abandon'], undergoer: 'object' },
      { lemmas: ['postpone', 'defer', 'delay', 'reschedule'], undergoer: 'object' },
    ],
  },
  {
    kind: 'opposition',
    alternatives: [
      { lemmas: ['lift', 'revoke', 'rescind', 'repeal'], undergoer: 'object' },
      { lemmas: ['extend', 'prolong', 'renew'], undergoer: 'object' },
    ],
  },
];
