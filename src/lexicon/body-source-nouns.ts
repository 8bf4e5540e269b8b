/**
 * Source nouns that name one institution, not an unnamed person: with "the" or no article ("police said", "the
 * health ministry said", "according to the agency") they refer to a body the reader can identify (Quirk et al.
 * 1985 § 5.28, the definite article of unique reference in context; § 5.52, collective nouns naming institutions),
 * so the holder is a named body, as the gold suite README's convention says of bodies and unique roles. An indefinite
 * or vague determiner ("a ministry", "some newspapers", "local police") still leaves the source unnamed.
 */
export const BODY_SOURCE_NOUNS: readonly string[] = ['police', 'ministry', 'government', 'agency', 'newspaper', 'paper'];
