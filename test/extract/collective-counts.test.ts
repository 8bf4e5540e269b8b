/**
 * "A crowd of 61,000", "an audience of 2,000": the number counts the collective noun's members, so the group noun is
 * the counted noun and compares with "fans", "spectators" (src/extract/collective-counts.ts). Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

function counted(text: string): (string | undefined)[] {
  return analyze({ documents: [{ id: 'd', source: { name: 'Metro Wire' }, text }] }).claims.flatMap((c) => c.quantities.map((q) => q.noun));
}

describe('the counted noun of a collective "of" phrase', () => {
  it('"a crowd of 61,000 saw …": the crowd is counted, not the verb after the number', () => {
    expect(counted('A crowd of 61,000 saw the rugby final in Cardiff.')).toEqual(['crowd']);
  });

  it('"an audience of about 2,000": the audience, with the bound word between', () => {
    expect(counted('An audience of about 2,000 packed the hall in Derry.')).toEqual(['audience']);
  });

  it('hard negative: a noun that is no collective keeps what follows the number ("a fleet of 40 ships")', () => {
    expect(counted('A fleet of 40 ships sailed from Brest.')).toEqual(['ships']);
  });

  it('hard negative: a measure keeps its unit and no counted group ("a distance of 40 km")', () => {
    expect(counted('The crowd walked a distance of 40 km to the shrine.')).toEqual([undefined]);
  });
});

describe('a crowd against a count of fans', () => {
  it('"a crowd of 61,000" against "about 34,000 fans" at one final is a numeric clash', () => {
    expect(
      reportedBetween('A crowd of 61,000 saw the rugby final in Cardiff on Saturday, the organisers said.', 'About 34,000 fans saw the rugby final in Cardiff on Saturday, police said.'),
    ).toEqual(oneClash('numeric'));
  });

  it('hard negative: compatible figures ("a crowd of about 60,000" / "nearly 61,000 spectators") are no clash', () => {
    expect(
      reportedBetween(
        'A crowd of about 60,000 saw the rugby final in Cardiff on Saturday, the organisers said.',
        'Nearly 61,000 spectators saw the rugby final in Cardiff on Saturday, police said.',
      ),
    ).toEqual([]);
  });

  it('hard negative: a crowd at one match and fans at another are different referents', () => {
    expect(
      reportedBetween('A crowd of 61,000 saw the rugby final in Cardiff on Saturday, the organisers said.', 'About 34,000 fans saw the cup semi-final in Bristol on Sunday, police said.'),
    ).toEqual([]);
  });
});
