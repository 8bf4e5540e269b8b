/**
 * Verbs that take two objects, the recipient first and the thing given second ("offered the coalition a new
 * capability", "was handed the bill"): the dative alternation of Levin, English Verb Classes and Alternations (1993),
 * § 2.1, in its classes 13.1 (give), 13.3 (future having), 11.1 (send) and 37.1 (transfer of a message). Lemmas.
 */
export const DATIVE_VERBS: readonly string[] = [
  // 13.1 give verbs
  'feed', 'give', 'lease', 'lend', 'loan', 'pass', 'pay', 'refund', 'rent', 'repay', 'sell', 'serve', 'trade',
  // 13.3 verbs of future having
  'advance', 'allocate', 'allot', 'assign', 'award', 'bequeath', 'cede', 'grant', 'guarantee', 'issue', 'offer',
  'owe', 'promise', 'yield',
  // 11.1 send verbs
  'forward', 'hand', 'mail', 'post', 'send', 'ship',
  // 37.1 verbs of transfer of a message
  'ask', 'read', 'show', 'teach', 'tell', 'write',
  // withholding: ditransitive as "give" is (Quirk et al. 1985, ch. 16, ditransitive complementation: "refused him a
  // permit", "was denied bail"), the recipient first
  'deny', 'refuse',
];
