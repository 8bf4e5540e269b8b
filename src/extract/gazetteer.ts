import { derived, type Lexicon } from '../lexicon/index.js';
import type { Place } from '../model/claim.js';
import { tokenize } from '../segment/tokens.js';
import { COUNTRIES_BY_CONTINENT, EXTRA_CONTAINMENT, PLACE_ALIASES, REGIONS } from '../lexicon/places.js';
import { CITIES, DIVISIONS } from '../lexicon/places-subnational.js';
import { ADMIN_DIVISIONS } from '../lexicon/places-admin.js';

/** One surface form of a gazetteer place. */
export interface GazetteerName {
  key: string;
  /** Set for all-capitals aliases ("US"): the text must be exactly this. */
  exact?: string;
  /** A name only the generated list of administrative divisions gives ("Mary", a province of Turkmenistan). */
  division?: true;
}

/** The gazetteer built once: surface token sequences → place, and each key's containers (nearest first). */
export interface Gazetteer {
  names: ReadonlyMap<string, GazetteerName>;
  /** First token of any name → the most tokens a name starting with it has. */
  firsts: ReadonlyMap<string, number>;
  within: ReadonlyMap<string, readonly string[]>;
}

const ASCII = /^[\x00-\x7f]*$/;

/** "St. Petersburg" → "st-petersburg"; accents folded so "São Paulo" → "sao-paulo". */
export function placeKey(name: string): string {
  return (ASCII.test(name) ? name : name.normalize('NFKD'))
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The same place, or one inside the other by the gazetteer's containment ("Istanbul" is within "Turkey"). */
export function samePlaceOrWithin(x: Place, y: Place): boolean {
  return x.key === y.key || x.within.includes(y.key) || y.within.includes(x.key) || shortFormOf(x.key, y.key) || shortFormOf(y.key, x.key);
}

/**
 * Links of an English place name's distinguishing affix ("Bowness-on-Windermere", "Stratford-upon-Avon",
 * "Chester-le-Street", "Wells-next-the-Sea"): the name before the affix is the same place in running copy.
 */
const AFFIX_LINKS: ReadonlySet<string> = new Set(['on', 'upon', 'under', 'by', 'in', 'le', 'next']);

/** "bowness" / "bowness-on-windermere": the first is the second's name without its affix. */
function shortFormOf(short: string, long: string): boolean {
  return long.length > short.length + 1 && long.startsWith(short + '-') && AFFIX_LINKS.has(long.slice(short.length + 1).split('-')[0]!);
}

/** Plain letter words split by single spaces: `tokenize` would give exactly these words (most gazetteer names). */
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** The token sequence `tokenize` gives for a name, lower-cased and joined by spaces. */
export function surfaceKey(name: string): string {
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  return tokenize(name).map((t) => t.lower).join(' ');
}

/** The shipped gazetteer plus the caller's places (container key → names it contains). */
export function buildGazetteer(extra: Readonly<Record<string, readonly string[]>> = {}): Gazetteer {
  const names = new Map<string, GazetteerName>();
  const parents = new Map<string, Set<string>>();
  const contain = (key: string, parent: string) => (parents.get(key) ?? parents.set(key, new Set()).get(key)!).add(parent);
  const register = (written: string, containers: readonly string[], division = false) => {
    const [name, ownKey] = written.split('=') as [string, string | undefined];
    const key = ownKey ?? placeKey(name);
    const surface = surfaceKey(name);
    if (!names.has(surface)) names.set(surface, isAcronym(name) ? { key, exact: name } : division ? { key, division } : { key });
    for (const parent of containers) contain(key, parent);
    if (!parents.has(key)) parents.set(key, new Set());
  };
  for (const [name, containers] of REGIONS) register(name, containers);
  for (const [continent, countries] of Object.entries(COUNTRIES_BY_CONTINENT)) for (const c of countries) register(c, [continent]);
  for (const [region, members] of Object.entries(EXTRA_CONTAINMENT)) for (const m of members) contain(m, region);
  for (const [key, aliases] of Object.entries(PLACE_ALIASES)) for (const a of aliases) register(`${a}=${key}`, []);
  for (const [container, list] of Object.entries(DIVISIONS)) for (const d of list) register(d, [container]);
  for (const [container, list] of Object.entries(CITIES)) for (const c of list) register(c, [container]);
  // The generated divisions come last: a key already placed (a city of the same name) keeps its containers.
  for (const [country, list] of Object.entries(ADMIN_DIVISIONS)) for (const d of list) if (!parents.has(placeKey(d))) register(d, [country], true);
  for (const [container, list] of Object.entries(extra)) for (const c of list) register(c, [placeKey(container)]);
  const firsts = new Map<string, number>();
  for (const surface of names.keys()) {
    const words = surface.split(' ');
    firsts.set(words[0]!, Math.max(firsts.get(words[0]!) ?? 0, words.length));
  }
  const within = new Map<string, readonly string[]>();
  for (const key of parents.keys()) within.set(key, ancestors(key, parents));
  return { names, firsts, within };
}

function isAcronym(name: string): boolean {
  return name === name.toUpperCase() && /\p{Lu}/u.test(name);
}

/** Every container of key, breadth first (nearest first), each once. */
function ancestors(key: string, parents: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const out: string[] = [];
  const seen = new Set([key]);
  const queue = [key];
  for (let i = 0; i < queue.length; i++) {
    for (const parent of parents.get(queue[i]!) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      out.push(parent);
      queue.push(parent);
    }
  }
  return out;
}

/** Built on first use, not at import. */
let shippedGazetteer: Gazetteer | undefined;

/** The gazetteer of one call's lexicon: the shipped one unless the caller added places. */
export function gazetteerOf(lexicon: Lexicon): Gazetteer {
  if (Object.keys(lexicon.places).length > 0) return derived(lexicon, withCallerPlaces);
  return (shippedGazetteer ??= buildGazetteer());
}

const withCallerPlaces = (lexicon: Lexicon): Gazetteer => buildGazetteer(lexicon.places);
