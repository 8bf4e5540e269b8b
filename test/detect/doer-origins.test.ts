/**
 * "X from P" before the verb says where the doer is from. Two doers named apart, each with an origin, give two
 * origins of two doers, not rival places of one act; one doer from two places, or one act in two places, still
 * clash. A possessive inside a name of capitalised words ("St Mary's Handbell Choir") is part of the name. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const locations = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'location');

describe('origins of two named doers', () => {
  it.each([
    ["St Anne's Bell Ringers from Ludlow won the senior trophy at the county festival.", 'The Wrekin Ringers, a band of six pupils from Wellington, won the junior trophy at the county festival.'],
    ['The Harbour Rowing Club from Falmouth won the coastal race on Saturday.', 'Penryn Gig Club from Flushing won the coastal race on Saturday.'],
  ])('silent on the places: %s / %s', (a, b) => {
    expect(locations(a, b)).toEqual([]);
  });

  it('hard negative: one named doer from two places still clashes', () => {
    expect(locations('Kath Ellis from Ripon won the marrow class on Friday.', 'Kath Ellis from Thirsk won the marrow class on Friday.')).toEqual([['location', ['Ripon', 'Thirsk']]]);
  });

  it('hard negative: one act in two places still clashes', () => {
    expect(locations('The Harbour Rowing Club won the coastal race at Falmouth on Saturday.', 'The Harbour Rowing Club won the coastal race at Fowey on Saturday.')).toEqual([['location', ['Falmouth', 'Fowey']]]);
  });
});
