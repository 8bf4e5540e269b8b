/**
 * A closing impersonal passive of reporting ("…, it was reported on Friday"; Quirk et al. 1985 § 16.33) is a frame
 * with no named holder, as the opening one is ("It was reported on Friday that …"): the day dates the report, not the
 * event. Sentences invented for this file; expectations written before the first run. Hard negatives: a personal
 * passive with a complement, and a closing frame with a named holder.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const read = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' })[0]!;
  return { holder: c.attribution.holder, kind: c.attribution.holderKind, times: c.times.map((t) => t.span.text) };
};

describe('a closing impersonal passive frame', () => {
  it.each([
    ['Two people were hurt in the blast, it was reported on Friday.', { holder: 'it was reported', kind: 'anonymous', times: [] }],
    ['The ferry ran aground off Paros, it was revealed.', { holder: 'it was revealed', kind: 'anonymous', times: [] }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a personal passive with a complement is the event', () => {
    expect(read('She was called to duty on Friday.').times).toEqual(['Friday']);
  });

  it('a named holder after the comma is still the holder', () => {
    expect(read('Two people were hurt in the blast, police said on Friday.')).toMatchObject({ holder: 'police', times: [] });
  });


  it('the day of the report is no clash with the day of the event', () => {
    expect(alertKinds('Two people were hurt in the blast, it was reported on Friday.', 'Two people were hurt in the blast on Thursday.')).toEqual([]);
  });

  it('two days of the event still clash', () => {
    expect(alertKinds('Two people were hurt in the blast on Wednesday, it was reported on Friday.', 'Two people were hurt in the blast on Thursday.')).toEqual(['temporal']);
  });
});
