/**
 * Verbs of saying and thinking that report in the passive with a "to" infinitive ("is said to be ill", "is believed
 * to have fled"): the subject is raised out of the reported clause. Verbs of directing ("was told to leave", "was
 * called to testify", "was asked to resign") take the same shape but report no proposition.
 * Source: Quirk et al. (1985), A Comprehensive Grammar of the English Language, § 16.52 (passive with raised
 * subject: "verbs of cognition and reporting") and § 3.72 note; Huddleston & Pullum (2002) ch. 14 § 5.3.
 */
export const RAISING_VERBS: readonly string[] = [
  'acknowledge', 'allege', 'assume', 'believe', 'consider', 'declare', 'deem', 'estimate', 'expect', 'fear', 'feel',
  'find', 'know', 'presume', 'reckon', 'report', 'rumour', 'rumor', 'say', 'show', 'suppose', 'suspect', 'think',
  'understand',
];
