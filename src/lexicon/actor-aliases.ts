import { nullPrototype } from '../model/records.js';
import { HEADS_OF_STATE, UNION_LEADERS } from './heads-of-state.js';
import { ORGANISATION_NAMES } from './organisation-names.js';
import { COUNTRIES_BY_CONTINENT } from './places.js';

/**
 * Actor aliases: a state, its capital used as metonym, its government and its leaders name one actor.
 * Sources: country names from the gazetteer (places.ts, UN M49 list), capitals and seats of government used as
 * metonyms for the most reported states (AP Stylebook: "Washington", "the Kremlin", "Downing Street"), and the heads of
 * state and government in heads-of-state.ts. Keys are canonical actor keys (the gazetteer's country keys); values are
 * lower-case surface forms.
 */
export const STATE_NAMES: Readonly<Record<string, readonly string[]>> = nullPrototype({
  russia: ['russia', 'russian', 'moscow', 'kremlin', 'the kremlin', 'russian government', 'russian federation'],
  ukraine: ['ukraine', 'ukrainian', 'kyiv', 'kiev', 'ukrainian government'],
  'united-states': ['united states', 'u.s.', 'usa', 'america', 'american', 'washington', 'white house', 'the white house'],
  'united-kingdom': ['united kingdom', 'u.k.', 'uk', 'britain', 'british', 'london', 'downing street'],
  china: ['china', 'chinese', 'beijing', 'prc'],
  france: ['france', 'french', 'paris', 'elysee', 'élysée'],
  germany: ['germany', 'german', 'berlin'],
  turkey: ['turkey', 'turkish', 'türkiye', 'ankara'],
  israel: ['israel', 'israeli', 'jerusalem'],
  iran: ['iran', 'iranian', 'tehran'],
  'north-korea': ['north korea', 'north korean', 'pyongyang'],
  'south-korea': ['south korea', 'south korean', 'seoul'],
  japan: ['japan', 'japanese', 'tokyo'],
  india: ['india', 'indian', 'new delhi'],
  'european-union': ['european union', 'eu', 'brussels', 'european commission'],
  'saudi-arabia': ['saudi arabia', 'saudi', 'riyadh'],
});

/** "Sao Tome and Principe" → "sao-tome-and-principe": the gazetteer's key for an ASCII country name. */
function countryKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function merge(): Record<string, readonly string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, forms: readonly string[]) => (out[key] ??= []).push(...forms.filter((f) => !out[key]!.includes(f)));
  for (const countries of Object.values(COUNTRIES_BY_CONTINENT)) for (const name of countries) add(countryKey(name), [name.toLowerCase()]);
  for (const [key, forms] of Object.entries(STATE_NAMES)) add(key, forms);
  for (const [key, forms] of Object.entries(ORGANISATION_NAMES)) add(key, forms);
  for (const table of [HEADS_OF_STATE, UNION_LEADERS]) for (const [key, people] of Object.entries(table)) add(key, people.flat());
  return out;
}

/** Every actor: each gazetteer country under its name, its metonyms where listed, and its leaders; organisations by their names. */
export const ACTOR_ALIASES: Readonly<Record<string, readonly string[]>> = merge();

/** Every name of a leader → the leader's full name: two leaders of one state are one actor but two speakers. */
export function leaderNames(): Map<string, string> {
  const out = new Map<string, string>();
  for (const table of [HEADS_OF_STATE, UNION_LEADERS]) {
    for (const people of Object.values(table)) for (const names of people) for (const name of names) out.set(name, names[0]!);
  }
  return out;
}
