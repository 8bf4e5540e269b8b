import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../src/index.js';
import { singleClaim } from '../helpers/single-claim.js';

const compare = (x: string, y: string) => compareClaims(singleClaim('a', x), singleClaim('b', y));

// "near X" sets the event beside X, usually in X's country: another place of that country may be where it happened.
describe('location: a place told by proximity ("near X")', () => {
  it('a place in another country still clashes, as "in X" does (positive)', () => {
    const near = compare('The climber perished near Kathmandu in 2014.', 'The climber died in Peru in 2014.');
    expect([near?.kind, near?.band, near?.evidence.map((e) => e.span.text)]).toEqual(['location', 'medium', ['Kathmandu', 'Peru']]);
    const outside = compare('The bus crashed just outside Lyon on Sunday.', 'The bus crashed in Milan on Sunday.');
    expect([outside?.kind, outside?.band]).toEqual(['location', 'medium']);
  });

  it('the country of the place is no clash (containment)', () => {
    expect(compare('The climber perished near Kathmandu in 2014.', 'The climber died in Nepal in 2014.')).toBeNull();
  });

  it('a town the gazetteer does not know may be the place beside it', () => {
    expect(compare('The suspect was arrested near Lyon on Monday.', 'The suspect was arrested in Villeurbanne on Monday.')).toBeNull();
  });

  it('a known town of the same country still clashes: "near" is no licence for anywhere in the country', () => {
    const c = compare('The bus crashed near Lyon on Sunday.', 'The bus crashed in Marseille on Sunday.');
    expect([c?.kind, c?.band]).toEqual(['location', 'medium']);
  });

  it('"near the border with Peru" places nothing in or out of Peru', () => {
    expect(compare('The climber perished near the border with Peru in 2014.', 'The climber died in Peru in 2014.')).toBeNull();
  });

  it('hard control: without "near" two towns of one country still clash', () => {
    const c = compare('The bus crashed in Lyon on Sunday.', 'The bus crashed in Marseille on Sunday.');
    expect([c?.kind, c?.band]).toEqual(['location', 'medium']);
  });
});

describe('location: "near X" against a state', () => {
  it('another state of the same country clashes (positive)', () => {
    const c = compare('The freight train derailed near Houston on Friday.', 'The freight train derailed in Ohio on Friday.');
    expect([c?.kind, c?.band]).toEqual(['location', 'medium']);
  });

  it('the state the city lies in is no clash (containment, hard negative)', () => {
    expect(compare('The freight train derailed near Houston on Friday.', 'The freight train derailed in Texas on Friday.')).toBeNull();
  });

  it('an unknown town on the other side is no clash either way round', () => {
    expect(compare('The freight train derailed in Baytown on Friday.', 'The freight train derailed near Houston on Friday.')).toBeNull();
  });
});
