/**
 * Source nouns that denote one organisation rather than unnamed people: "police said", "the health ministry said"
 * name a body the reader can identify, while "officials" or "a spokesman for the ministry" leave the speaker unnamed
 * (issue 12's model of an anonymous source). The organisation nouns (WordNet noun.group: "a body of …") among
 * `SOURCE_NOUNS` in reporting-verbs.ts.
 */
export const INSTITUTION_SOURCE_NOUNS: readonly string[] = ['police', 'ministry', 'government', 'agency', 'newspaper', 'paper'];

/** The plural source nouns of people among `SOURCE_NOUNS`: "Pentagon officials" says whose officials, not who. */
export const PEOPLE_SOURCE_PLURALS: readonly string[] = [
  'officials', 'diplomats', 'aides', 'insiders', 'experts', 'analysts', 'observers', 'investigators', 'prosecutors',
  'sources', 'witnesses', 'residents', 'critics',
];
