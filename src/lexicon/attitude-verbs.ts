/**
 * Verbs of attitude and judgement: any number of actors can hold or voice them at once ("France welcomed the
 * deal" and "Germany welcomed the deal" are both true), so different actors of such a verb do not dispute who did
 * it. Reporting verbs (reporting-verbs.ts) are of the same kind and count too.
 *
 * Source: Levin, "English Verb Classes and Alternations" (1993): § 31.2 admire verbs and § 33 judgment verbs,
 * with British spellings, plus the endorsement verbs of the same kind (welcome, endorse, back, oppose, object).
 */
export const ATTITUDE_VERBS: readonly string[] = [
  // § 31.2 admire verbs
  'admire', 'adore', 'appreciate', 'deplore', 'despise', 'detest', 'dislike', 'distrust', 'enjoy', 'envy', 'fear',
  'hate', 'lament', 'like', 'loathe', 'love', 'mourn', 'pity', 'regret', 'resent', 'respect', 'support', 'tolerate',
  'trust', 'value',
  // § 33 judgment verbs
  'acclaim', 'applaud', 'berate', 'blame', 'castigate', 'censure', 'chide', 'commend', 'compliment', 'condemn',
  'congratulate', 'criticize', 'criticise', 'decry', 'denounce', 'deride', 'disparage', 'fault', 'hail', 'lambaste',
  'laud', 'mock', 'praise', 'rebuke', 'reprimand', 'reproach', 'ridicule', 'salute', 'scold', 'scorn', 'thank',
  // endorsement and objection
  'welcome', 'endorse', 'back', 'oppose', 'object',
];

/**
 * Verbs of lasting states and memberships: any number of people hold them at once ("Ruiz works for the ministry" and
 * "Holt works for the ministry" are both true), so different actors do not dispute who did it. Source: Vendler,
 * "Verbs and times" (1957), state terms; Levin (1993) § 47.1 (exist verbs: live, reside, dwell).
 */
export const SHARED_STATE_VERBS: readonly string[] = ['work', 'live', 'reside', 'dwell', 'belong', 'serve', 'study', 'know', 'believe'];
