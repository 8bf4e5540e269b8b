import { describe, expect, it } from 'vitest';
import { oncePerDispute } from '../../src/api/repeats.js';
import { analyze } from '../../src/index.js';
import type { Conflict } from '../../src/model/conflict.js';

/** A conflict between claim `a` (in document `docA`, words `wordsA`) and claim `b`; only what the rule reads is real. */
function conflict(id: string, kind: Conflict['kind'], score: number, a: [string, string, string], b: [string, string, string]): Conflict {
  const side = ([claim, documentId, text]: [string, string, string], role: 'a' | 'b') => ({ claim, documentId, span: { start: 0, end: text.length, text }, role });
  return {
    id, kind, score, band: 'medium', claims: [a[0], b[0]], documents: [a[1], b[1]], sources: [[a[1]], [b[1]]],
    evidence: [side(a, 'a'), side(b, 'b')], factors: [], also: [], message: '', fingerprint: id,
  };
}

const ids = (cs: Conflict[]) => cs.map((c) => c.id);

describe('one dispute between two reports is raised once', () => {
  it('a claim against two sentences of another document with the same words: the stronger is kept', () => {
    const kept = oncePerDispute([
      conflict('x1', 'numeric', 0.85, ['a:1', 'a', 'some 30 km'], ['b:2', 'b', 'two km']),
      conflict('x2', 'numeric', 0.8, ['a:1', 'a', 'some 30 km'], ['b:7', 'b', 'two km.']),
    ]);
    expect(ids(kept)).toEqual(['x1']);
  });

  it('the repeated side may be either one: the same words in one document against one claim of the other', () => {
    const kept = oncePerDispute([
      conflict('y1', 'polarity', 0.8, ['a:3', 'a', 'is "not true"'], ['b:1', 'b', 'confirmed']),
      conflict('y2', 'polarity', 0.7, ['a:9', 'a', 'is not true'], ['b:1', 'b', 'confirmed']),
    ]);
    expect(ids(kept)).toEqual(['y1']);
  });

  it('hard negative: other words in the other document are another dispute, both kept', () => {
    const kept = oncePerDispute([
      conflict('z1', 'polarity', 0.8, ['a:1', 'a', 'is a hoax'], ['b:2', 'b', 'is genuine']),
      conflict('z2', 'polarity', 0.7, ['a:1', 'a', 'is a hoax'], ['b:5', 'b', 'was real']),
    ]);
    expect(ids(kept)).toEqual(['z1', 'z2']);
  });

  it('hard negative: the same words in two other documents are two sources, both kept', () => {
    const kept = oncePerDispute([
      conflict('w1', 'numeric', 0.8, ['a:1', 'a', '40 dead'], ['b:2', 'b', '12 dead']),
      conflict('w2', 'numeric', 0.8, ['a:1', 'a', '40 dead'], ['c:2', 'c', '12 dead']),
    ]);
    expect(ids(kept)).toEqual(['w1', 'w2']);
  });

  it('hard negative: another kind over the same sentences is kept', () => {
    const kept = oncePerDispute([
      conflict('v1', 'numeric', 0.8, ['a:1', 'a', 'Monday'], ['b:2', 'b', 'Friday']),
      conflict('v2', 'temporal', 0.7, ['a:1', 'a', 'Monday'], ['b:4', 'b', 'Friday']),
    ]);
    expect(ids(kept)).toEqual(['v1', 'v2']);
  });
});

describe('analyze raises a dispute repeated inside one report once', () => {
  const first = 'Witnesses said the rebels are just two miles from the capital.';
  const run = (second: string) =>
    analyze({ documents: [{ id: 'd1', source: { name: 'S1' }, text: first }, { id: 'd2', source: { name: 'S2' }, text: second }] }).conflicts.map((c) => ({
      kind: c.kind,
      band: c.band,
      claims: c.claims,
      words: c.evidence.map((e) => e.span.text),
    }));

  it('"about 40 miles" twice in the second report against "two miles": one numeric conflict, on the first sentence', () => {
    const found = run('State radio said the rebels are about 40 miles from the capital. Later a general said the rebels are about 40 miles from the capital.');
    expect(found).toEqual([{ kind: 'numeric', band: expect.stringMatching(/^(medium|high)$/), claims: ['d1:1', 'd2:1'], words: ['two miles', 'about 40 miles'] }]);
  });

  it('hard negative: 40 and then 35 miles are two clashes, both raised', () => {
    const found = run('State radio said the rebels are about 40 miles from the capital. Later a general said the rebels are about 35 miles from the capital.');
    expect(found.map((c) => [c.kind, c.claims[1], c.words[1]])).toEqual([
      ['numeric', 'd2:1', 'about 40 miles'],
      ['numeric', 'd2:2', 'about 35 miles'],
    ]);
  });
});
