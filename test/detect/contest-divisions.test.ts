/**
 * "won the open section" / "won the junior section": two divisions of one contest, each picked out by its own
 * modifiers, have their own winners, so two named winners are no rival doers. The same division, or a division named
 * on one side only, still makes an actor clash. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const actors = (a: string, b: string) => clashes(a, b).filter(([k]) => k === 'actor').map(([k]) => k);

describe('winners of two divisions', () => {
  it.each([
    ['Harbour Rowing Club won the senior category at the regatta on Saturday.', 'Penryn Gig Club won the veterans category at the regatta on Saturday.'],
    ['The Mill Singers won the open class at the festival.', 'Kelso Voices won the youth class at the festival.'],
  ])('silent: %s / %s', (a, b) => {
    expect(actors(a, b)).toEqual([]);
  });

  it.each([
    ['the same division', 'Harbour Rowing Club won the senior category at the regatta on Saturday.', 'Penryn Gig Club won the senior category at the regatta on Saturday.'],
    ['a division on one side only', 'Harbour Rowing Club won the category at the regatta on Saturday.', 'Penryn Gig Club won the senior category at the regatta on Saturday.'],
  ])('hard negative, %s: still an actor clash', (_, a, b) => {
    expect(actors(a, b)).toEqual(['actor']);
  });
});
