/**
 * A colon before a lower-case word joins two clauses, the second explaining the first: each is read on its own, so
 * "their set was called off" does not leave "never made it on stage" pending. Before a capital or a quotation mark, or
 * after cataphoric "this", the colon introduces what its clause frames, and the two stay one. Every sentence is
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { splitClauses } from '../../src/segment/clauses.js';
import { tokenize } from '../../src/segment/tokens.js';
import { extractClaims } from '../../src/index.js';

const clauses = (text: string) => splitClauses(tokenize(text), { start: 0, end: text.length }).map((r) => text.slice(r.start, r.end));

describe('clauses at a colon', () => {
  it('a lower-case clause after a colon is a clause of its own', () => {
    expect(clauses('The band never made it on stage: their set was called off at 8.30pm.')).toEqual(['The band never made it on stage', 'their set was called off at 8.30pm']);
  });

  it('a quotation, a capitalised list or name, a ratio and cataphoric "this" stay with their clause (hard negatives)', () => {
    expect(clauses('The director said: "Folk music was made for weather like this."')).toHaveLength(1);
    expect(clauses('Three towns were flooded: Leeds, York and Hull.')).toHaveLength(1);
    expect(clauses('The motion passed by a 3:1 margin on Tuesday.')).toHaveLength(1);
    expect(clauses('The owner asked us to share this: the café is not closing.')).toHaveLength(1);
  });

  it('the first clause keeps its own state', () => {
    const [made] = extractClaims({ id: 'd', source: { name: 'Folk Roots' }, text: 'The band never made it on stage: their set was called off at 8.30pm.' });
    expect([made!.proposition.predicate?.lemma, made!.proposition.state]).toEqual(['make', 'negated']);
  });

  it('a quoted remark with "made" is no status of "never made it" (hard negative)', () => {
    expect(analyzeTwoReports('The director said: "Folk music was made for weather like this."', 'The band never made it on stage: their set was called off at 8.30pm when the organisers decided the stage was unsafe.').conflicts.filter((c) => c.band !== 'low')).toEqual([]);
  });
});
