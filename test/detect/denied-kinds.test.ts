/**
 * "No weapons were found" denies every weapon: a pistol found in the same place clashes (detect/denied-kinds.ts,
 * WordNet hypernyms through relate/wordnet-nouns.ts). Every sentence is invented for this file. Hard negatives: a
 * wider kind found against a narrower one denied, an unrelated thing, another setting, the same denial twice.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('a kind denied, a thing of it found', () => {
  it.each([
    ['weapons / a pistol', 'No weapons were found in the van.', 'Officers found a pistol in the van.'],
    ['vessels / a boat', 'No vessels were seen in the bay on Sunday.', 'A coastguard crew saw a boat in the bay on Sunday.'],
  ])('%s', (_, a, b) => expect(kinds(a, b)).toEqual(['polarity']));
});

describe('hard negatives', () => {
  it.each([
    ['a narrower kind denied, a wider one found', 'No pistols were found in the van.', 'Officers found weapons in the van.'],
    ['an unrelated thing found', 'No weapons were found in the van.', 'Officers found a dog in the van.'],
    ['another setting', 'No weapons were found in the van.', 'Officers found a pistol in the driver\u2019s flat.'],
    ['the same denial twice', 'No weapons were found in the van.', 'Officers found no weapons in the van.'],
  ])('%s', (_, a, b) => expect(kinds(a, b)).toEqual([]));
});
