import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-01-10' }, { id: 'b', text: b, publishedAt: '2026-01-10' }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('"has not yet been done" and "will be done" agree: "yet" expects the act (Quirk et al. 1985, § 8.92)', () => {
  it.each([
    ['not yet issued / will be issued', 'The licence has not yet been issued.', 'The licence will be issued next week.'],
    ['not yet issued / will issue it', 'The licence has not yet been issued.', 'The Agency will issue the licence.'],
    ['is yet to be signed / is due to be signed', 'The contract is yet to be signed.', 'The contract is due to be signed on Friday.'],
  ])('hard negative, %s', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it.each([
    ['not yet issued / was issued in January', 'The licence has not yet been issued.', 'The licence was issued in January.'],
    ['not yet decided whether to attend / will attend', 'The minister has not yet decided whether to attend the talks.', 'The minister will attend the talks.'],
  ])('%s: status', (_, a, b) => {
    expect(alerts(a, b)).toEqual(['status']);
  });
});
