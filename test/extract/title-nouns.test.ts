/**
 * A noun + agent-noun title before a personal name ("Radio presenter Mia Holm"): the tagger reads the "-er"/"-or" word
 * as a comparative adjective and the subject stopped at the first noun ("Radio"). Every sentence is invented for this
 * file; before the change each positive gave the title's first word as the actor, and "Morning show host Ann Lee said" gave the holder "Morning".
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma }));

describe('a title of a noun and an agent noun before a name', () => {
  it.each([
    ['Cookery presenter Tom Hale quit on Friday.', 'Cookery presenter Tom Hale', 'quit'],
    ['Morning show presenter Ann Lee left the network.', 'Morning show presenter Ann Lee', 'leave'],
    ['Radio presenter Mia Holm left the station on Friday.', 'Radio presenter Mia Holm', 'leave'],
  ])('%s', (text, actor, predicate) => expect(read(text)).toEqual([{ actor, predicate }]));
});

// "Morning show": a bare "show" after a one-word singular subject breaks concord (Quirk § 10.34), so it is no frame.
describe('a reporting verb in a compound noun before the title is no frame', () => {
  it('"Morning show host Ann Lee left": the author\'s voice, the whole title and name the actor (the holder was "Morning")', () =>
    expect(extractClaims({ id: 'a', text: 'Morning show host Ann Lee left the network.', source: 'a' }).map((c) => [c.attribution.holderKind, c.proposition.actor?.text])).toEqual([['author', 'Morning show host Ann Lee']]));
  it.each([
    ['Officials say the bridge is safe.', 'Officials'],
    ['Data show the economy grew.', 'Data'],
    ['Police say the man fled.', 'Police'],
    ['We say the plan is wrong.', 'We'],
  ])('hard negative, a plural or pronoun subject keeps its frame: %s', (text, holder) =>
    expect(extractClaims({ id: 'a', text, source: 'a' }).map((c) => c.attribution.holder)).toEqual([holder]));
});

describe('hard negatives: a comparative stays an adjective', () => {
  it.each([
    ['Prices were higher on Monday.', 'Prices', 'be'],
    ['The bigger Airbus jets flew to Oslo.', 'The bigger Airbus jets', 'fly'],
    ['Film director Ana Ruiz won the award.', 'Film director Ana Ruiz', 'win'],
  ])('%s', (text, actor, predicate) => expect(read(text)).toEqual([{ actor, predicate }]));
});
