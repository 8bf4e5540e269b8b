/**
 * Collective nouns whose size is given by an "of" phrase with a bare number: "a crowd of 85,000", "an audience of
 * 2,000", "a workforce of 1,200". The number counts the group's members, so the group noun is what is counted.
 * Source: WordNet 3.1 hyponyms of social_group n.01 and gathering n.01 used of people with a size (crowd n.01,
 * audience n.01, congregation n.02, workforce n.01, crew n.01, contingent n.01, delegation n.01, turnout n.02), and
 * Quirk et al. (1985) § 5.108, collective nouns. Lower case.
 */
export const COLLECTIVE_NOUNS: readonly string[] = [
  'crowd',
  'audience',
  'attendance',
  'turnout',
  'gathering',
  'congregation',
  'workforce',
  'crew',
  'contingent',
  'delegation',
];

/**
 * Collective nouns for a body of people who act together (Quirk et al. 1985 § 5.108: committee, jury, team, board,
 * crew, staff, council, with panel, squad and unit): named by what they do ("the judging panel", "the rescue team"),
 * they are the people who do it ("judges", "rescuers").
 */
export const BODY_NOUNS: readonly string[] = ['committee', 'jury', 'team', 'board', 'crew', 'staff', 'council', 'panel', 'squad', 'unit'];
