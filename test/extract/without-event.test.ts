import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';

const strongest = strongestOfUndated;

describe('an event denied by "without"', () => {
  it('"was released without charge" also claims the suspect was not charged, held as the main claim is', () => {
    const claims = extractClaims({ id: 'a', text: 'The suspect was released without charge on Monday, police said.', source: 'A' });
    const denied = claims.find((c) => c.proposition.predicate?.lemma === 'charge');
    expect(denied?.proposition.negated).toBe(true);
    expect(denied?.proposition.state).toBe('negated');
    expect(denied?.proposition.predicate?.span).toEqual({ start: 33, end: 39, text: 'charge' });
    expect(denied?.proposition.theme?.text).toBe('The suspect');
    expect(denied?.attribution.holder).toBe('police');
    expect(denied?.mainClaimId).toBe(claims.find((c) => c.proposition.predicate?.lemma === 'release')?.id);
  });

  it('gives no claim for a thing without its verb or for a gerund', () => {
    const lemmas = (text: string) => extractClaims({ id: 'a', text, source: 'A' }).map((c) => c.proposition.predicate?.lemma);
    expect(lemmas('The climbers reached the summit without oxygen.')).toEqual(['reach']);
    expect(lemmas('The driver left the scene without stopping.')).toEqual(['leave']);
  });

  it.each([
    ['charged against released without charge', 'The suspect was released without charge.', 'The suspect was charged with murder.'],
    ['an active release with its date', 'Police released the suspect without charge on Monday.', 'The suspect was charged on Monday.'],
    ['a fight denied', 'The rebels surrendered without a fight.', 'The rebels fought before they surrendered.'],
  ])('%s: a polarity conflict at medium or just above', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('polarity');
    // The weights refitted at the end of session 17 put the dated release just over 0.80 (high); the border stays a border.
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
    expect(conflict!.score).toBeLessThan(0.85);
  });

  it.each([
    ['two weekdays: released, later charged', 'The suspect was released without charge on Monday.', 'The suspect was charged on Friday.'],
    ['someone else charged', 'The suspect was released without charge.', "The suspect's brother was charged with murder."],
    ['the same denial told twice', 'The suspect was released without charge.', 'Police released the suspect without charging him.'],
    ['no verb in the noun', 'The homes were left without power.', 'Power was restored to the homes.'],
    ['the surrender itself agreed', 'The rebels surrendered without a fight.', 'The rebels surrendered on Sunday.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});

describe("a person's relation named by a possessive", () => {
  it.each([
    ['kin', 'The suspect was not charged.', "The suspect's brother was charged with murder."],
    ['an aide', 'The minister did not resign.', "The minister's aide resigned on Friday."],
  ])('%s is not the possessor: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });

  it.each([
    ['the same possessive on both sides', "The suspect's brother was not charged.", "The suspect's brother was charged with murder."],
    ["a body's part speaks for the body", 'The agency did not approve the plan.', "The agency's board approved the plan."],
  ])('%s: still a polarity conflict', (_, x, y) => {
    expect(strongest(x, y)?.kind).toBe('polarity');
  });
});

describe('"without" idioms that deny no event', () => {
  it.each([
    ['absent without leave', 'The three recruits went absent without leave on Saturday.', 'The three recruits left the barracks on Saturday.'],
    ['without fail', 'The ferry crossed the strait without fail every morning.', 'The ferry failed its safety inspection.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
  it.each([['The three recruits went absent without leave.'], ['The ferry crossed without fail.'], ['The ship vanished without trace.']])('%s denies no event', (text) => {
    expect(extractClaims({ id: 'd', text, source: 'Wire' }).filter((c) => c.proposition.negated)).toEqual([]);
  });
  it('"without delay" still denies a delay', () => {
    const claims = extractClaims({ id: 'd', text: 'The repairs were carried out without delay.', source: 'Wire' });
    expect(claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.negated])).toEqual([['perform', false], ['delay', true]]);
  });
});
