/** The plural source nouns of people among `SOURCE_NOUNS`: "Treasury officials" says whose officials, not who. */
export const PEOPLE_SOURCE_PLURALS: readonly string[] = [
  'officials', 'diplomats', 'aides', 'insiders', 'experts', 'analysts', 'observers', 'investigators', 'prosecutors',
  'sources', 'witnesses', 'residents', 'critics',
];
