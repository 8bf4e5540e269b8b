import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { HONORIFICS } from '../lexicon/honorifics.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { SINGLE_HOLDER_OFFICES } from '../lexicon/offices.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { ROLE_TITLES } from '../lexicon/role-titles.js';

/**
 * Two people who share a family name: "Serena Williams" and "Venus Williams" are two, though both phrases end in
 * "Williams" (and so share an actor key). A full name's given name tells its bearer apart; "Williams" alone, "Ms.
 * Williams", "President Williams" or "S. Williams" name no other given name, and may be either.
 */

/** Words before a family name that are no given name: titles, offices and roles ("Judge Hale", "Coach Reyes"). */
const NOT_GIVEN: ReadonlySet<string> = new Set([
  // "The Delta" / "The Ebro Delta": a sentence-initial article is capitalised too.
  'the', 'a', 'an', ...HONORIFICS, ...TITLE_ABBREVIATIONS, ...SINGLE_HOLDER_OFFICES, ...ROLE_NOUNS, ...Object.values(ROLE_TITLES).flat(),
].map((w) => w.replace(/\.$/, '')));
const PARTICLE: ReadonlySet<string> = new Set(NAME_PARTICLES);
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE = /['’]s?$/;

interface FullName {
  given: string;
  family: string;
  /** The capitalised name words before the family name, first to last ("Igor Nerin" in "Igor Nerin Volkov"). */
  forenames: readonly string[];
}

/** Full names by phrase: the actor detector asks of the same few actor phrases on every pair; bounded against a stream of distinct ones. */
const fullNames = new Map<string, FullName | null>();
const MAX_PHRASES = 50_000;

/** The given and family name at the end of a phrase ("the champion Serena Williams"), when it ends in a full name. */
function fullName(phrase: string): FullName | undefined {
  const known = fullNames.get(phrase);
  if (known !== undefined) return known ?? undefined;
  if (fullNames.size >= MAX_PHRASES) fullNames.clear();
  const found = readFullName(phrase);
  fullNames.set(phrase, found ?? null);
  return found;
}

function readFullName(phrase: string): FullName | undefined {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(POSSESSIVE, ''));
  const family = words.at(-1);
  if (family === undefined || !CAPITALISED.test(family)) return undefined;
  // "Ludwig van Beethoven": a lower-case particle belongs to the family name.
  let k = words.length - 2;
  while (k >= 0 && PARTICLE.has(words[k]!)) k--;
  const given = words[k];
  if (given === undefined || !CAPITALISED.test(given)) return undefined;
  const bare = given.toLowerCase().replace(/\.$/, '');
  if (NOT_GIVEN.has(bare)) return undefined;
  // Middle names and initials: capitalised words before the given name, up to a title, role or article.
  let first = k;
  while (first > 0 && CAPITALISED.test(words[first - 1]!) && !NOT_GIVEN.has(words[first - 1]!.toLowerCase().replace(/\.$/, ''))) first--;
  const forenames = words.slice(first, k + 1).map((w) => w.toLowerCase().replace(/\.$/, ''));
  return { given: bare, family: words.slice(k + 1).join(' ').toLowerCase(), forenames };
}

/**
 * "Igor Nerin Volkov" / "Igor Volkov": a name of given and family name only, whose given name opens the other's
 * forenames, is the longer name with its middle names left out.
 */
function middleNamesLeftOut(x: FullName, y: FullName): boolean {
  const [short, long] = x.forenames.length <= y.forenames.length ? [x, y] : [y, x];
  return short.forenames.length === 1 && long.forenames.length > 1 && compatibleGiven(short.given, long.forenames[0]!);
}

/** One given name written shorter: an initial ("S." / "Serena") or a clipped form ("Alex" / "Alexander"). */
function compatibleGiven(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(short);
}

/** Two full names with one family name and two given names: two people ("Serena Williams" / "Venus Williams"). */
export function twoBearersOfOneName(x: string, y: string): boolean {
  const [nx, ny] = [fullName(x), fullName(y)];
  return nx !== undefined && ny !== undefined && nx.family === ny.family && !compatibleGiven(nx.given, ny.given) && !middleNamesLeftOut(nx, ny);
}
