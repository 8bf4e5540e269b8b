import type { Claim } from '../model/claim.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';
import { textWords } from '../relate/text-words.js';

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/**
 * Capitalised words of a claim, its attribution included ("Cartwell said hackers had …"): [inside it, its first word]
 * (the first is capitalised anyway). Function words ("The", "In"), weekdays and months name nothing.
 */
export function names(c: Claim): [Set<string>, string | undefined] {
  const known = namesOf.get(c);
  if (known) return known;
  const words = textWords(c);
  const named = (t: (typeof words)[number]) => t.capitalized && t.lower.length > 1 && !FUNCTION.has(t.lower) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower);
  const first = words[0] !== undefined && named(words[0]) ? words[0].lower : undefined;
  const found: [Set<string>, string | undefined] = [new Set(words.filter((t, i) => i > 0 && named(t)).map((t) => t.lower)), first];
  namesOf.set(c, found);
  return found;
}
/** Claims are immutable values: their names are read once per claim object (pairs and story maps ask again and again). */
const namesOf = new WeakMap<Claim, [Set<string>, string | undefined]>();

/** A name both claims tell their story by; a sentence's first word counts only where the other capitalises it inside. */
export function sharedName(a: Claim, b: Claim): boolean {
  const [[ia, fa], [ib, fb]] = [names(a), names(b)];
  return sharesAName(ia, ib) || (fa !== undefined && ib.has(fa)) || (fb !== undefined && ia.has(fb));
}

/** Which documents tell one story: they share a name (a capitalised word inside a sentence) anywhere in their claims. */
export interface StoryNames { shared: (x: string, y: string) => boolean }

/**
 * Two documents that share a name anywhere ("the Morven Lass" in both) tell one story: two counts of one noun in them
 * are one set's size even where the two counting claims share no word ("All five crew were rescued by the lifeboat" /
 * "Her four crew were winched to safety"), and a decision one says is still to be made is the one the other reports.
 */
export function storyNames(claims: readonly Claim[]): StoryNames {
  const byDocument = new Map<string, Set<string>>();
  for (const c of claims) {
    const own = byDocument.get(c.documentId) ?? new Set<string>();
    for (const n of names(c)[0]) own.add(n);
    byDocument.set(c.documentId, own);
  }
  return { shared: (x, y) => sharesAName(byDocument.get(x), byDocument.get(y)) };
}

/** Whether two documents' name sets meet, read in place (no copy of the set for every pair of claims asked). */
function sharesAName(x: ReadonlySet<string> | undefined, y: ReadonlySet<string> | undefined): boolean {
  if (x === undefined || y === undefined) return false;
  for (const n of x) if (y.has(n)) return true;
  return false;
}
