/**
 * Verbs that credit a quoted label or description to their subject: "She called the plan 'reckless'", "He described
 * the deal as 'a betrayal'", "The mayor hailed the vote as 'historic'". Levin, English Verb Classes and Alternations
 * (1993), § 29.3 "dub verbs" (the members used with a quoted label: call, dub, label, term, brand) and § 29.2
 * "characterize verbs" (the members used with a quoted "as" phrase: describe, characterize, portray, depict, hail,
 * praise). Lemmas; British spellings beside the American.
 */
export const LABEL_VERBS: readonly string[] = [
  'call',
  'dub',
  'label',
  'term',
  'brand',
  'describe',
  'characterize',
  'characterise',
  'portray',
  'depict',
  'hail',
  'praise',
];

/**
 * Nouns of what someone said, which credit a quote after a colon to their possessor: "Elsie Marr's response: '…'",
 * "Her reply was blunt: '…'". FrameNet 1.7's Statement and Communication_response frames (response, reply, answer,
 * retort, comment, remark, statement, explanation, message, verdict) and the noun "words".
 */
export const SPEECH_NOUNS: readonly string[] = ['response', 'reply', 'answer', 'retort', 'comment', 'remark', 'statement', 'explanation', 'message', 'verdict', 'words'];
