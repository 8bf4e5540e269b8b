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
