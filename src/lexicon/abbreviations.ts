/**
 * Abbreviations whose dot does not end a sentence.
 * Sources: the AP Stylebook's abbreviation entries (titles, months, states) and the Unicode CLDR
 * sentence-break suppressions for English.
 */

/** Titles written before a name ("Dr. Ruiz", "Sen. Hale"). */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt',
];

/**
 * Abbreviations that keep their dot as one token: none is also an English word, so the dot is never a full stop
 * glued to a word ("ill." and "mass." are words, and stay out).
 */
export const TOKEN_ABBREVIATIONS: readonly string[] = [
  ...TITLE_ABBREVIATIONS, 'jr', 'sr', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr',
  'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
];

/** Every abbreviation whose dot does not end a sentence. */
export const ABBREVIATIONS: readonly string[] = [
  ...TOKEN_ABBREVIATIONS, 'cpl', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'nos', 'v', 'ave', 'blvd',
  'rd', 'jun', 'jul', 'est', 'approx', 'dept', 'univ', 'assn', 'bros', 'etc', 'al', 'cf', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'e.u', 'a.m', 'p.m', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va',
  'vt', 'wash', 'wis', 'wyo',
];

/**
 * Words that open a sentence and never continue a clock time ("… at 3 p.m. We expect …"): subject pronouns (Quirk et
 * al. 1985 § 6.12), central and demonstrative determiners (§ 5.13), and existential "there" (§ 18.44).
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'we', 'i', 'he', 'she', 'it', 'they', 'you', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'our', 'his',
  'her', 'its', 'their', 'my',
];
