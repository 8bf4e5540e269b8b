/**
 * Words that predicate a truth value of a report, story, picture or claim ("the video is a hoax", "the story is
 * true"). Sources: the WordNet 3.1 synsets of hoax (n: hoax, fraud, fake, sham, put-on, humbug, fraudulence,
 * dupery, deception), of false (adj: false, untrue; fabricated, made-up, invented), of fake (adj: fake, bogus,
 * phony, sham, counterfeit, forged) and of lie (n), with Merriam-Webster's thesaurus entries for "hoax" (prank,
 * spoof, satire in the sense of a parody passed as news, myth) and "false" (baseless, fictitious); and their
 * antonyms there for the opposite value (true, real, genuine, authentic, legitimate).
 */

/** Nouns and adjectives that call the thing false, after a copula: "is a hoax", "was fake", "are lies". */
export const FALSE_VALUE_WORDS: readonly string[] = [
  'hoax', 'hoaxes', 'fake', 'fakes', 'faked', 'fraud', 'fraudulent', 'sham', 'humbug', 'put-on', 'false', 'untrue',
  'fabricated', 'fabrication', 'made-up', 'invented', 'fictitious', 'baseless', 'bogus', 'phony', 'phoney',
  'counterfeit', 'forged', 'doctored', 'lie', 'lies', 'myth', 'prank', 'spoof', 'satire', 'satirical', 'debunked',
];

/** Words that call the thing true: "is real", "are genuine", "the real deal". */
export const TRUE_VALUE_WORDS: readonly string[] = ['true', 'real', 'real deal', 'genuine', 'authentic', 'legitimate', 'legit', 'accurate'];

/** Words that weaken a truth-value predication before its copula ("may be a hoax", "is probably fake"). */
export const TRUTH_VALUE_HEDGES: readonly string[] = [
  'may', 'might', 'could', 'possibly', 'perhaps', 'probably', 'likely', 'maybe', 'apparently', 'seems', 'seem',
  'appears', 'appear', 'suspected', 'if', 'whether',
];

/** Words that keep a claim from asserting what it tells: conditional "would", and distancing adjectives (AP style guide on "purported", "alleged"). */
export const ASSERTION_HEDGES: readonly string[] = ['would', 'purported', 'purportedly', 'alleged', 'allegedly', 'supposed', 'supposedly', 'so-called'];

/**
 * Nouns for the carrier of a story rather than its content (report, video, photo): two claims sharing only one of
 * these need not be about the same thing ("the video is fake" / "a video shows the parade"). FrameNet 1.7 Text and
 * Statement frames (see text-nouns.ts) plus the Physical_artworks / Recording nouns for pictures and footage.
 */
export const TRUTH_CARRIER_NOUNS: readonly string[] = [
  'story', 'stories', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images',
  'video', 'videos', 'footage', 'clip', 'clips', 'rumour', 'rumours', 'rumor', 'rumors', 'news', 'account',
  'accounts', 'tale', 'viral', 'online', 'internet', 'website', 'site', 'social', 'media', 'headline', 'thing',
];

/** Degree words that may stand between the copula and the value ("is a complete hoax"): Quirk et al. (1985) amplifiers. */
export const TRUTH_VALUE_AMPLIFIERS: readonly string[] = [
  'completely', 'entirely', 'totally', 'utterly', 'absolutely', 'wholly', 'complete', 'total', 'utter', 'elaborate',
  'whole', 'just', 'actually', 'really', 'very', 'much', 'all', 'definitely', 'clearly', 'simply', 'an', 'a', 'the',
];

/**
 * Adjectives that call a report wrong without being hoax words, for a report rebutted in the next sentence ("These
 * reports are untrue", "The claims are inaccurate"): WordNet 3.1 incorrect a.01 {incorrect, wrong} and its similar-to
 * erroneous, inaccurate, and unfounded (baseless a.01 {baseless, groundless, idle, unfounded, unwarranted}).
 */
export const REBUTTING_ADJECTIVES: readonly string[] = ['wrong', 'incorrect', 'inaccurate', 'erroneous', 'unfounded', 'groundless', 'unwarranted'];
