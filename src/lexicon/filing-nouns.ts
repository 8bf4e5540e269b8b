/**
 * Nouns for a request filed on someone's behalf (FrameNet 1.7's Request and Submitting_documents frames: petition,
 * appeal, application, motion, complaint, claim, bid; and Legal lexicon "suit", "lawsuit"): "the suit seeks $5
 * million" speaks for those who filed it, so it is no rival doer to "the families are seeking $5 million".
 */
export const FILING_NOUNS: readonly string[] = [
  'suit', 'lawsuit', 'petition', 'appeal', 'application', 'motion', 'complaint', 'claim', 'bid', 'request', 'filing',
];
