/**
 * Agreement of a third-person pronoun with what it stands for (Quirk et al. 1985 §§ 6.10–6.12: "he"/"she" for
 * persons, "it" for things and bodies taken as a unit, "they" for plurals). Person nouns come from WordNet
 * (wordnet-person-nouns.ts) and the role list (role-nouns.ts); these are the plurals that show no "-s".
 *
 * Source: Quirk et al. (1985) § 5.78, unmarked plural nouns (people, police, cattle, clergy, gentry, poultry, vermin),
 * with the collective "staff" and "personnel" that news construes as plural (§ 5.108) and the foreign plurals of
 * § 5.97 that news uses (data, media, criteria, phenomena).
 */
export const UNMARKED_PLURALS: readonly string[] = ['people', 'police', 'cattle', 'clergy', 'gentry', 'poultry', 'vermin', 'staff', 'personnel', 'livestock', 'data', 'media', 'criteria', 'phenomena'];

/** Singular nouns ending in "-s" that the plural test must not take for plurals (Quirk § 5.76 and common news words). */
export const SINGULAR_IN_S: readonly string[] = ['news', 'series', 'species', 'crisis', 'virus', 'bus', 'census', 'campus', 'bonus', 'status', 'class', 'process', 'business', 'press', 'congress', 'gas', 'lens', 'chaos', 'analysis', 'basis', 'thesis', 'diagnosis', 'glass', 'grass', 'boss', 'atlas', 'canvas', 'circus'];
