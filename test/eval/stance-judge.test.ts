import { describe, expect, it } from 'vitest';
import { judgeClaims, kindGroup, KIND_GROUPS } from '../../src/eval/stance-judge.js';
import { CONFLICT_KINDS, type Band, type ConflictKind } from '../../src/model/conflict.js';
import type { Claim } from '../../src/model/claim.js';
import { claimAt, conflictOf } from './builders.js';

const HEAD = 'Ferry service to resume on Monday';
const BODY = 'The ferry service resumes Monday. Operators said it may resume. The union denied it. The ferry is blue.';
const h = claimAt('h', 'h', HEAD, 0, HEAD.length);
const firm = claimAt('b0', 'b', BODY, 0, 32);
const hedged = claimAt('b1', 'b', BODY, 33, 62, { stance: 'reported' });
const denied = claimAt('b2', 'b', BODY, 63, 84, { stance: 'denied' });
const other = claimAt('b3', 'b', BODY, 85, 102);

/** A judge whose match scores and conflicts are fixed per body claim id. */
function judge(scores: Record<string, number>, conflicts: Record<string, [ConflictKind, number, Band]> = {}) {
  return {
    matchClaims: (_a: Claim, b: Claim) => scores[b.id] ?? 0,
    compareClaims: (a: Claim, b: Claim) => {
      const c = conflicts[b.id];
      return c === undefined ? null : conflictOf(`c-${b.id}`, c[0], a, b, c[1], c[2]);
    },
  };
}

describe('kindGroup', () => {
  it('puts every conflict kind in exactly one group', () => {
    const grouped = Object.values(KIND_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...CONFLICT_KINDS].sort());
    expect([kindGroup('polarity'), kindGroup('numeric'), kindGroup('actor')]).toEqual(['opposing', 'detail', 'source']);
  });
});

describe('judgeClaims', () => {
  it('splits compatible matches into firm and attributed-or-hedged, and keeps denials apart', () => {
    const e = judgeClaims([h], [firm, hedged, denied, other], judge({ b0: 0.7, b1: 0.9, b2: 0.8, b3: 0.1 }));
    expect([e.bestMatch, e.firmMatch, e.hedgedMatch, e.deniedMatch, e.contradiction]).toEqual([0.9, 0.7, 0.9, 0.8, 0]);
    // b3 is below minMatch (0.45): not judged.
    expect(e.judged.map((c) => c.id)).toEqual(['b0', 'b1', 'b2']);
    expect(e.kind).toBeUndefined();
  });

  it('takes the strongest conflict, its kind and its claims; a medium conflict is no compatible match', () => {
    const e = judgeClaims([h], [firm, hedged], judge({ b0: 0.7, b1: 0.9 }, { b0: ['polarity', 0.82, 'high'], b1: ['numeric', 0.3, 'low'] }));
    expect([e.contradiction, e.kind, e.strongest]).toEqual([0.82, 'polarity', { headline: 'h', body: 'b0' }]);
    expect(e.byGroup).toEqual({ opposing: 0.82, detail: 0.3, source: 0 });
    // b0 clashes at high: not compatible. b1's low-band numeric conflict leaves it compatible.
    expect([e.firmMatch, e.hedgedMatch]).toEqual([0, 0.9]);
  });

  it('never compares unmatched claims unless every pair is asked for', () => {
    let compared = 0;
    const base = judge({ b0: 0.2 }, { b0: ['opposition', 0.6, 'medium'] });
    const counting = { ...base, compareClaims: (a: Claim, b: Claim) => (compared++, base.compareClaims(a, b)) };
    expect(judgeClaims([h], [firm], counting).contradiction).toBe(0);
    expect(compared).toBe(0);
    const every = judgeClaims([h], [firm], { ...counting, everyPair: true });
    expect([every.contradiction, every.firmMatch, compared]).toEqual([0.6, 0, 1]);
  });

  it('finds nothing when either side has no claims', () => {
    const e = judgeClaims([], [firm], judge({ b0: 1 }));
    expect([e.bestMatch, e.judged.length, e.contradiction, e.firmMatch]).toEqual([0, 0, 0, 0]);
  });
});
