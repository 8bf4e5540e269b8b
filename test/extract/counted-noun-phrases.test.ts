import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The counted noun of each count in a one-sentence document. */
function counted(text: string): (string | undefined)[] {
  return extractClaims({ id: 'd', text })
    .filter((c) => c.mainClaimId === undefined)
    .flatMap((c) => c.quantities.filter((q) => q.dimension === 'count').map((q) => q.noun));
}

describe('counted nouns: the plural head after a number, past the words that premodify it (Quirk § 17.113)', () => {
  it.each([
    ['an irregular plural after an adjective ("40 local women")', 'About 40 local women joined the protest.', ['women']],
    ['a "-men" plural after a participle ("four remaining craftsmen")', 'The firm employs four remaining craftsmen.', ['craftsmen']],
    ['an irregular plural right after the number ("12 children")', 'Police said 12 children were treated for smoke inhalation.', ['children']],
    ['a participle, then a noun premodifier, then the plural ("three smoked salmon products")', 'Inspectors seized three smoked salmon products.', ['products']],
    ['two coordinated participles before the plural', 'More than 300 bearded and moustachioed competitors packed the hall.', ['competitors']],
  ])('%s', (_name, text, nouns) => {
    expect(counted(text)).toEqual(nouns);
  });

  // Known gap: the clause splitter reads "Seven working" as a clause of its own before the count is read.
  it.fails('"-ing" and "-ed" participles coordinated ("Seven working and restored mills")', () => {
    expect(counted('Seven working and restored mills opened their doors.')).toEqual(['mills']);
  });

  it.each([
    ['a participle with no plural after it counts no noun ("40 injured were taken")', 'Some 40 injured were taken to hospital.', [undefined]],
    ['coordinated participles as the predicate count no noun', 'Two were injured and rescued by the crew.', [undefined]],
    ['a singular noun after the participle is no counted plural', 'Three smoked salmon was the only dish left.', [undefined]],
  ])('%s', (_name, text, nouns) => {
    expect(counted(text)).toEqual(nouns);
  });
});
