/**
 * A named holder with an aside before the reporting verb: a role with no article ("Dawn Pettit, head of the school,
 * said": Quirk et al. 1985 § 5.34), or an age and then a description ("Jan Vos, 45, a teacher, said"). The holder is
 * the name and the claim is what was said. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const first = (text: string) => {
  const c = analyze({ documents: [{ id: 'a', text }] }).claims[0]!;
  return [c.attribution.holder, c.proposition.predicate?.lemma, c.proposition.state];
};

describe('a role aside with no article, or an age before a description', () => {
  it.each([
    ['Dawn Pettit, head of the village school, said governors were still considering the plan.', ['Dawn Pettit', 'consider', 'pending']],
    ['Ian Birkett, chair of trustees, said the bath was not stolen.', ['Ian Birkett', 'steal', 'negated']],
    ['Derek Yapp, retired engineer, told members that 15 boats had taken part.', ['Derek Yapp', 'take', 'affirmed']],
    ['Jan Vos, 45, a teacher, said the school was closed.', ['Jan Vos', 'close', 'affirmed']],
  ])('%s', (text, expected) => {
    expect(first(text)).toEqual(expected);
  });

  it('hard negative: an aside that is no role leaves the verb its own', () => {
    // "open since 1990" describes the mill; the mill is what said, as before.
    expect(first('The mill, open since 1990, said prices rose.')).toEqual(['The mill', 'rise', 'affirmed']);
  });
});
