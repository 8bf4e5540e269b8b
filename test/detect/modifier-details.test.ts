/**
 * The dates, places and figures of a participial modifier before the main verb ("Following an audit completed on 2
 * March, the operator withdrew …", "Apprentices trained at the yard in 2021 built …") and of a non-restrictive relative
 * clause anywhere ("…, who helped build the first one in 1990") belong to that modifier: they neither clash with another
 * report's details of the main event nor hide a clash the main clauses have. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

/** Medium-or-high conflicts of two reports published on 2026-03-26, as [kind, the evidence's words]. */
const conflicts = (a: string, b: string) => clashes(a, b, ['2026-03-26']);

describe('details of a noun-phrase modifier', () => {
  it('a date in a participial modifier of a fronted adjunct does not date the main event', () => {
    expect(conflicts(
      'Following a safety audit completed on 2 March, the operator has withdrawn two of its paddle steamers.',
      'The operator withdrew the two paddle steamers on Monday, the company said.',
    )).toEqual([]);
  });

  it('a year in a reduced relative on the subject does not date the main event', () => {
    expect(conflicts(
      'Apprentices trained at the Kelso yard in 2019 built the new chain ferry.',
      'The new chain ferry was built in 2025 by apprentices, the yard said.',
    )).toEqual([]);
  });

  it('a year in a non-restrictive relative clause after the main verb does not date the main event', () => {
    expect(conflicts(
      'The new heron hide was opened by Mary Tregear, 88, who helped build the first hide in 1990.',
      'The heron hide opened on Sunday, the wildlife trust said.',
    )).toEqual([]);
  });

  it('the main clauses still clash on their own dates (positives)', () => {
    expect(conflicts(
      'Following a safety audit completed on 2 March, the operator withdrew two of its paddle steamers on 9 March.',
      'The operator withdrew the two paddle steamers on 20 March, the company said.',
    )).toEqual([['temporal', ['9 March', '20 March']]]);
    expect(conflicts(
      'The heron hide was opened on 22 March by Mary Tregear, who helped build the first hide in 1990.',
      'The heron hide opened on 15 March, the wildlife trust said.',
    )).toEqual([['temporal', ['22 March', '15 March']]]);
  });
});
