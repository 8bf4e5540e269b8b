/**
 * '"…," she said': when the words that credit a quote are a pronoun, the name the holder was resolved to
 * cannot be told apart from another report's speaker (issue 15, class "junk holders"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { detectAttribution } from '../../src/detect/attribution.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { makeClaim, spanIn } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };
const WORDS = 'We were robbed in our final round';

function quoted(text: string, holder: string, credit: string) {
  const quote = spanIn(text, WORDS);
  return makeClaim({
    text,
    attribution: { holder, holderKind: 'named', holderSpan: spanIn(text, credit), stance: 'reported', verb: 'say' },
    quotes: [{ text: WORDS, speaker: holder, span: quote }],
  });
}

const coach = quoted(`Tomas Berg said: "${WORDS}."`, 'Tomas Berg', 'Tomas Berg');

describe('attribution: a pronoun credits no one that can be told apart', () => {
  it('"…," she said, resolved to another name: no clash', () => {
    expect(detectAttribution(quoted(`"${WORDS}," she said.`, 'Dana Pruitt', 'she'), coach, context)).toBeNull();
  });

  it('the same words credited by name to two people: attribution', () => {
    expect(detectAttribution(quoted(`Lena Osei said: "${WORDS}."`, 'Lena Osei', 'Lena Osei'), coach, context)?.kind).toBe('attribution');
  });
});
