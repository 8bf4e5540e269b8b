import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-09' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma };
};

describe('"expect", "want", "need" with an object and a to-infinitive: the object is the infinitive\'s subject (Quirk et al. 1985, § 16.37)', () => {
  it.each([
    ['Officials expect the bridge to reopen in May.', { actor: 'bridge', lemma: 'reopen' }],
    ['The union wants the council to drop the plan.', { actor: 'council', lemma: 'drop' }],
  ])('%s', (text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['without an object the subject acts', 'The council expects to decide in May.', { actor: 'The council', lemma: 'decide' }],
    ['an adverbial before "to" is no subject', 'Members voted on Tuesday night to approve the plan.', { actor: 'Members', lemma: 'approve' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it('no actor clash between "is expected to reopen" and "officials expect the bridge to reopen"', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'The bridge is expected to reopen in May.', publishedAt: '2026-06-09' },
        { id: 'b', text: 'Officials expect the bridge to reopen in May.', publishedAt: '2026-06-09' },
      ],
    });
    expect(report.conflicts.filter((c) => c.band !== 'low').map((c) => c.kind)).toEqual([]);
  });
});
