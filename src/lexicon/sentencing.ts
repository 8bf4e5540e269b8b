/**
 * Words of a court's sentence, so a life term can be set against a term of years. Source: the lexical units of
 * FrameNet 1.7's Sentencing frame (sentence.v, sentence.n, jail.v, imprison.v, imprisonment.n, term.n) with the verbs
 * that take a sentence as object (give, hand down, receive, serve, get); and the phrases of a life term that the
 * Associated Press Stylebook uses ("life in prison", "life sentence", "life imprisonment", "sentenced to life").
 */

/** Verb lemmas and nouns that make a claim a sentencing. */
export const SENTENCING_WORDS: readonly string[] = [
  'sentence', 'sentenced', 'jail', 'jailed', 'imprison', 'imprisoned', 'imprisonment', 'prison', 'term', 'serve', 'receive', 'give',
];

/** Words after "life" that make it a life term ("life in prison", "a life sentence"). */
export const LIFE_TERM_NEXT: readonly string[] = ['in', 'sentence', 'sentences', 'imprisonment', 'term', 'behind'];
/** Words before "life" that make it a life term ("sentenced to life", "jailed for life"). */
export const LIFE_TERM_BEFORE: readonly string[] = ['to', 'for'];

/** Units of a term of years (lower case, as the quantity reader gives them). */
export const TERM_UNITS: readonly string[] = ['year', 'month', 'week', 'day'];
