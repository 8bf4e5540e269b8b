/**
 * Two definite subjects of one intransitive act that WordNet files as things of no common kind ("the bridge" / "the
 * road") are two things, whose dates and places need not agree; one thing re-described under a sibling kind ("the ship"
 * / "the boat", both vessels), a wider word ("the tower" / "the building"), or a person under another description ("the
 * suspect" / "the man") still clashes. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { subjectsApart } from '../../src/relate/subject-heads.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { analyzeTwoReports, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const apart = (a: string, b: string) => {
  const [x, y] = analyzeTwoReports(a, b).claims;
  return subjectsApart(x!, y!, lexicon);
};

describe('two definite subjects of no common kind are two things', () => {
  it('"the bridge" / "the road": apart, and their reopening dates do not clash', () => {
    expect(apart('The bridge will reopen in May.', 'The road will reopen in June.')).toBe(true);
    expect(reportedBetween('The mayor said the bridge would reopen in May.', 'The mayor said the road would reopen in June.')).toEqual([]);
  });

  it('"the museum" / "the museum\'s new wing": the whole and its part, apart (the possessor is no recurring head)', () => {
    expect(apart('The museum opened in 1998.', "The museum's new wing opened in 2024.")).toBe(true);
    expect(reportedBetween('The museum opened in 1998.', "The museum's new wing opened in 2024.")).toEqual([]);
  });

  it.each([
    ['the part named twice', "The hospital's new ward opened in May.", 'The ward opened in June.'],
    ['two vessels', 'The ship sank on Monday.', 'The boat sank on Tuesday.'],
    ['a wider word', 'The tower collapsed on Monday.', 'The building collapsed on Tuesday.'],
    ['a person re-described', 'The suspect escaped on Monday.', 'The man escaped on Tuesday.'],
    ['one word', 'The bridge reopened on Monday.', 'The bridge reopened on Tuesday.'],
  ])('one thing under two names still clashes on its date: %s', (_, a, b) => {
    expect(apart(a, b)).toBe(false);
    expect(reportedBetween(a, b)).toEqual([{ kind: 'temporal', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
});
