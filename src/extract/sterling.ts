import { POUND_WORDS, PRICE_NOUNS, PRICE_WORDS, SALE_VERBS_BEFORE_FOR } from '../lexicon/price-words.js';
import type { Token } from '../segment/tokens.js';

const PRICE: ReadonlySet<string> = new Set([...PRICE_WORDS, ...PRICE_NOUNS]);
const SALE: ReadonlySet<string> = new Set(SALE_VERBS_BEFORE_FOR);
const POUNDS: ReadonlySet<string> = new Set(POUND_WORDS);
/** Tokens read back from the figure for a word of price ("sold for a little under a thousand pounds"). */
const PRICE_REACH = 6;

/**
 * "pounds" spelt out after a word of price is sterling: a price word ("cost", "fined", "a street value of") or a verb of sale with "for"
 * stands among the few words before the figure, with no punctuation between. `unitAt` is the unit's token, `start`
 * the figure's first token.
 */
export function poundsAsSterling(tokens: readonly Token[], start: number, unitAt: number): boolean {
  if (!POUNDS.has(tokens[unitAt]?.lower ?? '')) return false;
  for (let k = start - 1; k >= Math.max(0, start - PRICE_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (PRICE.has(t.lower) || (t.lower === 'for' && SALE.has(tokens[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}
