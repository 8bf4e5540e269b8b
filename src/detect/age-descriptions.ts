import { AGE_GROUP_NOUNS } from '../lexicon/age-groups.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import type { Phrase } from '../model/claim.js';

/** "a 14-year-old", "the fourteen-year-old", "an eighty-three-year-old": the age, else undefined. */
function describedAge(p: Phrase): number | undefined {
  const last = p.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  if (!last.endsWith('-year-old')) return undefined;
  const number = last.slice(0, -'-year-old'.length);
  if (/^\d{1,3}$/.test(number)) return Number(number);
  const [tens, unit] = number.split('-');
  if (unit === undefined) return UNIT_WORDS.get(tens!) ?? TENS_WORDS.get(tens!);
  const [t, u] = [TENS_WORDS.get(tens!), UNIT_WORDS.get(unit)];
  return t !== undefined && u !== undefined && u < 10 ? t + u : undefined;
}

/** The age range of an age-group noun heading the phrase ("a teenager from Leicester" → 13–19), else undefined. */
function groupRange(p: Phrase): readonly [number, number] | undefined {
  const words = p.text.toLowerCase().split(/\s+/);
  const from = words.findIndex((w) => w === 'from' || w === 'of' || w === 'in');
  const head = (from > 0 ? words.slice(0, from) : words).at(-1)?.replace(/s$/, '') ?? '';
  return AGE_GROUP_NOUNS.get(head);
}

/** One phrase gives a person's age and the other an age-group noun whose range holds it: one person may be meant. */
export function ageFitsGroup(x: Phrase, y: Phrase): boolean {
  const fits = (a: Phrase, g: Phrase) => {
    const [age, range] = [describedAge(a), groupRange(g)];
    return age !== undefined && range !== undefined && age >= range[0] && age <= range[1];
  };
  return fits(x, y) || fits(y, x);
}
