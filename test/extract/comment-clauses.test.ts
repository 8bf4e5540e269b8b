/**
 * "…, and not in the drying barn as first reported", "The ferry arrived late, as expected": a subjectless "as" clause
 * with a participle of saying or expecting is a comment clause (Quirk et al. 1985 §§ 15.53–15.56): it asserts nothing
 * of its own, so it yields no claim. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const predicates = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => c.proposition.predicate?.lemma);

describe('a comment clause', () => {
  it('yields no claim', () => {
    expect(predicates('The fire started in the distillery and not in the drying barn as first reported.')).toEqual(['start']);
    expect(predicates('The ferry arrived two hours late, as expected.')).toEqual(['arrive']);
  });

  it('an "as" clause with a subject of its own is a claim (hard negative)', () => {
    expect(predicates('The ferry arrived late as the storm reached the harbour.')).toEqual(['arrive', 'reach']);
  });
});
