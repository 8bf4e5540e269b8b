import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, source: { name: 'A', kind: 'wire' } }, { id: 'b', text: b, source: { name: 'B', kind: 'newspaper' } }] })
    .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('a body and its members named by a derived agent noun ("the council" / "councillors") are one doer', () => {
  it.each([
    ['council / councillors', 'The council voted to offer a grant.', 'Parish councillors voted to offer a grant.'],
    ['senate / senators', 'The senate voted to offer a grant.', 'Senators voted to offer a grant.'],
  ])('no actor conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });

  it.each([
    ['two bodies', 'The council voted to offer a grant.', 'The trust voted to offer a grant.'],
    ['a body and another body\'s members', 'The council voted to offer a grant.', 'Trustees voted to offer a grant.'],
  ])('still an actor conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual(['actor']);
  });
});
