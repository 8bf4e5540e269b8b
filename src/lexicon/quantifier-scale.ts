/**
 * Quantifiers on one scale of amount (Horn 1972, "On the semantic properties of logical operators in English"; Quirk
 * et al. 1985, § 5.12 and § 6.61, universal and assertive quantifiers): the universal ones say the whole set, the
 * partial ones less than all of it (a scalar implicature that an editor reads as "not all": "most of the volunteers
 * signed" against "all the volunteers signed").
 */
export const UNIVERSAL_QUANTIFIERS: readonly string[] = ['all', 'every', 'each'];
export const PARTIAL_QUANTIFIERS: readonly string[] = ['most', 'some', 'many', 'several', 'half', 'few'];
