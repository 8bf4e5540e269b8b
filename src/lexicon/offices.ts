/**
 * Offices held by one person at a time in one place, so that "the mayor" and "the fire chief" of one story are two
 * people: quotes credited to each are credited to two speakers. Head nouns, lower-case.
 *
 * Source: the formal titles of the AP Stylebook "titles" entry (mayor, governor, president, premier, prime minister,
 * chancellor, chief, sheriff, coroner, pope, king, queen) and the single-holder offices of local government in
 * Merriam-Webster's definitions ("mayor: an official elected to act as chief executive of a city").
 */
export const SINGLE_HOLDER_OFFICES: readonly string[] = [
  'mayor', 'governor', 'president', 'premier', 'chancellor', 'chief', 'sheriff', 'coroner', 'pope', 'king', 'queen',
  'captain', 'coach', 'chairman', 'chairwoman', 'chairperson', 'headmaster', 'headteacher', 'principal', 'warden',
];
