import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const prop = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;

describe('an invariant irregular verb ("cost", "spread") after a noun subject is the verb, though tagged a noun', () => {
  it.each([
    ['The new bridge cost 12 million euros.', 'The new bridge', 'cost'],
    ['The storm cost insurers $2bn.', 'The storm', 'cost'],
    ['The fire spread to two farms.', 'The fire', 'spread'],
    ['The council set a new limit.', 'The council', 'set'],
  ])('%s', (text, actor, predicate) => {
    const p = prop(text)!;
    expect(p.actor?.text).toBe(actor);
    expect(p.predicate?.lemma).toBe(predicate);
  });

  it('the same form right before "was" heads the subject ("The TV set was broken")', () => {
    const p = prop('The TV set was broken.')!;
    expect(p.predicate?.lemma).toBe('break');
    expect(p.theme?.text).toBe('The TV set');
  });
});
