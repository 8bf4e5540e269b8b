import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function conflicts(a: string, b: string) {
  return analyze({
    documents: [
      { id: 'a', source: { name: 'Northwire', kind: 'wire' }, text: a },
      { id: 'b', source: { name: 'Harbor Daily', kind: 'newspaper' }, text: b },
    ],
  }).conflicts;
}

describe('one act with its two parties exchanged is an actor clash, not a resale', () => {
  it.each([
    ['a contest', 'Okafor defeated Lindqvist in the final.', 'Lindqvist defeated Okafor in the final.', ['Okafor', 'Lindqvist']],
    ['a contest told with "beat"', 'Valdor beat Ostrava on Sunday.', 'Ostrava beat Valdor on Sunday.', ['Valdor', 'Ostrava']],
    ['a sale with its direction reversed', 'Harlow Mining sold the smelter to Brisk Metals.', 'Brisk Metals sold the smelter to Harlow Mining.', ['Harlow Mining', 'Brisk Metals']],
  ])('%s', (_, a, b, evidence) => {
    const [c, ...rest] = conflicts(a, b);
    expect(rest).toEqual([]);
    expect(c?.kind).toBe('actor');
    expect(c?.evidence.map((e) => e.span.text)).toEqual(evidence);
    expect(['medium', 'high']).toContain(c?.band);
  });
});

describe('hard negatives', () => {
  it.each([
    ['a converse told from the other side', 'Okafor defeated Lindqvist in the final.', 'Lindqvist lost to Okafor in the final.'],
    ['a resale to a third party', 'Harlow Mining sold the smelter to Brisk Metals.', 'Brisk Metals sold the smelter to Corva Group.'],
    ['a symmetric act', 'Okafor met Lindqvist in Geneva.', 'Lindqvist met Okafor in Geneva.'],
    ['the same result reported twice', 'Okafor defeated Lindqvist in the final.', 'Okafor defeated Lindqvist in the final, organisers said.'],
    ['two denials with the parties exchanged', 'Okafor did not defeat Lindqvist.', 'Lindqvist did not defeat Okafor.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });
});
