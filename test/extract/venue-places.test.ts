/**
 * "at the Drill Hall", "in the Corn Exchange": a capitalised name after "at the" / "in the" that ends in a venue's head
 * noun (lexicon/places.ts VENUE_NOUNS, FrameNet Buildings and Locale_by_use) is a place, as "at Braeside Park" already
 * was, and so is a name after "to" following a verb of motion ("will move to Harrowby"); two reports placing one event
 * at two venues clash. Every sentence is invented for this file. Hard negatives: a name ending in an organisation's
 * head ("at the Sidvale Croquet Club"), a capitalised noun with no venue head, a prize that "went to" a person, "I'm"
 * after a place, a venue against a town (a venue lies in a town: detect/location.ts), one venue told twice.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const places = (text: string) => extractClaims({ id: 'a', text, source: 'a' }).flatMap((c) => c.places.map((p) => `${p.name}:${p.role}`));

describe('venues as places', () => {
  it.each([
    ['The repair cafe meets at the Drill Hall on Tuesdays.', ['Drill Hall:at']],
    ['The fair was held in the Corn Exchange on Saturday.', ['Corn Exchange:at']],
    ['The awards were handed out at the Palace Hotel.', ['Palace Hotel:at']],
    ['Next year the convention will move to Harrowby.', ['Harrowby:to']],
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected));

  it('one event at two venues clashes', () => {
    expect(reportedBetween('The repair cafe will meet at the Drill Hall from next month.', 'The repair cafe will meet at the Harbour Hall from next month.').map((c) => c.kind)).toEqual(['location']);
  });
});

describe('hard negatives', () => {
  it.each([
    ['an organisation\u2019s name', 'The final was played at the Sidvale Croquet Club.'],
    ['no venue head', 'The award was presented at the Annual Dinner.'],
    ['a prize that went to a person', 'The men\u2019s title went to Callum Baird of Obanby.'],
  ])('%s', (_, text) => expect(places(text)).toEqual([]));

  it('"I\u2019m" after a place is no second place', () => {
    expect(places('We were at the Drill Hall, and I\u2019m still hoarse.')).toEqual(['Drill Hall:at']);
  });
  it('a venue and a town may be one setting: no clash', () => {
    expect(reportedBetween('The repair cafe met at the Drill Hall on Saturday.', 'The repair cafe met in Tollbury on Saturday.')).toEqual([]);
  });

  it('one venue told twice', () => {
    expect(reportedBetween('The repair cafe will meet at the Drill Hall from next month.', 'From next month the repair cafe meets at the Drill Hall.')).toEqual([]);
  });
});
