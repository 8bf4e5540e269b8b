import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { HOSTILE_INPUTS, HOSTILE_LENGTH } from '../../scripts/hostile-inputs.js';
import { coverageGaps, spanViolations } from './checks.js';

/** Times are the bench's job; this only bounds a hang so the suite reports it instead of stalling. */
const HOSTILE_TIMEOUT_MS = 30_000;

describe('hostile 100,000-character inputs finish without throwing, losing nothing', () => {
  for (const { name, text } of HOSTILE_INPUTS) {
    it(name, () => {
      expect(text).toHaveLength(HOSTILE_LENGTH);
      const report = analyze(text);
      const originals = new Map([['article', text]]);
      expect(spanViolations(report, originals)).toEqual([]);
      expect(coverageGaps(report, originals)).toEqual([]);
      expect(report.documents[0]!.characters).toBe(HOSTILE_LENGTH);
    }, HOSTILE_TIMEOUT_MS);
  }

  it('a sentence over maxSentenceLength is skipped whole: the 100,000-letter word', () => {
    const word = HOSTILE_INPUTS.find((h) => h.name === 'one long word')!.text;
    expect(analyze(word).skipped).toEqual([{ documentId: 'article', span: { start: 0, end: HOSTILE_LENGTH, text: word }, reason: 'too-long' }]);
  });

  it('a marker range is capped: [1-999] names 21 sources, not 999', () => {
    const report = analyze('Officials said Putin will attend the talks [1-999].');
    expect(Object.keys(report.documents[0]!.citations)).toEqual(Array.from({ length: 21 }, (_, i) => String(i + 1)));
    expect(report.claims[0]!.attribution.markers).toHaveLength(21);
  });
});
