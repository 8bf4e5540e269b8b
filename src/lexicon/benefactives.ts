/**
 * Prepositions that name whom an act is done for (Quirk et al. 1985, § 9.58, the recipient "for"; § 9.61 "on behalf
 * of"): "dealers were smuggling antiquities for the militia" makes the militia the principal, not a rival doer.
 */
export const BENEFACTIVE_PREPOSITIONS: readonly string[] = ['for', 'on behalf of'];
