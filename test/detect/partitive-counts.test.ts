/**
 * A bare figure with a definite "of" phrase is a part of a set (Quirk et al. 1985, § 5.24): "saved 12 of the sailors"
 * may be fewer than "rescued 19 sailors" without a clash; only a part larger than the whole clashes. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const kindOf = (a: string, b: string) => {
  const found = strongestOfUndated(a, b);
  return found === undefined || found.band === 'low' ? null : found.kind;
};

describe('partitive counts', () => {
  it('hard negative: "released 25 of the hostages" is part of "released 40 hostages"', () => {
    expect(kindOf('Rebels released 40 hostages on Monday, the army said.', 'Rebels released 25 of the hostages on Monday, a mediator said.')).toBeNull();
  });

  it('hard negative: "saved 12 of the sailors" is part of "rescued 19 sailors"', () => {
    expect(kindOf('The coastguard rescued 19 sailors from the Ocean Pride, the navy said.', 'A helicopter saved 12 of the sailors from the Ocean Pride, the company said.')).toBeNull();
  });

  it('a part larger than the whole still clashes: "30 of the sailors" / "19 sailors"', () => {
    expect(kindOf('The coastguard rescued 19 sailors from the Ocean Pride, the navy said.', 'A helicopter saved 30 of the sailors from the Ocean Pride, the company said.')).toBe('numeric');
  });

  it('no "of" phrase: "released 25 hostages" / "released 40 hostages" clashes', () => {
    expect(kindOf('Rebels released 40 hostages on Monday, the army said.', 'Rebels released 25 hostages on Monday, a mediator said.')).toBe('numeric');
  });

  it('a counted noun with an "of" postmodifier is no partitive: "14 members of the army" / "40 army members"', () => {
    expect(kindOf('The three were among 14 members of the Kelmar army in the drill, officials said.', 'The three were among 40 Kelmar army members in the drill, a spokesman said.')).toBe('numeric');
  });
});
