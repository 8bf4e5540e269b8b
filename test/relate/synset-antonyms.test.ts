/**
 * WordNet antonymy at the level of synsets: a lexical antonym pointer between two synsets opposes every member that
 * holds either synset among its first senses ("prohibit" shares a synset with "forbid", which opposes "permit",
 * which shares one with "allow"). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { antonymsOf } from '../../src/relate/wordnet.js';
import { reportedBetween, oneClash } from '../helpers/two-reports.js';

describe('synset antonyms', () => {
  it('spreads a direct antonym pair over both synsets', () => {
    expect(antonymsOf('prohibit', 'verb')).toEqual(['allow', 'countenance', 'permit']);
    expect(antonymsOf('allow', 'verb')).toContain('prohibit');
    expect(antonymsOf('allow', 'verb')).toContain('disallow');
  });

  it('keeps members whose first senses lie elsewhere out ("ban" is mostly "ban" alone)', () => {
    expect(antonymsOf('ban', 'verb')).toEqual([]);
  });

  it('"prohibited" against "allowed" for one council and one object is an opposition', () => {
    expect(reportedBetween('The city council prohibited street parking in the old town.', 'The city council allowed street parking in the old town.')).toEqual(oneClash('opposition'));
  });

  it('two members of one synset are no clash ("prohibited" / "forbade")', () => {
    expect(reportedBetween('The city council prohibited street parking in the old town.', 'The city council forbade street parking in the old town.')).toEqual([]);
  });
});
