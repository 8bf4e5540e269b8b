/**
 * Actor aliases: a state, its capital used as metonym, its government and its leader name one actor.
 * Sources: country and capital names (UN member states list), heads of state and government as of 2025
 * (general reference works). Keys are canonical actor keys; values are lower-case surface forms.
 */
export const ACTOR_ALIASES: Readonly<Record<string, readonly string[]>> = {
  russia: ['russia', 'russian', 'moscow', 'kremlin', 'the kremlin', 'putin', 'vladimir putin', 'russian government', 'russian federation'],
  ukraine: ['ukraine', 'ukrainian', 'kyiv', 'kiev', 'zelenskyy', 'zelensky', 'volodymyr zelenskyy', 'ukrainian government'],
  'united-states': ['united states', 'u.s.', 'usa', 'america', 'american', 'washington', 'white house', 'the white house'],
  'united-kingdom': ['united kingdom', 'u.k.', 'uk', 'britain', 'british', 'london', 'downing street'],
  china: ['china', 'chinese', 'beijing', 'prc'],
  france: ['france', 'french', 'paris', 'elysee', 'élysée'],
  germany: ['germany', 'german', 'berlin'],
  turkey: ['turkey', 'turkish', 'türkiye', 'ankara', 'erdogan', 'erdoğan'],
  israel: ['israel', 'israeli', 'jerusalem'],
  iran: ['iran', 'iranian', 'tehran'],
  'north-korea': ['north korea', 'north korean', 'pyongyang'],
  'south-korea': ['south korea', 'south korean', 'seoul'],
  japan: ['japan', 'japanese', 'tokyo'],
  india: ['india', 'indian', 'new delhi'],
  'european-union': ['european union', 'eu', 'brussels', 'european commission'],
  'saudi-arabia': ['saudi arabia', 'saudi', 'riyadh'],
};
