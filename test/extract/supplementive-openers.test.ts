/**
 * A sentence opened by an "-ing" or "-ly" word before a trailing report frame: a supplementive clause ("Speaking on
 * Monday, …") states nothing, but a clause with its own finite verb ("Evening classes were cancelled, …") or an
 * "-ing" word that is no verb's form ("Beijing", "Morning") does. Every sentence is invented for this file; before the
 * change each clause below yielded no claim.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ predicate: c.proposition.predicate?.lemma, holder: c.attribution.holder }));

describe('an opening clause with its own finite verb is the proposition', () => {
  it.each([
    ['Evening lectures were cancelled, the university said on Tuesday.', 'cancel', 'the university'],
    ['Boarding passes were reissued, the airline said in a statement.', 'reissue', 'the airline'],
    ['Nanjing has closed its schools, the city government said on Friday.', 'close', 'the city government'],
    ['Family doctors will strike next week, the union said on Monday.', 'strike', 'the union'],
  ])('%s', (text, predicate, holder) => {
    expect(read(text)).toEqual([{ predicate, holder }]);
  });
});

describe('hard negatives: a supplementive opener states nothing of its own', () => {
  it.each([
    ['Speaking to reporters on Monday, the mayor said the bridge would reopen.', 'reopen', 'the mayor'],
    ['Having been released on bail, the driver said he would appeal.', 'appeal', 'the driver'],
    ['Separately, the coastguard said two sailors had been rescued.', 'rescue', 'the coastguard'],
  ])('%s', (text, predicate, holder) => {
    expect(read(text)).toEqual([{ predicate, holder }]);
  });
});
