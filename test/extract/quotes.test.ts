import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes.js';
import { QuoteSchema, type Quote } from '../../src/model/claim.js';

const doc = (text: string) => ({ text, view: text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-') });
const quotes = (text: string) => extractQuotes(doc(text), { start: 0, end: text.length });
const quote = (start: number, text: string, speaker?: string): Quote => {
  const span = { start, end: start + text.length, text };
  return speaker === undefined ? { text, span } : { text, speaker, span };
};

type Case = [string, Quote[]];

const positives: Case[] = [
  ['"We will not attend," said Dmitry Peskov.', [quote(1, 'We will not attend', 'Dmitry Peskov')]],
  ['"We will not attend," Peskov said.', [quote(1, 'We will not attend', 'Peskov')]],
  ['Peskov said: "We will not attend."', [quote(14, 'We will not attend', 'Peskov')]],
  ['Putin called the offer ‘insolent’ and left.', [quote(24, 'insolent', 'Putin')]],
  ["Zelenskyy's team called it 'impudent', officials said.", [quote(28, 'impudent', "Zelenskyy's team")]],
  ['“It is over,” the Kremlin spokesman told reporters.', [quote(1, 'It is over', 'the kremlin spokesman')]],
  ['The Minister described the plan as "a disaster".', [quote(36, 'a disaster', 'the minister')]],
  ['"No," he said.', [quote(1, 'No')]],
  ["The players' union backed the 'fair deal' plan.", [quote(31, 'fair deal')]],
  ['“Curly quotes here,” said Ms. Smith.', [quote(1, 'Curly quotes here', 'Ms. Smith')]],
  ["\"He called it 'a farce',\" said Lee.", [quote(1, "He called it 'a farce'", 'Lee')]],
  ['"Yes," said Ana, "and no," said Ben.', [quote(1, 'Yes', 'Ana'), quote(18, 'and no', 'Ben')]],
  ['"Fine," officials said.', [quote(1, 'Fine', 'officials')]],
  ['Talks ended. "We will win," said one official.', [quote(14, 'We will win', 'one official')]],
];

// Apostrophes, contractions, possessives, an unclosed mark, empty quotes.
const negatives: string[] = [
  "We don't know Zelenskyy's plans, he said.",
  "The '90s were the players' best years.",
  'He said "we will',
  'An empty "" pair and rock \'n\' roll',
];

describe('extractQuotes', () => {
  it.each(positives)('%s', (text, expected) => {
    const got = quotes(text);
    expect(got).toEqual(expected);
    for (const q of got) expect(QuoteSchema.parse(q)).toEqual(q);
    for (const q of got) expect(q.span.text).toBe(text.slice(q.span.start, q.span.end));
  });

  it.each(negatives)('finds no quote in %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('reads only inside the range, with absolute offsets', () => {
    const text = '"Out," said Al. "In," said Bo.';
    expect(extractQuotes(doc(text), { start: 16, end: text.length })).toEqual([quote(17, 'In', 'Bo')]);
  });

  // Time is no assertion here: test/robustness/regex-safety.test.ts proves every regex free of catastrophic backtracking.
  it('reads no quote in 100,000-character hostile input without quoted words', () => {
    for (const hostile of ['"'.repeat(100_000), "'".repeat(100_000), ` 'a`.repeat(33_000), ' '.repeat(100_000), 'w'.repeat(100_000), '1'.repeat(100_000)]) {
      expect(quotes(hostile)).toEqual([]);
    }
  });

  it('reads each of 10,000 quoted words in 100,000 characters, at its own offset', () => {
    const found = quotes(`"'a' `.repeat(20_000));
    expect(found).toHaveLength(10_000);
    expect(found.every((q, i) => q.text === "'a'" && q.span.start === 1 + 10 * i && q.span.text === "'a'")).toBe(true);
  });
});
