/**
 * Groups of counted nouns that name the same thing in news counts ("fans" and "spectators" at one match),
 * so "52,000 fans" and "50,000 spectators" are compared. Nouns are lower-case, singular and plural both.
 *
 * Sources: synonym sets of WordNet 3.1 (Princeton University) for these senses, and the Merriam-Webster
 * Thesaurus; only groups whose members count the same individuals are listed.
 */
export const COUNTED_NOUN_GROUPS: readonly (readonly string[])[] = [
  ['fan', 'fans', 'spectator', 'spectators', 'supporter', 'supporters', 'attendee', 'attendees', 'crowd'],
  ['people', 'person', 'persons', 'individual', 'individuals'],
  ['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'marcher', 'marchers'],
  ['death', 'deaths', 'dead', 'fatality', 'fatalities', 'victim', 'victims'],
  ['injury', 'injuries', 'injured', 'wounded', 'casualty', 'casualties'],
  ['soldier', 'soldiers', 'troop', 'troops', 'servicemember', 'servicemembers'],
  ['house', 'houses', 'home', 'homes', 'dwelling', 'dwellings'],
  ['building', 'buildings', 'structure', 'structures'],
  ['child', 'children', 'kid', 'kids', 'minor', 'minors'],
  ['worker', 'workers', 'employee', 'employees', 'staff', 'staffer', 'staffers'],
  ['vote', 'votes', 'ballot', 'ballots'],
  ['migrant', 'migrants', 'refugee', 'refugees', 'asylum seeker', 'asylum seekers'],
  ['vehicle', 'vehicles', 'car', 'cars'],
  // WordNet position n.06 {position, post, berth, office, spot, billet, place, situation} "a job in an organization",
  // with "job" from its hypernym {occupation, business, job}: the members that count posts in news copy, both numbers.
  ['job', 'jobs', 'post', 'posts', 'position', 'positions'],
  // WordNet 3.1 sailor n.01 {sailor, crewman} "any member of a ship's crew", and its plural forms.
  ['sailor', 'sailors', 'crewman', 'crewmen', 'crew member', 'crew members'],
];

/**
 * Nouns that count people in general, whatever they did ("14 people", "five others"): WordNet 3.1's person.n.01 with
 * its plural "people", and the general nouns man, woman, child, adult and other used as heads of news counts.
 */
export const PEOPLE_NOUNS: readonly string[] = ['people', 'person', 'individual', 'man', 'men', 'woman', 'women', 'child', 'children', 'adult', 'other', 'others'];
