/**
 * Two reports that share a name anywhere and each count a noun once give one set's size, even where the two counting
 * claims share no word (match/counted-sets.ts storyNames). Sentences invented for this file; expectations written
 * before the first run. Hard negatives: reports that share no name, a count given as part of another, the same count.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'A Wire' }, text: a }, { id: 'b', source: { name: 'B Wire' }, text: b }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

const A = 'The trawler Sella Mae ran aground off Kessock Point on Friday night. All six crew were lifted off by a lifeboat.';
describe('one story, one set', () => {
  it('two counts of the crew in two reports of one grounding clash', () => {
    expect(kinds(A, 'The Sella Mae was refloated on Sunday. Her nine crew were winched to safety by a helicopter.')).toEqual(['numeric']);
  });
  it('the same count told twice raises nothing', () => {
    expect(kinds(A, 'The Sella Mae was refloated on Sunday. Her six crew were winched to safety by a helicopter.')).toEqual([]);
  });
  it('reports that share no name are two stories', () => {
    expect(kinds(A, 'A ferry was refloated on Sunday. Her nine crew were winched to safety by a helicopter.')).toEqual([]);
  });
});
