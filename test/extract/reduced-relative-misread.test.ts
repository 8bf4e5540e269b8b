// A participle after the subject noun with a finite verb later is a reduced relative (Quirk § 17.97), also where the
// tagger misreads the word after the participle ("found on board": "on" read as an adjective; "linked to eggs": "to"
// read as a conjunction) or where the participle stands right before a finite "be" ("the last ship built was sold").
// Invented sentences; expectations written before the rule was run on them, scored by the gold suite's rules.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[]][] = [
  ['participle + "on", then a negated passive', 'A parcel found on the train had not been claimed by anyone.', [{ actor: 'anyone', predicate: 'claim', theme: 'parcel', state: 'negated' }]],
  ['participle + "to", then a perfect', 'A virus linked to bats has infected 40 people in the region.', [{ actor: 'virus', predicate: 'infect', theme: 'people', quantities: [n(40, null, 'people')] }]],
  ['participle + "below", then a passive', 'The miners trapped below the surface have been rescued.', [{ predicate: 'rescue', theme: 'miners' }]],
  ['participle + never-noun adverb, then a passive', 'Tourists stranded abroad were flown home on Monday.', [{ predicate: 'fly', theme: 'tourists', dates: ['Monday'] }]],
  ['participle right before a finite "be"', 'The last ship built was sold to a Greek firm.', [{ predicate: 'sell', theme: 'ship' }]],
];

// Hard negatives: a past verb followed by a preposition stays the clause's verb when a coordinator, a clause opener
// or an infinitive stands before the later verb, or when an object follows it.
const negatives: [string, string, { lemma: string; actor: string }][] = [
  ['coordinated second clause', 'The firm moved to Lisbon and was sold in May.', { lemma: 'move', actor: 'The firm' }],
  ['"where" clause', 'The minister travelled to Brussels, where the talks were held.', { lemma: 'travel', actor: 'The minister' }],
  ['"to" before an infinitive', 'The union agreed to end the strike that was called in May.', { lemma: 'end', actor: 'The union' }],
  ['"at least" after a past verb, then a trailing frame', 'Troops killed at least 30 rebels near the border, the army said.', { lemma: 'kill', actor: 'Troops' }],
  ['relative "that" clause before a catenative main verb', 'The ferry that sailed to Bergen on Monday is expected to return on Friday.', { lemma: 'return', actor: 'The ferry' }],
  ['"as" clause after "to"', 'Prices rose to a record as supplies were cut.', { lemma: 'rise', actor: 'Prices' }],
  ['past verb, object, then a zero relative', 'Workers repaired the road the storm had damaged.', { lemma: 'repair', actor: 'Workers' }],
];
const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;
  return { lemma: c?.predicate?.lemma, actor: c?.actor?.text };
};

// The relative clause keeps its own verb: the main clause's "is expected to" is not part of it.
const relative: Want[] = [{ actor: 'ferry', predicate: 'sail', places: ['Bergen'], dates: ['Monday'] }];

describe('reduced relatives the tagger hides', () => {
  it('a relative clause ends before the main verb group, catenative included', () => expect(wrongFields('The ferry that sailed to Bergen on Monday is expected to return on Friday.', relative)).toEqual([]));
  it.each(cases)('%s: %s', (_name, text, want) => expect(wrongFields(text, want)).toEqual([]));
  it.each(negatives)('not a reduced relative: %s: %s', (_name, text, want) => expect(main(text)).toEqual(want));
});
