// "Rising costs mean the toilets will no longer be free": a verb of consequence ("mean", "meant") with a clause after
// it asserts that clause, in the voice of whoever tells the sentence; its subject names the cause, not a holder (no one
// says it). Invented sentences, written with their expected claims before the engine was run on them; scored by the
// gold suite's rules.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { count, wrongFields, type Want } from '../helpers/wire-fields.js';

describe('the clause after a verb of consequence is the claim', () => {
  it.each([
    ['Rising costs mean the toilets will no longer be free, the council said.', { holder: 'council', actor: 'toilets', predicate: 'be', state: 'negated' }],
    ['The closure of the bridge means that buses will take a longer route.', { actor: 'buses', predicate: 'take', theme: 'route' }],
    ['Budget cuts have meant the library opens only three days a week.', { actor: 'library', predicate: 'open', quantities: [count(3, 'day', null)] }],
  ] as [string, Want][])('%s', (text, want) => expect(wrongFields(text, [want])).toEqual([]));
});

describe('hard negatives: "mean" with no clause after it', () => {
  it('a noun phrase object keeps "mean" as the predicate', () => {
    expect(wrongFields('The closure meant the loss of 20 jobs.', [{ actor: 'closure', predicate: 'mean', theme: 'loss', quantities: [count(20, null, 'jobs')] }])).toEqual([]);
  });
});

describe('reports that disagree on the consequence clash as its claims do', () => {
  const kinds = (a: string, b: string) => analyze({ documents: [
    { id: 'a', source: { name: 'Fen Gazette' }, text: a, publishedAt: '2026-05-04' },
    { id: 'b', source: { name: 'Fen Radio' }, text: b, publishedAt: '2026-05-04' },
  ] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

  it('"will no longer be free" against "will still be free" (positive)', () => {
    expect(kinds(
      'Rising cleaning costs mean the public toilets in Wisbech will no longer be free, the council said.',
      'The public toilets in Wisbech will still be free, the council said.',
    )).toEqual(['polarity']);
  });

  // After "remain" the state word is the predicate ("free"); "will no longer be free" holds it through "be".
  it('"will no longer be free" against "will remain free to use"', () => {
    expect(kinds(
      'Rising cleaning costs mean the public toilets in Wisbech will no longer be free, the council said.',
      'The public toilets in Wisbech will remain free to use, the council said.',
    )).toEqual(['polarity']);
  });

  it('the same consequence told twice is no clash (negative)', () => {
    expect(kinds(
      'Rising cleaning costs mean the public toilets in Wisbech will no longer be free, the council said.',
      'The public toilets in Wisbech will stop being free because cleaning costs have risen, the council said.',
    )).toEqual([]);
  });
});
