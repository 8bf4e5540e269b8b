/**
 * English function words: used to tell English from other languages and to drop words that carry no
 * content from matching keys. Source: the Snowball English stop-word list (Porter, snowball.tartarus.org)
 * with news-reporting verbs added from Quirk et al. (1985).
 */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he',
  'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its',
  'itself', 'just', 'me', 'more', 'most', 'my', 'myself', 'no', 'nor', 'not', 'now', 'of', 'off', 'on', 'once',
  'only', 'or', 'other', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'same', 'she', 'should', 'so', 'some',
  'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', 'these', 'they', 'this',
  'those', 'through', 'to', 'too', 'under', 'until', 'up', 'very', 'was', 'we', 'were', 'what', 'when', 'where',
  'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'yourself', 'also',
  'may', 'might', 'must', 'shall', 'yet', 'still', 'already', 'said', 'says', 'say', 'told', 'according', 'reported',
  'reports', 'per', 'cent', 'percent', 'mr', 'mrs', 'ms', 'dr', 'its', "it's", 'us', 'last', 'week', 'year',
  'new', 'one', 'two', 'three', 'first', 'since', 'even', 'however', 'among', 'around', 'another', 'many', 'much',
  'well', 'across', 'within', 'without', 'whether', 'though', 'although', 'whereas', 'via', 'despite', 'amid',
];

/** A smaller core used for language identification: words nearly every English sentence has one of. */
export const ENGLISH_CORE: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'is', 'was', 'for', 'on', 'that', 'with', 'by', 'at', 'as', 'it',
  'be', 'are', 'were', 'has', 'had', 'have', 'from', 'this', 'not', 'he', 'she', 'they', 'his', 'her', 'their',
  'will', 'would', 'said', 'says', 'but', 'or', 'its', 'been', 'who', 'which', 'after', 'than', 'more',
];
