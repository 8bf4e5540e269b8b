import nlp from 'compromise';
import { VECTOR_WORDS } from '../lexicon/word-vectors.js';

/**
 * Whether a lower-case word is a known English word: in compromise's English lexicon or among GloVe's 15,000 most
 * frequent words (src/lexicon/word-vectors.ts), as written or with a regular ending undone ("halted" → halt).
 * Read-only use of compromise's lexicon; nothing global is changed.
 */
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
let frequent: ReadonlySet<string> | undefined;

/** Regular English endings (Quirk App. I.16–I.28), each with what it may have replaced. */
const ENDINGS: readonly [RegExp, string][] = [
  [/ies$/, 'y'], [/ied$/, 'y'], [/es$/, ''], [/s$/, ''], [/ed$/, ''], [/ed$/, 'e'], [/d$/, ''], [/ing$/, ''], [/ing$/, 'e'], [/ly$/, ''], [/er$/, ''], [/est$/, ''],
];

export function isEnglishWord(word: string): boolean {
  frequent ??= new Set(VECTOR_WORDS.split('\n'));
  const known = (w: string) => Object.hasOwn(LEXICON, w) || frequent!.has(w);
  if (known(word)) return true;
  return ENDINGS.some(([ending, base]) => ending.test(word) && known(word.replace(ending, base)));
}
