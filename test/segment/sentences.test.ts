import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const rangesOf = (text: string) => splitSentences(text).map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) }));

describe('splitSentences', () => {
  it.each([
    [
      'titles and place abbreviations do not end a sentence',
      'Mr. Hale flew to St. Louis on Monday. He met Dr. Ortiz there.',
      [
        { start: 0, end: 37, text: 'Mr. Hale flew to St. Louis on Monday.' },
        { start: 38, end: 61, text: 'He met Dr. Ortiz there.' },
      ],
    ],
    [
      'a full stop inside a quotation that closes soon after keeps the quote with its speaker',
      '"We lost him. But we were heard," his sister said. The court rose.',
      [
        { start: 0, end: 50, text: '"We lost him. But we were heard," his sister said.' },
        { start: 51, end: 66, text: 'The court rose.' },
      ],
    ],
    [
      'a quote mark never closed does not swallow the sentences after it',
      'He said "we lost. ' + 'Then the court rose and everyone left the room quietly. '.repeat(6).trim(),
      [
        { start: 0, end: 17, text: 'He said "we lost.' },
        ...Array.from({ length: 6 }, (_, i) => ({ start: 18 + i * 56, end: 18 + i * 56 + 55, text: 'Then the court rose and everyone left the room quietly.' })),
      ],
    ],
    [
      'a dotted acronym does not end a sentence',
      'The U.S. team won the final. Fans cheered.',
      [
        { start: 0, end: 28, text: 'The U.S. team won the final.' },
        { start: 29, end: 42, text: 'Fans cheered.' },
      ],
    ],
    [
      'a decimal point does not end a sentence',
      'Inflation rose 3.5 percent in May. Prices fell later.',
      [
        { start: 0, end: 34, text: 'Inflation rose 3.5 percent in May.' },
        { start: 35, end: 53, text: 'Prices fell later.' },
      ],
    ],
    [
      'a closing quote after the period stays in the sentence',
      'She said, "We are done." Then she left.',
      [
        { start: 0, end: 24, text: 'She said, "We are done."' },
        { start: 25, end: 39, text: 'Then she left.' },
      ],
    ],
    [
      'a newline splits even without a terminator',
      'First line without stop\nSecond line here.',
      [
        { start: 0, end: 23, text: 'First line without stop' },
        { start: 24, end: 41, text: 'Second line here.' },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(rangesOf(text)).toEqual(expected);
  });

  it('does not split before a lower-case continuation', () => {
    const text = 'The vote was 10 a.m. sharp. nothing else.';
    expect(rangesOf(text)).toEqual([{ start: 0, end: 41, text }]);
  });
});
