/**
 * Head nouns of a definite description that refers back to a named organisation ("Brightwell Foods … The company
 * said"): the common hyponyms of "organization" / "business" in WordNet 3.1 (company n.1, firm n.1, agency n.1,
 * bank n.2, airline n.1, carmaker n.1, retailer n.1, insurer n.1, manufacturer n.1, club n.2) as news reuses them
 * for a body named just before (Halliday & Hasan 1976 § 6.3, general nouns as cohesive reference).
 */
export const ORGANISATION_DESCRIPTION_NOUNS: readonly string[] = [
  'company', 'firm', 'agency', 'bank', 'airline', 'carmaker', 'automaker', 'retailer', 'insurer', 'manufacturer', 'club',
  'group', 'lender', 'carrier', 'broadcaster', 'publisher', 'charity', 'utility', 'operator', 'chain', 'startup',
];

/**
 * Head nouns of a definite description that names a body by its kind or role ("the sanctioning body", "the regulator",
 * "the board", "the federation"): WordNet 3.1 hyponyms of organization n.1 and social group n.1 that news uses for a
 * public or sporting body (body n.2, regulator n.1, authority n.2, board n.1, council n.1, commission n.2, committee
 * n.1, federation n.1, association n.1, union n.1, league n.1, ministry n.1, department n.1, institute n.1, watchdog
 * n.2, organization n.1). They refer back to the body named just before whose name has the same head ("the British
 * Featherweight Board … the board"); "body" and "organisation" name any body.
 */
export const BODY_DESCRIPTION_NOUNS: readonly string[] = [
  'body', 'regulator', 'authority', 'board', 'council', 'commission', 'committee', 'federation', 'association', 'union',
  'league', 'ministry', 'department', 'institute', 'watchdog', 'organisation', 'organization',
];
/** Of BODY_DESCRIPTION_NOUNS, those that stand for any kind of body, whatever its name's head. */
export const ANY_BODY_NOUNS: readonly string[] = ['body', 'organisation', 'organization', 'regulator', 'watchdog', 'authority'];
