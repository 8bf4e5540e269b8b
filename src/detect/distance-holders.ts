import type { Claim, Quantity } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { APPROXIMATORS, DISTANCE_PARTICLES } from '../lexicon/distance-words.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { verbLemma } from '../relate/lemma.js';
import { sameName } from './actor.js';
import { maybeCoreferent } from './referents.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

const PARTICLES: ReadonlySet<string> = new Set(DISTANCE_PARTICLES);
const APPROXIMATOR_WORDS: ReadonlySet<string> = new Set(APPROXIMATORS);

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** The distance just before `q` in the claim, when only its place phrase and a coordinator stand between them. */
function coordinatedDistance(claim: Claim, q: Quantity): Quantity | undefined {
  const earlier = claim.quantities.filter((o) => o !== q && o.span.end <= q.span.start && isDistance(claim, o));
  const last = earlier.sort((x, y) => y.span.end - x.span.end)[0];
  if (last === undefined) return undefined;
  const between = claim.text.slice(last.span.end - claim.span.start, q.span.start - claim.span.start);
  return /[.;:!?—–()]/u.test(between) ? undefined : last;
}

/** A length followed by "from", "away", "west of": the distance between two places, not a size. */
function isDistance(claim: Claim, q: Quantity): boolean {
  if (q.dimension !== 'length') return false;
  const after = claim.text.slice(q.span.end - claim.span.start).match(WORD)?.[0]?.toLowerCase();
  return after !== undefined && PARTICLES.has(after);
}

/**
 * What a distance places: the noun or name just before the measure ("a town 25 miles west", "Riverton, about 18 miles
 * from") — a postmodifying measure phrase (Quirk et al. 1985, § 17.39) — or, after a verb, the claim's actor ("the
 * rebels are just one mile from"). Undefined when it cannot be told.
 */
export function distanceHolder(claim: Claim, q: Quantity, lexicon: Lexicon): string | undefined {
  if (!isDistance(claim, q)) return undefined;
  const skip = APPROXIMATOR_WORDS;
  const before = [...claim.text.slice(0, q.span.start - claim.span.start).matchAll(WORD)].map((m) => m[0]);
  let i = before.length - 1;
  while (i >= 0 && skip.has(before[i]!.toLowerCase())) i--;
  const word = before[i];
  // "18 miles south of X and 40 miles west of Y": a coordinated measure places what the first one places.
  if (word !== undefined && COORDINATORS.has(word.toLowerCase())) {
    const first = coordinatedDistance(claim, q);
    if (first !== undefined) return distanceHolder(claim, first, lexicon);
  }
  if (word === undefined) return claim.proposition.actor?.text;
  const lower = word.toLowerCase();
  // A particle-prefixed name ("al-Hawa", "el-Arish") is a name though it opens in lower case.
  const capitalised = /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u.test(word);
  if (!capitalised && (FUNCTION.has(lower) || verbLemma(lower) !== undefined)) return claim.proposition.actor?.text;
  // A name runs back over its capitalised words: "Tell al-Hawa" style names keep their lower-case particles.
  let start = i;
  while (capitalised && start > 0 && /^\p{Lu}/u.test(before[start - 1]!)) start--;
  return before.slice(start, i + 1).join(' ');
}

/** The holder is one of the places the claim names ("Tell al-Hawa - 43 miles south of the capital"). */
function namesPlace(claim: Claim, holder: string): boolean {
  const key = holder.toLowerCase();
  return claim.places.some((p) => {
    const name = p.name.toLowerCase();
    return name === key || name.endsWith(` ${key}`) || key.endsWith(` ${name}`) || key.startsWith(`${name} `);
  });
}

/**
 * Two distances that place different things ("the town is 25 miles away" / "the rebels are one mile away") measure two
 * referents; so do a distance that places a named place (fixed) and one that places something not named as a place.
 */
export function differentDistanceHolders(a: Claim, x: Quantity, b: Claim, y: Quantity, lexicon: Lexicon): boolean {
  const [hx, hy] = [distanceHolder(a, x, lexicon), distanceHolder(b, y, lexicon)];
  const [px, py] = [hx !== undefined && namesPlace(a, hx), hy !== undefined && namesPlace(b, hy)];
  if ((px && !py && y.dimension === 'length') || (py && !px && x.dimension === 'length')) return true;
  if (hx === undefined || hy === undefined) return false;
  const phrase = (text: string) => ({ text, key: text.toLowerCase(), span: { start: 0, end: text.length, text } });
  return !sameName(hx, hy, lexicon.aliases) && !maybeCoreferent(phrase(hx), phrase(hy));
}
