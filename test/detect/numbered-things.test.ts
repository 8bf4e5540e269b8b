/**
 * Two numbered things are two events (Quirk et al. 1985, § 5.66: "Flight 81", "Gate 12"), and a counted compound
 * ("19 crew members") is compared by the compound as well as by its head (WordNet sailor n.01 {sailor, crewman}).
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { numberedApart } from '../../src/detect/numbered-things.js';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;
const apart = (x: string, y: string) => numberedApart(first('a', x), first('b', y));

describe('numberedApart: one word with two numbers names two things', () => {
  it.each([
    ['Flight 81 landed in Keflavik on Wednesday.', 'Flight 82 landed in Shannon on Wednesday.', true],
    ['Northair flight 81 landed in Keflavik.', 'Northair flight 81 landed in Shannon.', false],
    ['Carrow, a market town 30 miles west of Dunmore, fell on Sunday.', 'Carrow, a market town 45 miles west of Dunmore, fell on Sunday.', false],
    ['The ferry sailed on March 12, the operator said.', 'The ferry sailed on March 14, the port said.', false],
    // The claim's own verb before a numeral counts its object ("injured 20 others"): no name with a number.
    ['The landslide injured 12 others.', 'The landslide injured 30 others.', false],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(apart(x, y)).toBe(expected);
  });
});

describe('analyze: numbered things and counted compounds', () => {
  it('hard negative: flights 81 and 82 landing in two places is no location conflict', () => {
    expect(reportedBetween('Northair flight 81 landed in Keflavik on Wednesday, the airline said.', 'Northair flight 82 landed in Shannon on Wednesday, officials said.')).toEqual([]);
  });

  it('one flight landing in two places still clashes', () => {
    expect(reportedBetween('Northair flight 81 landed in Keflavik on Wednesday, the airline said.', 'Northair flight 81 landed in Shannon on Wednesday, officials said.')).toEqual([
      { kind: 'location', band: expect.stringMatching(/medium|high/) },
    ]);
  });

  it('a date told twice ("March 12" / "March 14") is still a temporal conflict', () => {
    expect(reportedBetween('The Aurora ferry sank off Corfu on March 12, the coastguard said.', 'The Aurora ferry sank off Corfu on March 14, the owner said.')).toEqual([
      { kind: 'temporal', band: expect.stringMatching(/medium|high/) },
    ]);
  });

  it('"all 19 crew members were rescued" / "eleven sailors were rescued" counts one set: numeric', () => {
    expect(reportedBetween('All 19 crew members of the Aurora were rescued on Monday, the coastguard said.', 'Eleven sailors of the Aurora were rescued on Monday, the owner said.')).toEqual([
      { kind: 'numeric', band: expect.stringMatching(/medium|high/) },
    ]);
  });

  it('"injured 12 others" / "injured 30 others": the second act of a coordination, counted twice, clashes (numeric)', () => {
    expect(reportedBetween('The landslide buried 4 homes and injured 12 others, the council said.', 'The landslide buried 4 homes and injured 30 others, rescuers said.')).toEqual([
      { kind: 'numeric', band: expect.stringMatching(/medium|high/) },
    ]);
  });

  it('hard negative: "injured 12 others" told twice agrees', () => {
    expect(reportedBetween('The landslide buried 4 homes and injured 12 others, the council said.', 'The landslide buried 4 homes and injured 12 others, rescuers said.')).toEqual([]);
  });

  it('hard negative: "19 crew members" / "19 sailors" agree', () => {
    expect(reportedBetween('All 19 crew members of the Aurora were rescued on Monday, the coastguard said.', 'Nineteen sailors of the Aurora were rescued on Monday, the owner said.')).toEqual([]);
  });

  it('hard negative: "19 crew members" / "11 passengers" count different people', () => {
    expect(reportedBetween('All 19 crew members of the Aurora were rescued on Monday, the coastguard said.', 'Eleven passengers of the Aurora were rescued on Monday, the owner said.')).toEqual([]);
  });
});
