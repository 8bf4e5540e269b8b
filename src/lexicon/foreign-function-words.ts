/**
 * Function words of the languages most often met beside English in news feeds, used to tell a sentence in
 * another language from a short English one. Source: the Snowball stop-word lists (Porter,
 * snowballstem.org/algorithms/*: German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
 * Norwegian, Indonesian), each cut to its most frequent entries with every word that is also an English word
 * ("a", "die", "on", "me", "hat", "son", "van", "per", "den", "con", "sin", "para", "med", "non") and the words found lower-cased inside English names ("al") removed, so no English sentence can score on them.
 */
export const FOREIGN_FUNCTION_WORDS: readonly string[] = [
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'einem', 'einer', 'mit', 'sich', 'auf', 'für', 'dem',
  'des', 'zu', 'von', 'im', 'auch', 'wird', 'wurde', 'werden', 'sind', 'nach', 'bei', 'über', 'oder', 'aus',
  'wie', 'noch', 'nur', 'vom', 'zum', 'zur', 'haben', 'hatte', 'ich', 'wir', 'sie', 'dass', 'aber', 'wenn',
  // French
  'le', 'les', 'du', 'une', 'est', 'et', 'dans', 'pour', 'sur', 'au', 'aux', 'avec', 'qui', 'que',
  'ce', 'cette', 'sont', 'été', 'ont', 'il', 'elle', 'ils', 'nous', 'vous', 'leur', 'mais', 'ou', 'où', 'très',
  // Spanish and Portuguese
  'el', 'la', 'los', 'las', 'del', 'y', 'o', 'en', 'es', 'por', 'una', 'uno', 'su', 'sus', 'más',
  'pero', 'fue', 'han', 'está', 'están', 'como', 'sobre', 'entre', 'cuando', 'muy', 'también',
  'da', 'dos', 'uma', 'não', 'com', 'foi', 'ao', 'na', 'nas', 'pelo', 'pela',
  // Italian
  'della', 'dei', 'delle', 'di', 'che', 'sono', 'anche', 'nel', 'nella', 'alla', 'gli',
  'è', 'stato', 'stata', 'questo', 'questa',
  // Dutch
  'het', 'een', 'niet', 'voor', 'zijn', 'werd', 'heeft', 'ook', 'naar', 'bij', 'uit', 'maar', 'nog', 'wordt', 'dat',
  // Swedish, Danish, Norwegian
  'och', 'att', 'det', 'som', 'för', 'inte', 'har', 'av', 'ikke', 'og', 'af', 'eller', 'fra',
  // Indonesian
  'dan', 'yang', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dalam', 'akan', 'pada', 'juga',
  'ada', 'oleh', 'telah', 'sudah', 'karena',
];
