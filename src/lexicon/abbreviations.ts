/**
 * Abbreviations whose dot does not end a sentence.
 * Sources: the AP Stylebook's abbreviation entries (titles, months, states) and the Unicode CLDR
 * sentence-break suppressions for English.
 */
export const ABBREVIATIONS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'cpl',
  'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'no', 'nos', 'vs', 'v', 'inc', 'ltd', 'co', 'corp',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'est', 'approx', 'dept', 'univ', 'assn', 'bros', 'etc', 'al', 'cf', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
  'e.u', 'a.m', 'p.m', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'va',
  'vt', 'wash', 'wis', 'wyo',
];
