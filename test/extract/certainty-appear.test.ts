/**
 * "appear" hedges as a verb of seeming ("appears to have", "appeared calm"), not where it means to come before someone
 * or into a place ("will appear in court", "appeared before magistrates"): there it is the claim's own act.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const certaintyOf = (text: string) => {
  const [claim] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { value: claim!.certainty.value, cues: claim!.certainty.cues.map((c) => c.text) };
};

describe('"appear" of presence is no hedge', () => {
  it.each([
    'Two men will appear in court on Monday.',
    'The singer appeared at the festival on Saturday.',
    'The driver appeared before magistrates in Leeds.',
  ])('%s', (text) => {
    expect(certaintyOf(text).cues).toEqual([]);
    expect(certaintyOf(text).value).toBe(certaintyOf('Two men will stand trial on Monday.').value);
  });

  it.each([
    ['The fire appears to have started in the kitchen.', 'appears'],
    ['The minister appeared tired after the vote.', 'appeared'],
  ])('the verb of seeming still hedges: %s', (text, cue) => {
    expect(certaintyOf(text).cues).toEqual([cue]);
    expect(certaintyOf(text).value).toBeLessThan(certaintyOf('Two men will stand trial on Monday.').value);
  });
});
