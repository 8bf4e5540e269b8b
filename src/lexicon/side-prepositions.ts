/**
 * Prepositions that put a participant on one side of an issue (Quirk et al. 1985, § 9.58 "support and opposition":
 * "for" / "against"; the Cambridge Grammar of the English Language, ch. 7, complex prepositions "in favour of", "in
 * support of"): "voted for the bill" / "voted against the bill" take opposite sides with one verb. Lower case.
 */
export const SUPPORT_PREPOSITIONS: readonly string[] = ['for', 'in favour of', 'in favor of', 'in support of'];
export const OPPOSITION_PREPOSITIONS: readonly string[] = ['against', 'in opposition to'];
