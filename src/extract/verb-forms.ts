import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { nullPrototype } from '../model/records.js';

/** Participle forms: regular "-ed"/"-en" endings and the irregular forms of Quirk et al. (1985), Appendix I. */

export const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/;
/** Irregular forms that can follow "be" in a passive: "was cut", "were thrown". No prototype: "constructor" is no form. */
export const IRREGULAR_FORM: Readonly<Record<string, string>> = nullPrototype({ ...IRREGULAR_PAST, ...IRREGULAR_PARTICIPLES });
/**
 * Irregular forms that may be participles: all but a past whose verb has a participle of its own ("went" beside
 * "gone", "took" beside "taken": Quirk et al. 1985, Appendix I), so "staff went on strike" never reads as a modifier.
 */
const PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set(Object.values(IRREGULAR_PARTICIPLES));
const IRREGULAR_PARTICIPLE_FORM: ReadonlySet<string> = new Set(
  Object.keys(IRREGULAR_FORM).filter((w) => IRREGULAR_PARTICIPLES[w] !== undefined || !PARTICIPLE_LEMMAS.has(IRREGULAR_PAST[w]!)),
);

/** A passive needs its participle: "was damaged", "were suspended". */
export function isParticiple(lower: string): boolean {
  return PARTICIPLE.test(lower) || IRREGULAR_PARTICIPLE_FORM.has(lower);
}

/** The lemma of an irregular past or participle form ("stolen" → steal), whatever root the tagger gave it. */
export function irregularLemma(lower: string): string | undefined {
  return IRREGULAR_FORM[lower];
}
