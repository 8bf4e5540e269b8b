import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/**
 * Edges of the subject phrase that decide actor and verb: a pronoun with a contracted auxiliary, a reduced relative
 * after an indefinite pronoun, an "-ing" participle between a numeral and its noun, and a fronted prepositional
 * phrase of time with no comma. Every sentence is invented for this file.
 */

const claims = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-03-14' });
/** The main claim's actor, predicate lemma and theme, as text (undefined when absent). */
const main = (text: string) => {
  const p = claims(text)[0]?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('a pronoun with a contracted auxiliary is the pronoun (Quirk § 3.23, enclitic forms)', () => {
  it.each([
    ["They've restored the mill wheel since May.", 'They', 'restore'],
    ["We're opening the lido on Friday.", 'We', 'open'],
    ["She'll chair the trust from June.", 'She', 'chair'],
  ])('%s', (text, actor, lemma) => expect(main(text)).toMatchObject({ actor, lemma }));

  it('a name with a possessive clitic is untouched', () => expect(main("Marsh's team repaired the sluice.")).toMatchObject({ actor: "Marsh's team", lemma: 'repair' }));
});

describe('a past participle right after an indefinite pronoun is a reduced relative, not the verb (Quirk § 17.30)', () => {
  it.each([
    ['Anyone booked can move to the later crossing.', 'Anyone', 'move'],
    ['Everyone invited will receive a letter.', 'Everyone', 'receive'],
    ['Anybody affected should call the office.', 'Anybody', 'call'],
  ])('%s', (text, actor, lemma) => expect(main(text)).toMatchObject({ actor, lemma }));

  it('with no finite verb after it the participle stays the verb', () => expect(main('Someone phoned the harbour office at noon.')).toMatchObject({ actor: 'Someone', lemma: 'phone' }));
  it('a passive after the pronoun is still the verb', () => expect(main('Nobody was hurt in the collapse.')).toMatchObject({ lemma: 'hurt' }));
});

describe('a participle between a numeral and a plural noun modifies the noun (Quirk § 17.104)', () => {
  it('the counted noun is the head, and the by-agent is the whole phrase', () => {
    const [c] = claims('The ponies were herded into a gateway by two passing motorists.');
    expect(c?.proposition.predicate?.lemma).toBe('herd');
    expect(c?.quantities.map((q) => [q.span.text, q.noun])).toEqual([['two passing motorists', 'motorists']]);
  });
  it.each([
    ['The three remaining players were suspended for a month.', 'players'],
    ['Four visiting choirs sang at the abbey on Sunday.', 'choirs'],
    ['At least 120 confirmed measles cases were reported on Friday.', 'cases'],
  ])('%s', (text, noun) => expect(claims(text)[0]?.quantities.map((q) => q.noun)).toContain(noun));

  it('a gerund after a numeral with no noun after it is left alone', () =>
    expect(main('Two were missing and three drowning when the lifeboat arrived.').lemma).toBeDefined());
});

describe('a fronted phrase of time with no comma is not the subject', () => {
  it.each([
    ['From March they will meet at the Drill Hall.', 'they', 'meet'],
    ['Since January the club has met in the library.', 'the club', 'meet'],
    ['On Saturday the ferry will run a late sailing.', 'the ferry', 'run'],
  ])('%s', (text, actor, lemma) => expect(main(text)).toMatchObject({ actor, lemma }));

  it('a name after "from" that is the subject\'s own stays with it', () =>
    expect(main('Volunteers from March Town repaired the fence.')).toMatchObject({ actor: 'Volunteers', lemma: 'repair' }));
});

describe('a part of the day after a date belongs to the date, not the subject', () => {
  it.each([
    ['As of Tuesday morning, two of the animals remain unaccounted for.', 'the animals'],
    ['By Sunday night, the crews had left the harbour.', 'the crews'],
  ])('%s', (text, actor) => expect(main(text).actor).toBe(actor));

  it('"the morning" as a subject stays the subject', () => expect(main('The morning was the coldest of the year.').actor).toBe('The morning'));
});

describe('an emphatic reflexive after the object is no word of the object (Quirk § 6.24)', () => {
  it('"had lit the wood-burner herself" has the wood-burner as theme', () => expect(main('The owner had lit the wood-burner herself.').theme).toBe('wood-burner'));
  it('a reflexive object stays the object', () => expect(main('The climber hurt herself on the ridge.').theme).toBe('herself'));
});
