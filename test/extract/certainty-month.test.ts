/** The month "May" is no hedge: a capitalised "May" after a clause's first word is the month, the modal is lower case. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const certaintyOf = (text: string) => {
  const [claim] = extractClaims({ id: 'd', text, source: 'Wire' });
  return { value: claim!.certainty.value, cues: claim!.certainty.cues.map((c) => c.text) };
};

describe('certainty and the month May', () => {
  it('a date in May moves nothing: the same certainty as a date in June', () => {
    const may = certaintyOf('The bridge reopened on May 3, 2024.');
    expect(may).toEqual(certaintyOf('The bridge reopened on June 3, 2024.'));
    expect(may.cues).toEqual([]);
  });

  it.each([
    ['The bridge may reopen next week.', ['may']],
    ['The bridge might reopen in May.', ['might']],
  ])('the modal is still a hedge: %s', (text, cues) => {
    expect(certaintyOf(text).cues).toEqual(cues);
    expect(certaintyOf(text).value).toBeLessThan(certaintyOf('The bridge reopened on May 3, 2024.').value);
  });
});
