/**
 * Two differently named doers with nothing else shared are two happenings (issue 11): their dates, places and figures
 * may differ without a conflict. Every sentence is invented for this file; beside each negative stands a clash that
 * must survive (one doer, a shared theme, a crossed meeting, counted doers, rival doers of one act).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { namedDoersDiffer, namedDoersOfCounts, twoNamedHappenings } from '../../src/detect/named-doers.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;

const reported = reportedBetween;
const clash = oneClash;

describe('namedDoersDiffer and its two gates', () => {
  it('two full names that share a surname are two people', () => {
    const [a, b] = [first('a', 'Anne Moreau died in Lyon in 2002.'), first('b', 'Charles Moreau died in 1970.')];
    expect(namedDoersDiffer(a, b, lexicon)).toBe(true);
    expect(twoNamedHappenings(a, b, lexicon)).toBe(true);
  });

  it('a surname and the full name are one person', () => {
    expect(namedDoersDiffer(first('a', 'Paul Verne died in 1971.'), first('b', 'Verne died in 1980.'), lexicon)).toBe(false);
  });

  it('a capitalised common noun opening the sentence is no name', () => {
    expect(namedDoersDiffer(first('a', 'Police fired on Monday.'), first('b', 'Protesters fired on Tuesday.'), lexicon)).toBe(false);
  });

  it('a shared theme keeps one happening; counted themes do not', () => {
    const island = [first('a', 'Anna Colbeck discovered the island in 1902.'), first('b', 'Robert Scotton discovered the island in 1905.')] as const;
    expect(twoNamedHappenings(...island, lexicon)).toBe(false);
    const medals = [first('a', 'Paul Verne won 12 medals.'), first('b', 'Marie Okafor won 3 medals.')] as const;
    expect(twoNamedHappenings(...medals, lexicon)).toBe(true);
    expect(namedDoersOfCounts(...medals, lexicon)).toBe(true);
    expect(namedDoersOfCounts(...island, lexicon)).toBe(false);
  });
});

describe('dates, places and figures of two named doers are no conflict', () => {
  it.each([
    ['Anne Moreau, niece of the late Charles Moreau, died in Lyon in 2002.', 'Charles Moreau died in 1970.'],
    ['Paul Verne won 12 medals.', 'Marie Okafor won 3 medals.'],
    ['Northwind Motors sold 40,000 cars in March.', 'Kestrel Automotive sold 15,000 cars in March.'],
  ])('%s / %s: none', (a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});

describe('hard negatives: the clashes the gate must leave alone', () => {
  it.each([
    ['Paul Verne died in 1971.', 'Verne died in 1980.', 'temporal'],
    ['Seven miners died on Monday.', 'Three miners died on Monday.', 'numeric'],
    ['Paul Verne met Marie Okafor in Lyon.', 'Marie Okafor met Paul Verne in Accra.', 'location'],
    ['Rebels burned the granary.', 'Soldiers burned the granary.', 'actor'],
  ])('%s / %s: %s', (a, b, kind) => {
    expect(reported(a, b)).toEqual(clash(kind));
  });
});
