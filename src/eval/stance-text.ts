import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { HEDGES } from '../lexicon/hedges.js';
import { NEGATORS } from '../lexicon/polarity-cues.js';
import { REFUTATION_WORDS } from '../lexicon/refutation-cues.js';
import { tokenize } from '../segment/tokens.js';
import { negatedStems } from './stance-cues.js';

/** Words shorter than this are not content words for coverage ("al", "ex"). */
const MIN_CONTENT_LENGTH = 3;
/** The opening of a text, in words: where a news body states what it is about. */
export const LEAD_WORDS = 100;
const POSSESSIVE = /'s?$/;
const SENTENCE_END = new Set(['.', '!', '?']);
const FUNCTION = new Set(FUNCTION_WORDS);
const NEGATOR = new Set(NEGATORS);
const REFUTATION = new Set(REFUTATION_WORDS.map((w) => stem(w)));

/** How far (in words, either side) a refutation may stand from the headline's words to be about them. */
export const REFUTATION_REACH = 12;

/** One word of a text: its stem (content words only) and whether it calls something untrue. */
export interface ProfileWord {
  stem?: string;
  refutes: boolean;
}

/** What the stance features read from the raw text of a headline or body (all of it, not only its claims). */
export interface TextProfile {
  /** Porter stems of its content words, in order of first use. */
  stems: readonly string[];
  stemSet: ReadonlySet<string>;
  /** Stems of capitalised content words not opening a sentence: the names a headline is about. */
  names: readonly string[];
  /** Every word in order, for features that look at neighbourhoods. */
  sequence: readonly ProfileWord[];
  /** Stems of content words among its first LEAD_WORDS words. */
  leadStems: ReadonlySet<string>;
  words: number;
  /** Words calling something untrue or fabricated (lexicon/refutation-cues). */
  refutations: number;
  leadRefutations: number;
  /** "not", "never", "no" … */
  negators: number;
  /** Hedges that lower certainty ("reportedly", "allegedly", "may"). */
  hedges: number;
  /** Stems of words a negator just before turns round ("has not been arrested"). */
  negatedStems: ReadonlySet<string>;
  /** Every word's Porter stem (function words too), numbers as '#', and the marks ? : " ' in order: what stance-lexical.ts reads. */
  lexemes: readonly string[];
}

function contentStem(lower: string): string | undefined {
  const word = lower.replace(POSSESSIVE, '');
  return word.length < MIN_CONTENT_LENGTH || FUNCTION.has(word) ? undefined : stem(word);
}

/** Marks that frame a report ("Y?", "X: Y", quoted words); other punctuation is not a lexeme. */
const FRAME_MARKS = new Map([['?', '?'], [':', ':'], ['"', '"'], ['\u201c', '"'], ['\u201d', '"'], ["'", "'"], ['\u2018', "'"], ['\u2019', "'"]]);

function lexemeOf(kind: string, lower: string): string[] {
  if (kind === 'word') return [stem(lower.replace(POSSESSIVE, ''))];
  if (kind === 'number') return ['#'];
  const mark = FRAME_MARKS.get(lower);
  return mark === undefined ? [] : [mark];
}

/** Words in a text, as the profile counts them. */
export function countWords(text: string): number {
  return tokenize(text).filter((t) => t.kind === 'word').length;
}

/** Reads a text once for every stance feature that depends on its words rather than its claims. */
export function textProfile(text: string): TextProfile {
  const tokens = tokenize(text);
  // A capital after a full stop (or at the very start) marks a sentence, not a name.
  const sentenceStart = new Set(tokens.filter((t, i) => t.kind === 'word' && (i === 0 || SENTENCE_END.has(tokens[i - 1]!.lower))));
  const words = tokens.filter((t) => t.kind === 'word');
  const stems: string[] = [];
  const names: string[] = [];
  const sequence: ProfileWord[] = [];
  const leadStems = new Set<string>();
  let refutations = 0;
  let leadRefutations = 0;
  let negators = 0;
  let hedges = 0;
  words.forEach((t, i) => {
    const s = contentStem(t.lower);
    const lead = i < LEAD_WORDS;
    const refutes = REFUTATION.has(stem(t.lower));
    sequence.push(s === undefined ? { refutes } : { stem: s, refutes });
    if (s !== undefined) {
      stems.push(s);
      if (lead) leadStems.add(s);
      if (t.capitalized && !sentenceStart.has(t)) names.push(s);
    }
    if (refutes) {
      refutations++;
      if (lead) leadRefutations++;
    }
    if (NEGATOR.has(t.lower)) negators++;
    if ((HEDGES[t.lower] ?? 0) < 0) hedges++;
  });
  const negated = negatedStems(words.map((t) => t.lower));
  const lexemes = tokens.flatMap((t) => lexemeOf(t.kind, t.lower));
  return { stems: [...new Set(stems)], stemSet: new Set(stems), names: [...new Set(names)], sequence, leadStems, words: words.length, refutations, leadRefutations, negators, hedges, negatedStems: negated, lexemes };
}

/** Refutation words with at least `minShared` of the given stems within REFUTATION_REACH words: "the photo is a hoax". */
export function refutationsNear(profile: TextProfile, stems: ReadonlySet<string>, minShared = 2): number {
  const words = profile.sequence;
  let count = 0;
  words.forEach((w, i) => {
    if (!w.refutes) return;
    let shared = 0;
    for (let k = Math.max(0, i - REFUTATION_REACH); k <= Math.min(words.length - 1, i + REFUTATION_REACH); k++) {
      const s = words[k]!.stem;
      if (s !== undefined && stems.has(s)) shared++;
    }
    if (shared >= minShared) count++;
  });
  return count;
}
