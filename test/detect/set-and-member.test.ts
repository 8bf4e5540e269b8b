import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, source: { name: 'A', kind: 'wire' } }, { id: 'b', text: b, source: { name: 'B', kind: 'newspaper' } }] })
    .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('a set of a kind against one member of it: what most councils do is no account of one council', () => {
  it.each([
    ['"most neighbouring councils already charge" against one council scrapping a charge',
      'Calder Vale council has scrapped plans to charge residents for dumping DIY waste.',
      'Most neighbouring councils already charge for building waste.'],
    ['"other clubs have closed" against one club staying open',
      'The Riverside club will not close this winter.',
      'Several clubs closed this winter.'],
  ])('no conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it('the same council told twice still clashes', () => {
    expect(alerts('Calder Vale council has scrapped plans to charge residents for dumping DIY waste.', 'Calder Vale council will charge residents for dumping DIY waste.')).not.toEqual([]);
  });
});
