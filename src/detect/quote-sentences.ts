import type { Quote } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { QUOTE_MIN_STRENGTH, QUOTE_MIN_UNNAMED_WORDS } from '../lexicon/detector-strengths.js';
import { differingWords, oneChangedPhrase, wordsOf, type Words } from './quote.js';
import type { DetectorHit } from './types.js';

const ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’']);

/**
 * The sentences of a quote, each a span of the original text: a long quote often carries more than one remark. A
 * sentence ends at . ! or ? (a closing quotation mark may follow) before white space; read character by character.
 */
export function quoteSentences(span: Span): Span[] {
  const out: Span[] = [];
  const { text } = span;
  let from = 0;
  const cut = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ start: span.start + from + lead, end: span.start + from + lead + trimmed.length, text: trimmed });
    from = to;
  };
  for (let i = 0; i < text.length; i++) {
    if (!ENDS.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && ENDS.has(text[end]!)) end++;
    if (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end < text.length && /\s/u.test(text[end]!)) cut(end);
    i = end - 1;
  }
  cut(text.length);
  return out;
}

/**
 * Two quotes whose speaker neither report names, one sentence of each the same statement but for one changed phrase
 * ("Obama says he overstated what the army could do" / "… overestimated …"): one remark quoted two ways. The sentence
 * must be long enough (QUOTE_MIN_UNNAMED_WORDS) for its shared words to show it is one remark.
 */
export function changedSentenceHit(qa: Quote, qb: Quote): DetectorHit | null {
  const xs: Words[] = quoteSentences(qa.span).map(wordsOf);
  const ys: Words[] = quoteSentences(qb.span).map(wordsOf);
  for (const x of xs) {
    if (x.words.length < QUOTE_MIN_UNNAMED_WORDS) continue;
    for (const y of ys) {
      if (y.words.length < QUOTE_MIN_UNNAMED_WORDS || !oneChangedPhrase(x.words, y.words)) continue;
      const evidence = differingWords(x, y);
      return { kind: 'quote', strength: QUOTE_MIN_STRENGTH, evidence, detail: `"${evidence[0].text}" vs "${evidence[1].text}" in the same quote` };
    }
  }
  return null;
}
