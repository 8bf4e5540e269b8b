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
