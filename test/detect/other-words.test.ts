import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/index.js';
import { singleClaim } from '../helpers/single-claim.js';
import { MEDIUM_PLUS } from '../helpers/two-reports.js';

const compare = (a: string, b: string) => {
  const c = compareClaims(singleClaim('a', a), singleClaim('b', b));
  return c && { kind: c.kind, band: c.band, score: c.score, evidence: c.evidence.map((e) => e.span.text) };
};

describe('one act in other words reaches polarity and status', () => {
  it('a negated light-verb phrase against its verb is polarity ("did not reach an agreement" / "agreed")', () => {
    const c = compare('The ministers did not reach an agreement on the budget.', 'The ministers agreed on the budget.');
    // Scored near the medium/high border (0.812 after session 18's refit, medium before): the range is pinned, not the band.
    expect(c).toMatchObject({ kind: 'polarity', evidence: ['not reach', 'agreed'] });
    expect(c!.score).toBeGreaterThan(0.7);
    expect(c!.score).toBeLessThan(0.85);
  });

  it('a negated verb against its WordNet synonym on the same thing is polarity ("did not purchase" / "bought")', () => {
    expect(compare('The firm did not purchase the plant.', 'The firm bought the plant.')).toMatchObject({ kind: 'polarity', evidence: ['not purchase', 'bought'] });
  });

  it('a failure noun against the act done is polarity, the noun its evidence', () => {
    // Its score sits near the high cut (0.80 after the refit that merged it): medium or high.
    const c = compare("The council's failure to pay the contractor delayed the works.", 'The council paid the contractor.');
    expect(c).toMatchObject({ kind: 'polarity', band: MEDIUM_PLUS, evidence: ['failure', 'paid'] });
    expect(c!.score).toBeGreaterThan(0.7);
    expect(c!.score).toBeLessThan(0.9);
  });

  it('a refusal noun against the act done is polarity', () => {
    expect(compare("The union's refusal to accept the offer surprised analysts.", 'The union accepted the offer.')).toMatchObject({ kind: 'polarity', evidence: ['refusal', 'accepted'] });
  });

  it('"was unable to" against the act done is polarity', () => {
    expect(compare('The pilot was unable to lower the wheels.', 'The pilot lowered the wheels.')).toMatchObject({ kind: 'polarity', band: 'high', evidence: ['unable', 'lowered'] });
  });

  it('a delay in reaching an agreement against the agreement made is status', () => {
    const c = compare('The delay in reaching an agreement on the budget worried investors.', 'The ministers agreed on the budget.');
    expect(c).toMatchObject({ kind: 'status', band: 'medium', evidence: ['delay', 'agreed'] });
  });
});

describe('hard negatives', () => {
  it.each([
    ['a paraphrase', 'The ministers reached an agreement on the budget.', 'The ministers agreed on the budget.'],
    ['the same failure reported twice', "The council's failure to pay the contractor delayed the works.", 'The council failed to pay the contractor.'],
    ['a refusal told as a refusal noun and as a rejection', "The union's refusal to accept the offer surprised analysts.", 'The union rejected the offer.'],
    ['"unable to" and "could not" for one failure', 'The pilot was unable to lower the wheels.', 'The pilot could not lower the wheels.'],
    ['"unable to" and "failed to" for one failure', 'The pilot was unable to lower the wheels.', 'The pilot failed to lower the wheels.'],
    ['a refusal verb and a rejection', 'The union refused to accept the offer.', 'The union rejected the offer.'],
    ['synonyms acting on different things', 'The firm did not purchase the plant.', 'The firm bought the mine.'],
    ['a synonym in another sense without a stated object', 'The minister did not realise that the deadline had passed.', 'The minister was seen leaving the building.'],
    ['an event noun that is the subject of another verb', 'The discussion of the merger was revealed on Friday.', 'The merger was never discussed.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(compare(a, b)).toBeNull();
  });
});
