/**
 * Quantifying nouns: a noun of amount that, after its determiner and before "of", counts or measures what follows
 * rather than naming a thing of its own ("a total of 43 people", "a number of shops", "the majority of voters").
 * Source: Quirk, Greenbaum, Leech & Svartvik, A Comprehensive Grammar of the English Language (1985), § 5.25
 * (quantifying nouns: "a lot of", "a great deal of", "a number of", "plenty of", "a (large) quantity of", "an amount
 * of", "a couple of", "a handful of") and § 10.35 (number concord with "a number of", "a majority of", "a total of");
 * § 6.49 (the partitive "the rest of", "the remainder of", "the bulk of", which take their number from what follows).
 */
export const QUANTIFYING_NOUNS: readonly string[] = [
  'total', 'number', 'lot', 'lots', 'majority', 'minority', 'plenty', 'deal',
  'quantity', 'quantities', 'amount', 'amounts', 'couple', 'handful', 'rest', 'remainder', 'bulk',
];

/**
 * Aggregate nouns that name a run or set of the things after their "of" ("a series of raids", "a spate of attacks",
 * "a string of defeats", "a wave of strikes"): what is done or undergone is the things, so the theme is what follows.
 * Source: Quirk et al. (1985) § 5.8 (partitive constructions with nouns of a set or sequence: "a series of", "a
 * string of"), with WordNet 3.1 series n.01, spate n.01 ("a large number or amount or extent"), string n.04,
 * wave n.02 ("a hostile or destructive movement ... of many things"), raft n.01 ("a large number or amount").
 */
export const AGGREGATE_NOUNS: readonly string[] = ['group', 'series', 'spate', 'string', 'wave', 'raft', 'flurry', 'slew', 'succession'];

/**
 * Nouns of a small or least amount that, before "of", measure what follows ("no trace of E. coli", "not a shred of
 * evidence", "a hint of smoke"): finding no trace of a thing is not finding the thing. Source: Quirk et al. (1985)
 * § 5.8 (partitive nouns of quantity: "a piece of", "a bit of", "a speck of"), with WordNet 3.1 trace n.01 ("a just
 * detectable amount"), hint n.02 ("a slight but appreciable amount"), shred n.01 ("a tiny or scarcely detectable
 * amount"), speck n.01 ("a very small spot"), scrap n.01 ("a small fragment of something broken off from the whole").
 */
export const LEAST_AMOUNT_NOUNS: readonly string[] = ['trace', 'traces', 'hint', 'hints', 'shred', 'speck', 'specks', 'scrap'];
