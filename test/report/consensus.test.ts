import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import type { DocumentInput } from '../../src/model/document.js';

const doc = (id: string, text: string): DocumentInput => ({ id, text, publishedAt: '2025-03-06', source: { id, name: id, kind: 'wire' } });

describe('consensus: labels in the text\'s own words, each source on its own side', () => {
  it('labels a group with the actor, predicate and theme as written', () => {
    const report = analyze({ documents: [doc('a', 'Engineers sealed the valve on Monday.'), doc('b', 'Engineers sealed the valve on Tuesday.')] });
    expect(report.consensus.map((c) => c.proposition)).toEqual(['Engineers sealed the valve']);
  });

  it('puts the two sides of a numeric conflict on opposite sides, never both supporting', () => {
    const report = analyze({ documents: [doc('y', 'Twelve people died in the flood in Porto.'), doc('z', 'At least 40 people died in the flood in Porto.')] });
    expect(report.consensus).toEqual([
      { proposition: 'People died', claims: ['y:1', 'z:1'], supporting: ['y'], contradicting: ['z'], conflicts: [report.conflicts[0]!.id] },
    ]);
  });

  it('the side more sources hold supports; the lone dissenter contradicts', () => {
    const report = analyze({
      documents: [doc('a', 'Twelve people died in the flood in Porto.'), doc('b', '12 people died in the flood in Porto.'), doc('c', 'At least 40 people died in the flood in Porto.')],
    });
    expect(report.consensus.map((c) => [c.supporting, c.contradicting])).toEqual([[['a', 'b'], ['c']]]);
  });

  it('a confirmation and a refusal are on opposite sides', () => {
    const report = analyze({
      documents: [doc('m', 'The ministry confirmed that the plant had passed an inspection in May.'), doc('n', 'The ministry denied that the plant had passed an inspection.')],
    });
    expect(report.consensus.map((c) => [c.proposition, c.supporting, c.contradicting])).toEqual([['The plant had passed an inspection', ['m'], ['n']]]);
  });
});
