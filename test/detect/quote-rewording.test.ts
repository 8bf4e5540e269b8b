import { describe, expect, it } from 'vitest';
import { detectQuote } from '../../src/detect/quote.js';
import { rewordedRemark } from '../../src/detect/quote-rewording.js';
import { wordsOf } from '../../src/detect/quote.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { makeClaim, quoteIn } from '../helpers/make-claim.js';
import type { Span } from '../../src/model/span.js';

const context = { lexicon: buildLexicon() };
const words = (text: string) => wordsOf({ start: 0, end: text.length, text } as Span).words;

function said(speaker: string, quote: string) {
  const text = `${speaker} said: "${quote}"`;
  return makeClaim({ text, quotes: [quoteIn(text, quote, speaker)], attribution: { holder: speaker, holderKind: 'named', stance: 'reported' } });
}

describe('rewordedRemark: one remark quoted in two wordings', () => {
  it('the same words in another order, the same content', () => {
    expect(rewordedRemark(words('The club has been let down badly by the council'), words('The council has let the club down very badly'))).toBe(true);
  });
  it('one condition and outcome said with other verbs and determiners', () => {
    expect(rewordedRemark(words('Without the grant, the mill would not survive another winter'), words('Without that grant this mill will not get through another winter'))).toBe(true);
  });
  it('two remarks on one topic that share two content words are two remarks', () => {
    expect(rewordedRemark(words('The harbour will reopen in the spring'), words('The harbour has never looked better in the spring'))).toBe(false);
  });
  it('two remarks sharing content words in another order and structure are two remarks', () => {
    expect(rewordedRemark(words('The pier must be repaired before the summer season starts'), words('The summer season will start without the pier'))).toBe(false);
  });
  it('remarks with no content word in common', () => {
    expect(rewordedRemark(words('We watched the radar all afternoon'), words('Tickets will be refunded to everyone'))).toBe(false);
  });
});

describe('detectQuote: a reworded remark by one speaker', () => {
  it('is a quote conflict at the reworded strength, with the differing words as evidence', () => {
    const a = said('Mira Holt', 'Without the grant, the mill would not survive another winter');
    const b = said('Mira Holt', 'Without that grant this mill will not get through another winter');
    const hit = detectQuote(a, b, context);
    expect(hit?.kind).toBe('quote');
    expect(hit!.strength).toBeCloseTo(0.55, 5);
    expect(hit!.evidence.map((e) => e.text)).toEqual(['the grant, the mill would not survive', 'that grant this mill will not get through']);
  });
  it('is silent when two speakers say the reworded remark', () => {
    const a = said('Mira Holt', 'Without the grant, the mill would not survive another winter');
    const b = said('Owen Price', 'Without that grant this mill will not get through another winter');
    expect(detectQuote(a, b, context)).toBeNull();
  });
  it('is silent for a partial quote of the full remark', () => {
    const a = said('Mira Holt', 'the mill would not survive another winter');
    const b = said('Mira Holt', 'Without the grant, the mill would not survive another winter');
    expect(detectQuote(a, b, context)).toBeNull();
  });
});
