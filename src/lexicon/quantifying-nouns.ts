/**
 * Quantifying nouns: a noun of amount that, after its determiner and before "of", counts or measures what follows
 * rather than naming a thing of its own ("a total of 43 people", "a number of shops", "the majority of voters").
 * Source: Quirk, Greenbaum, Leech & Svartvik, A Comprehensive Grammar of the English Language (1985), § 5.25
 * (quantifying nouns: "a lot of", "a great deal of", "a number of", "plenty of") and § 10.35 (number concord with "a
 * number of", "a majority of", "a total of").
 */
export const QUANTIFYING_NOUNS: readonly string[] = ['total', 'number', 'lot', 'lots', 'majority', 'minority', 'plenty', 'deal'];
