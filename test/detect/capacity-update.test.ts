/**
 * "The kennels can now hold 72 dogs": "now" after a modal of ability marks a capacity newly gained, so an earlier
 * capacity is an update, not a clash (lexicon/update-cues.ts). Invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const numeric = (a: string, b: string) =>
  analyze({ documents: [
    { id: 'a', source: { name: 'Halsey Times' }, text: a, publishedAt: '2026-03-03' },
    { id: 'b', source: { name: 'The Courier' }, text: b, publishedAt: '2026-03-05' },
  ] }).conflicts.filter((c) => c.band !== 'low' && c.kind === 'numeric').map((c) => c.evidence.map((e) => e.span.text));

describe('a capacity newly gained', () => {
  it('updates the earlier capacity', () => {
    expect(numeric('The rescue centre\'s kennels can hold 70 dogs, its manager said.', 'Two new runs mean the rescue centre\'s kennels can now hold 90 dogs, its manager said.')).toEqual([]);
  });

  it('two capacities stated plainly still clash (positive)', () => {
    expect(numeric('The rescue centre\'s kennels can hold 70 dogs, its manager said.', 'The rescue centre\'s kennels can hold 90 dogs, its manager said.')).toEqual([['70 dogs', '90 dogs']]);
  });
});
