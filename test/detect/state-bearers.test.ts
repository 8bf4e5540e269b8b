/**
 * The subject of a copula with an adjective bears a state and does nothing ("the county was short of plumbers"), so two
 * such subjects are no rival doers; a passive after "was" keeps its "by" doer. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('bearers of a state', () => {
  it('two subjects of one adjective state are no rival doers (hard negative)', () => {
    expect(kinds('The trade body said the county was short of at least 300 electricians.', 'The trade body said the region was short of hundreds of electricians.')).not.toContain('actor');
  });
  it('a state that stays with its subject under "remains" is no act either (hard negative)', () => {
    expect(kinds('The harbour remains busy, the port authority said.', 'The marina remains busy, the port authority said.')).not.toContain('actor');
  });
  it('a passive after "was" keeps its doer: two "by" doers of one act still clash', () => {
    expect(kinds('The library budget was cut by the council on Monday.', 'The library budget was cut by the trust on Monday.')).toEqual(['actor']);
  });
  it('an irregular participle after "was" is a passive too: two finders still clash', () => {
    expect(kinds('The lost ring was found by a gardener on Sunday.', 'The lost ring was found by a mountain rescue team on Sunday.')).toEqual(['actor']);
  });
});

describe('a progressive is an act', () => {
  it('"were smuggling" by two doers still clashes', () => {
    expect(kinds('Police said dealers were smuggling coins through the port in March.', 'Police said sailors were smuggling coins through the port in March.')).toEqual(['actor']);
  });
});
