/**
 * Head nouns of a role a person holds, so that an appositive "Ana Ruiz, the mayor of Vigo," states that Ana Ruiz is
 * the mayor of Vigo. Lower-case, singular.
 *
 * Sources: the formal and occupational titles of the AP Stylebook "titles" entry (offices, military and religious
 * titles, "spokesman"), the major occupation groups of the US Standard Occupational Classification (2018) as news
 * names them (executive, manager, lawyer, scientist, teacher, journalist, athlete), and the direct hyponyms of
 * WordNet 3.0 relative.n.01 used in apposition (son, daughter, wife, husband, father, mother, brother, sister, widow; grandson,
 * niece, cousin, uncle, aunt and the step- and in-law kin).
 */
/** Kin (WordNet 3.0 relative.n.01 and its hyponyms used in apposition): a relation between two people, never a body and its agent. */
export const KIN_NOUNS: readonly string[] = [
  'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'widow', 'widower',
  'grandson', 'granddaughter', 'grandchild', 'grandfather', 'grandmother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt',
  'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law',
];

export const ROLE_NOUNS: readonly string[] = [
  // offices and public roles
  'mayor', 'governor', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'mp', 'councillor', 'councilman', 'councilwoman', 'commissioner',
  'ambassador', 'envoy', 'diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'aide', 'deputy', 'candidate', 'sheriff', 'coroner', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess',
  'emperor', 'pope', 'bishop', 'archbishop', 'cardinal', 'priest', 'rabbi', 'imam',
  // organisations
  'chairman', 'chairwoman', 'chairperson', 'chair', 'treasurer', 'director', 'executive', 'chief', 'head', 'leader', 'founder',
  'co-founder', 'owner', 'manager', 'partner', 'member', 'employee', 'ceo',
  // military and law
  'commander', 'general', 'colonel', 'admiral', 'captain', 'officer', 'soldier', 'judge', 'prosecutor', 'lawyer',
  'attorney', 'detective', 'suspect', 'victim',
  // professions
  'professor', 'scientist', 'researcher', 'economist', 'analyst', 'physicist', 'chemist', 'historian', 'doctor',
  'surgeon', 'physician', 'nurse', 'teacher', 'engineer', 'architect', 'pilot', 'journalist', 'reporter', 'editor',
  'correspondent', 'author', 'writer', 'novelist', 'poet', 'composer', 'artist', 'painter', 'actor', 'actress',
  'singer', 'musician', 'producer', 'inventor', 'player', 'coach', 'champion', 'athlete',
  ...KIN_NOUNS,
];
