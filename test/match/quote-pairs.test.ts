/**
 * Two reports that quote one named speaker's remark in different words are compared whatever the clauses around the
 * quotes say (match/quote-pairs.ts). Sentences invented for this file; expectations written before the first run.
 * Hard negatives: a partial quote inside the full one, two speakers, the same remark quoted twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));

const A = 'The collision came 600 metres into the race. The umpire, Klaus Berger, later told the crews it had been "a clear steering error by the Harbour cox".';

describe('one remark in two wordings', () => {
  it('is compared even when the claims framing the quotes do not match ("asked" / "told")', () => {
    const a = 'Radio presenter Tom Ashby ended his last breakfast show on Friday. Ashby told listeners: "I have been asked to stop, so I am stopping."';
    const b = 'Dales Media Watch reported the farewell. Near the end, Ashby told his listeners: "I was told to stop, so I am stopping."';
    expect(alerts(a, b)).toEqual([{ kind: 'quote', evidence: ['have been asked', 'was told'] }]);
  });
  it('is a quote conflict even when the clauses around the quotes share little', () => {
    const b = 'Harbour protested after the final. Berger told reporters at the finish line that the collision was "a clear steering mistake by the Harbour cox".';
    expect(alerts(A, b)).toEqual([{ kind: 'quote', evidence: ['error', 'mistake'] }]);
  });
  it('a partial quote inside the full remark is no conflict', () => {
    const b = 'Harbour protested after the final. Berger told reporters at the finish line that it was "a clear steering error".';
    expect(alerts(A, b)).toEqual([]);
  });
  it('the same remark quoted twice is no conflict', () => {
    const b = 'Harbour protested after the final. Berger told reporters at the finish line it had been "a clear steering error by the Harbour cox".';
    expect(alerts(A, b)).toEqual([]);
  });
  it('another speaker\'s remark is no misquote', () => {
    const b = 'Harbour protested after the final. Their coach, Anna Lind, told reporters it had been "a clear steering mistake by the Harbour cox".';
    expect(alerts(A, b)).toEqual([]);
  });
});
