import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/eval/index.js';

const SAMPLE = new URL('../../../shared/data/cases/sample.json', import.meta.url);
const OWN = new URL('../fixtures/cases/', import.meta.url);
const hasShared = existsSync(SAMPLE);
if (!hasShared) console.warn('[gainsay] ../shared/data is absent: the sample-case floor test is skipped (CI always has it).');

function ownCases(): unknown {
  const cases = readdirSync(OWN)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(new URL(f, OWN), 'utf8')) as { cases: unknown[] }).cases);
  return { version: 1, cases };
}

// Floors are what the pipeline measurably reaches now (see README "Accuracy"); raise them as it improves.
describe('conflict cases: measured floors', () => {
  it.skipIf(!hasShared)('sample cases (../shared/data/cases/sample.json)', () => {
    const r = evaluateCases(JSON.parse(readFileSync(SAMPLE, 'utf8')));
    expect(r.cases).toBe(30);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.5);
    expect(r.kindAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.negativesClean).toBeGreaterThanOrEqual(0.9);
  });

  it('own cases (test/fixtures/cases)', () => {
    const r = evaluateCases(ownCases());
    expect(r.cases).toBeGreaterThanOrEqual(96);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.4);
    // 25 of 27 since determiner negation is read ("There will be no load-shedding" is negated, so that misquote pair
    // is reported as polarity, its other true reading, before quote).
    expect(r.kindAccuracy).toBeGreaterThanOrEqual(0.92);
    // 0.97 until session 17; counts of one set across a story (match/counted-sets.ts storyNames) put one alert on a
    // negative case (31 / 33): a recall-for-precision trade measured on the unread sets too (README, fresh cases 5).
    expect(r.negativesClean).toBeGreaterThanOrEqual(0.93);
  });
});
