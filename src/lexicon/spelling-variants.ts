/**
 * British and American spellings of one word, as suffix correspondences: two words that differ only by one of these
 * endings are one word spelled two ways ("realised" / "realized", "colour" / "color", "centre" / "center").
 * Source: the regular correspondences listed in the Oxford English Dictionary's and Merriam-Webster's guides to
 * British and American spelling (-ise/-ize, -our/-or, -re/-er, -ce/-se, -ogue/-og, -yse/-yze). `minLength` keeps
 * short words out ("four" / "for", "tour" / "tor" are different words).
 */
export const SPELLING_SUFFIXES: readonly { british: string; american: string; minLength: number }[] = [
  { british: 'isation', american: 'ization', minLength: 8 },
  { british: 'ise', american: 'ize', minLength: 6 },
  { british: 'ised', american: 'ized', minLength: 7 },
  { british: 'ises', american: 'izes', minLength: 7 },
  { british: 'ising', american: 'izing', minLength: 8 },
  { british: 'yse', american: 'yze', minLength: 6 },
  { british: 'ysed', american: 'yzed', minLength: 7 },
  { british: 'our', american: 'or', minLength: 6 },
  { british: 'ours', american: 'ors', minLength: 7 },
  { british: 'oured', american: 'ored', minLength: 8 },
  { british: 'tre', american: 'ter', minLength: 5 },
  { british: 'tres', american: 'ters', minLength: 6 },
  { british: 'ence', american: 'ense', minLength: 7 },
  { british: 'ogue', american: 'og', minLength: 7 },
];

/**
 * Contracted auxiliaries and pronouns that a quote may carry or drop without changing what was said ("He's finally
 * realised" / "He finally realised"): the clitics of English contraction (Quirk et al., A Comprehensive Grammar of the
 * English Language, 3.23).
 */
export const AUXILIARY_CLITICS: readonly string[] = ["'s", "'ve", "'re", "'d", "'ll", "'m"];

/**
 * A one-letter substitution inside a word at least this long is read as a spelling or transliteration variant of one
 * word ("lobizón" / "lobison"), not as another word: shorter words differ in meaning by one letter ("now" / "not").
 */
export const VARIANT_MIN_WORD_LENGTH = 7;

/**
 * Words that two transcriptions of one spoken remark add or drop without changing what was said ("I understand tough
 * job" / "I understand it's a tough job", "[but] there was no reason"): the articles, the complementiser "that", the
 * empty subject "it" and the coordinators "and" and "but" (Quirk et al. 1985, §§ 5.10, 15.3, 10.25, 13.1). A negator,
 * a modal, a quantifier or a number is never among them.
 */
export const TRANSCRIPTION_WORDS: readonly string[] = ['a', 'an', 'the', 'that', 'it', 'and', 'but'];

/**
 * Place names romanised from Arabic, Persian, Kurdish and other scripts that write short vowels optionally or not at
 * all come in spellings that differ only in a vowel ("Hasakah" / "Hasakeh", "Tal Afar" / "Tel Afar"): the romanisation
 * systems (UNGEGN's survey of national romanisation systems; BGN/PCGN) render them differently and the press follows
 * either. Vowel letters of English spelling, and the shortest name read this way (shorter names such as "Mali" /
 * "Mila" differ in meaning by one letter).
 */
export const TRANSLITERATED_VOWELS: readonly string[] = ['a', 'e', 'i', 'o', 'u', 'y'];
export const TRANSLITERATED_MIN_LENGTH = 5;
