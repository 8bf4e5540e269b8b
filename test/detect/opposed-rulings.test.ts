/**
 * A complaint or an appeal upheld against one dismissed or rejected are opposite acts on one thing (lexicon/opposites.ts
 * dictionary pairs: uphold / dismiss, uphold / reject); "a complaint about X" and "a complaint about Y" are two
 * complaints (relate/phrase-complement.ts). Every sentence is invented for this file. Hard negatives: two complaints,
 * two bodies, the same ruling told twice.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('opposite rulings on one thing', () => {
  it.each([
    ['upheld / dismissed', 'The ethics panel upheld the complaint against the winning baker.', 'The complaint against the winning baker was dismissed by the ethics panel.'],
    ['upheld / rejected', 'The tribunal upheld the ferry crew\u2019s appeal on Monday.', 'The tribunal rejected the ferry crew\u2019s appeal on Monday.'],
  ])('%s', (_, a, b) => expect(kinds(a, b)).toEqual(['opposition']));
});

describe('hard negatives', () => {
  it.each([
    ['two complaints', 'The ethics panel upheld a complaint about the judging.', 'The ethics panel dismissed a complaint about the car park.'],
    ['two bodies ruling', 'The ethics panel upheld the complaint against the winning baker.', 'The organisers\u2019 board dismissed the complaint against the winning baker.'],
    ['the same ruling twice', 'The ethics panel upheld the complaint against the winning baker.', 'The complaint against the winning baker was upheld by the ethics panel.'],
  ])('%s', (_, a, b) => expect(kinds(a, b)).toEqual([]));
});
