/**
 * Two claims about one kind of thing, each told by a proper name that shares no word with the other's ("the tide mill
 * at Hythe Spit" / "Saltmarsh Quay tide mill"), speak of two things: nothing said of one is an account of the other.
 * The same name, a name on one side only, or a known region against a place it may contain still compare. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

describe('things told apart by their names', () => {
  it.each([
    ['a postmodifying place against a premodifying name', 'The tide mill at Hythe Spit has closed to visitors.', 'Saltmarsh Quay tide mill reopened to visitors on Wednesday.'],
    ['two premodifying names', 'The Brindle Lane footbridge was closed on Monday.', 'The Castle Wharf footbridge was open on Monday.'],
    ['two possessor names, a figure each', "Orford's lifeboat station raised £12,000 at its open day.", "Dunwick's lifeboat station raised £4,500 at its open day."],
    ['two objects named apart', 'Volunteers repainted the Marsh Road bandstand in May.', 'Volunteers did not repaint the Quarry Hill bandstand.'],
  ])('silent, %s', (_, a, b) => {
    expect(clashes(a, b)).toEqual([]);
  });

  it.each([
    ['the same name written two ways', 'The tide mill at Hythe Spit has closed to visitors.', 'The Hythe Spit tide mill reopened to visitors.', 'opposition'],
    ['a name on one side only', 'The tide mill at Hythe Spit has closed to visitors.', 'The tide mill reopened to visitors.', 'opposition'],
    // Two doers named apart for one act: the clash is who did it.
    ['two subjects named apart doing one act', 'The Greek coast guard towed the stricken yacht to port.', 'The Turkish coast guard towed the stricken yacht to port.', 'actor'],
    // A place after an object says where the act happened, not which object.
    ['a place after the object', 'Volunteers repainted the bandstand in Alderley.', 'Volunteers repainted the bandstand in Wilmslow.', 'location'],
  ])('hard negative, %s: still a clash', (_, a, b, kind) => {
    expect(clashes(a, b).map(([k]) => k)).toEqual([kind]);
  });

  it('hard negative: a state the gazetteer knows and a place it does not may be one place, so the clash stands', () => {
    expect(clashes('The tide mill in Ohio has closed to visitors.', 'The tide mill at Millbrook reopened to visitors.').map(([k]) => k)).toEqual(['opposition']);
  });
});

describe('a kind before a name, and one kind named apart in two roles', () => {
  it.each([
    ['two described names as subjects', 'The trawler Kittiwake has been sold to a Breton firm.', 'The trawler Morwenna has not been sold, its skipper said.'],
    ['the one fined and the one paying, named apart', 'The regulator fined the retailer Brightmoor 1.4 million euros on Thursday.', 'The retailer Calvane must pay 600,000 euros, the regulator ruled on Thursday.'],
  ])('silent, %s', (_, a, b) => {
    expect(clashes(a, b)).toEqual([]);
  });

  it.each([
    ['one described name in two roles', 'The regulator fined the retailer Brightmoor 1.4 million euros on Thursday.', 'The retailer Brightmoor must pay 600,000 euros, the regulator ruled on Thursday.', 'numeric'],
    ['both named in each claim', 'The retailer Brightmoor must pay the retailer Calvane 1.4 million euros.', 'The retailer Calvane was awarded 600,000 euros from Brightmoor.', 'numeric'],
  ])('hard negative, %s: still a clash', (_, a, b, kind) => {
    expect(clashes(a, b).map(([k]) => k)).toEqual([kind]);
  });
});
