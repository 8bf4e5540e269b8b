import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { conflictKey, coverageGaps, orderViolations, spanCount, spanViolations } from './checks.js';
import { ROBUSTNESS_PROPERTIES } from './properties.js';

/** Enough to catch regressions in `npm test` while keeping it fast; `npm run fuzz` runs 100,000. */
const SUITE_RUNS = 150;
/** A fixed seed keeps the suite reproducible; the fuzz script varies it. */
const SUITE_SEED = 20250516;

describe('robustness properties (fast-check)', () => {
  for (const { name, property } of ROBUSTNESS_PROPERTIES) {
    it(name, () => {
      fc.assert(property, { numRuns: SUITE_RUNS, seed: SUITE_SEED });
    }, 60_000);
  }
});

describe('the checks behind the properties catch what they are meant to', () => {
  const text = 'Officials said the minister will not attend the talks [2, 3]. While some reports said he would attend, others said he would not.';
  const report = analyze(text);
  const originals = new Map([['article', text]]);

  it('finds every span of a real report sound, and there are many of them', () => {
    expect(spanViolations(report, originals)).toEqual([]);
    expect(spanCount(report)).toBeGreaterThan(10);
  });

  it('flags a span whose text no longer matches the original', () => {
    const broken = structuredClone(report);
    broken.claims[0]!.proposition.predicate!.span.start += 1;
    expect(spanViolations(broken, originals)).toHaveLength(1);
  });

  it('flags a letter that no claim or skipped span covers, but not the citation marker or the joining word', () => {
    expect(coverageGaps(report, originals)).toEqual([]);
    const broken = structuredClone(report);
    broken.claims.shift();
    const gaps = coverageGaps(broken, originals);
    expect(gaps[0]).toEqual({ documentId: 'article', start: 0, end: 9, text: 'Officials' });
    expect(gaps.some((g) => g.text === '2' || g.text === '3')).toBe(false);
  });

  it('reads a lone modifier apostrophe (U+02BC) as the apostrophe gainsay folds it to, not as an uncovered letter', () => {
    const text = '\u02BC Although the mayor approved the deal, officials said that taxes rose.';
    const lone = analyze(text);
    expect(coverageGaps(lone, new Map([['article', text]]))).toEqual([]);
    const withoutClaims = { ...lone, claims: [] };
    expect(coverageGaps(withoutClaims, new Map([['article', text]])).map((g) => g.text)).toEqual(['the', 'mayor', 'approved', 'the', 'deal', 'officials', 'said', 'that', 'taxes', 'rose']);
  });

  it('flags conflicts out of the canonical order', () => {
    const docs = {
      documents: [
        { id: 'a', text: 'Officials said Putin will attend the talks in Istanbul.' },
        { id: 'b', text: 'Officials said Putin will not attend the talks in Istanbul.' },
        { id: 'c', text: 'Officials said Putin refused to attend the talks in Istanbul.' },
      ],
    };
    const conflicts = analyze(docs).conflicts;
    expect(conflicts.length).toBeGreaterThan(1);
    expect(orderViolations(conflicts)).toEqual([]);
    expect(orderViolations([...conflicts].reverse()).length).toBeGreaterThan(0);
    expect(new Set(conflicts.map((c) => conflictKey(c))).size).toBe(conflicts.length);
  });
});
