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

const K = 'The Ribe kite festival drew crowds to the beach on Saturday. A team from Bremen flew 240 small delta kites on a single line.';
describe('one story, two sets: a narrower kind, a rate', () => {
  it('a count of a narrower kind no larger than the wider count is a part of it: nothing raised', () => {
    expect(kinds(K, 'The Ribe kite festival drew crowds on Saturday. Visitors watched 5,000 kites in the sky.')).toEqual([]);
  });
  it('a count of a narrower kind larger than the wider count clashes', () => {
    expect(kinds(K, 'The Ribe kite festival drew crowds on Saturday. Visitors watched 200 kites in the sky.')).toEqual(['numeric']);
  });
  it('two counts of one kind, its modifiers told alike, still clash', () => {
    expect(kinds(K, 'The Ribe kite festival drew crowds on Saturday. A Bremen team flew 300 small delta kites on one line.')).toEqual(['numeric']);
  });
  it('a capitalised modifier names whose the things are, not a narrower kind: they clash', () => {
    const a = 'The Ribe kite festival drew crowds on Saturday. Organisers counted 240 Danish kites.';
    expect(kinds(a, 'The Ribe kite festival drew crowds on Saturday. Organisers counted 500 kites.')).toEqual(['numeric']);
  });
  it('a weekly reach and a plain count of one noun are two measures', () => {
    const a = 'Ribble Valley Radio was sold on Tuesday. The station reaches 48,000 listeners a week.';
    expect(kinds(a, 'Ribble Valley Radio has a new owner. The owner is a cooperative of 1,850 listeners.')).toEqual([]);
  });
});
