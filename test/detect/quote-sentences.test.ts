/**
 * Quotes no report credits to a speaker, compared sentence by sentence: one long sentence changed in one phrase is
 * one remark misquoted. Every sentence is invented for this file; hard negatives: a partial quote of the same remark,
 * a spelling variant, short sentences, quotes credited to two named speakers, two different remarks.
 */
import { describe, expect, it } from 'vitest';
import { quoteSentences } from '../../src/detect/quote-sentences.js';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('the sentences of a quote', () => {
  it('splits at sentence ends and keeps each span into the original text', () => {
    const text = 'The river rose faster than expected. We lost the harvest!” Nobody came';
    const spans = quoteSentences({ start: 10, end: 10 + text.length, text });
    expect(spans.map((s) => s.text)).toEqual(['The river rose faster than expected.', 'We lost the harvest!”', 'Nobody came']);
    expect(spans.map((s) => [s.start, s.end])).toEqual([[10, 46], [47, 68], [69, 80]]);
  });
});

describe('one remark quoted two ways without a named speaker: quote', () => {
  it.each([
    [
      'Residents of the valley were stunned. “The river rose faster than any of us had expected. We lost the whole harvest in one night.”',
      '“Nobody here was ready for it. The river rose quicker than any of us had expected.”',
      ['faster', 'quicker'],
    ],
    [
      'Parents gathered at the gates. “We will keep the library open through the whole winter. Nobody should lose it.”',
      '“We will keep the library open through the whole summer.”',
      ['winter', 'summer'],
    ],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'quote', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['a partial quote of the same remark', '“The river rose faster than any of us had expected.”', '“The river rose faster than any of us had expected. We lost the whole harvest.”'],
    ['a spelling variant', '“The colour of the river changed faster than anyone had expected.”', '“The color of the river changed faster than anyone had expected.”'],
    ['short sentences', 'Residents were stunned. “We lost everything here.”', 'Residents were stunned. “We lost nothing here.”'],
    ['two named speakers', '“The river rose faster than any of us had expected,” Mayor Ruth Okafor said.', '“The river rose quicker than any of us had expected,” farmer Dan Pryce said.'],
    ['two different remarks', '“We will rebuild the school before the rains come next spring.”', '“We will never rebuild that old bridge over the river.”'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'quote')).toEqual([]);
  });
});
