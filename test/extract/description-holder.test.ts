import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holders = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' }).map((c) => (c.attribution.holderKind === 'author' ? null : c.attribution.holder));

describe('a definite description holder refers back to the person or body just named (Halliday & Hasan § 6.3)', () => {
  it('an age description: the person', () =>
    expect(holders('Hanna Berg resigned as health minister on Monday. The 58-year-old told reporters she had not seen the letter.')).toEqual([null, 'Hanna Berg']));
  it("an organisation's general noun: the named body", () =>
    expect(holders('Brightwell Foods lost the case. The company said it would appeal the ruling.')).toEqual([null, 'Brightwell Foods']));

  it('no named body before: the description stays', () =>
    expect(holders('The strike entered its third week. The company said talks would resume.')).toEqual([null, 'The company']));
  it('a description that is no organisation noun stays', () =>
    expect(holders('Brightwell Foods lost the case. The judge said the fine was fair.')).toEqual([null, 'The judge']));
  it('an age description with no person named before stays', () =>
    expect(holders('The strike entered its third week. The 40-year-old said talks would resume.')).toEqual([null, 'The 40-year-old']));
});
