/**
 * "in the last ten minutes before arrival", "over the past five years": a duration after "last", "past", "first" and
 * the like is a window that places the act (Quirk et al. 1985 § 8.55), compared only with another window, never with
 * how long an act takes. Invented sentences; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';

const dims = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).flatMap((c) => c.quantities.map((q) => [q.span.text, q.dimension]));
const numeric = (a: string, b: string) => evidenceOf('numeric', a, b);

describe('a window', () => {
  it('is read as a window', () => {
    expect(dims('No drinks are sold in the last ten minutes before arrival.')).toEqual([['ten minutes', 'window']]);
    expect(dims('The club has doubled its membership over the past five years.')).toEqual([['five years', 'window']]);
  });

  it('does not clash with how long the act takes', () => {
    expect(numeric('The ferry bar sells drinks on the 25-minute crossing.', 'The ferry bar sells no drinks in the last ten minutes of the crossing.')).toEqual([]);
  });

  it('a plain duration is still a duration, and two durations still clash (positives)', () => {
    expect(dims('The crossing takes 25 minutes.')).toEqual([['25 minutes', 'duration']]);
    expect(numeric('The Kyle ferry crossing takes 25 minutes.', 'The Kyle ferry crossing takes 40 minutes.')).toEqual([['25 minutes', '40 minutes']]);
  });
});
