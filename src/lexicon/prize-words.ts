/**
 * Prizes and how they pass to a winner. Sources: FrameNet 1.7, frame Win_prize (win.v, its Prize and Competitor) and
 * frame Giving (give.v, present.v, award.v, hand.v; "go to" as the Theme's passing to the Recipient); the prize nouns
 * are WordNet 3.1's hyponyms of award.n.02 ("a tangible symbol signifying approval or distinction": prize, trophy,
 * medal, cup, plate, shield, crown, rosette, ribbon) with "title", "award" itself and the things a contest or tender
 * awards (contract, scholarship, bursary, franchise).
 */

/** Heads of the things a contest or a tender gives its winner. */
export const PRIZE_NOUNS: readonly string[] = [
  'prize', 'award', 'trophy', 'medal', 'cup', 'plate', 'shield', 'crown', 'rosette', 'ribbon', 'title', 'contract',
  'scholarship', 'bursary', 'franchise', 'jackpot',
];

/** Verbs whose subject wins the prize that is their object ("won the prize", "claimed the title", "took the trophy"). */
export const WINNING_VERBS: readonly string[] = ['win', 'claim', 'take', 'scoop', 'land', 'secure', 'clinch'];

/** Verbs that pass a prize to a winner named after "to" ("went to", "was awarded to", "was presented to"). */
export const CONFERRING_VERBS: readonly string[] = ['go', 'award', 'give', 'present', 'hand'];
