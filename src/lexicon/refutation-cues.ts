/**
 * Words that call a report untrue or fabricated, or take it back: what a debunking text says of a claim.
 * Sources: WordNet 3.1 synsets {false, untrue}, {bogus, fake, phony, phoney, sham, spurious}, {hoax, fraud, put-on},
 * {fabrication, fiction}, {baseless, groundless, unfounded}, {deny, refute, rebut, disprove, debunk, discredit},
 * {retract, take back}, {rumor, rumour, hearsay}, {misinformation, disinformation}, {doubt, dispute}; the same
 * headwords in Merriam-Webster. Compared by Porter stem, so inflections ("denied", "debunks") count.
 */
export const REFUTATION_WORDS: readonly string[] = [
  'false', 'falsely', 'untrue', 'bogus', 'fake', 'faked', 'phony', 'phoney', 'sham', 'spurious', 'hoax', 'fraud',
  'fraudulent', 'fabricated', 'fabrication', 'fiction', 'baseless', 'groundless', 'unfounded', 'deny', 'denial',
  'refute', 'rebut', 'disprove', 'debunk', 'discredit', 'retract', 'retraction', 'rumor', 'rumour', 'hearsay',
  'misinformation', 'disinformation', 'misleading', 'doubt', 'dispute', 'myth', 'satire', 'satirical', 'prank',
];
