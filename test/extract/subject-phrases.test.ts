import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/**
 * Readings of the subject noun phrase that decide the clause's verb: an infinitive complementing the subject's head,
 * a base form inside a phrase an article opens, a reduced relative before a past that is also a participle, and a
 * past that is never a participle. Every sentence is invented for this file.
 */

/** The main claim's actor, predicate lemma, theme and state, as text (undefined when absent). */
const main = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-03-14' })[0]?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text, state: p?.state };
};

describe('an infinitive after the subject\'s head noun complements it (Quirk § 17.34)', () => {
  it.each([
    ['Plans to close the village library were scrapped on Monday.', 'scrap', 'Plans'],
    ['The decision to cancel the regatta was taken on Wednesday.', 'take', 'The decision'],
    ['A bid to buy the pier was rejected by the council.', 'reject', 'A bid'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ lemma, theme }));

  it('after a verb the infinitive is that verb\'s complement, as before', () => expect(main('The trust plans to repaint the bandstand.')).toMatchObject({ actor: 'The trust', lemma: 'repaint' }));
  it('an intransitive finite verb after it is the verb', () => expect(main('Efforts to refloat the barge failed on Tuesday.')).toMatchObject({ actor: 'Efforts', lemma: 'fail' }));
});

describe('a base form inside a phrase an article opens is a noun (Quirk § 5.10)', () => {
  it.each([
    ['The illuminated boat parade went ahead on Saturday.', 'The illuminated boat parade'],
    ['The new heron hide was opened on Sunday.', 'The new heron hide'],
  ])('%s', (text, phrase) => expect([main(text).actor, main(text).theme]).toContain(phrase));

  it('after a preposition the phrase may end before the verb', () =>
    expect(main('Farmers affected by the drought want compensation.')).toMatchObject({ actor: 'Farmers', lemma: 'want', theme: 'compensation' }));
  it('a third-person "-s" form after a singular noun is the verb', () =>
    expect(main('The exercise involves soldiers from twelve nations.')).toMatchObject({ lemma: 'involve' }));
});

describe('participles and pasts around the subject', () => {
  it('a participle before a preposition, then a past with an object: the past is the verb', () =>
    expect(main('Apprentices trained at the boatyard in 2019 built the new ferry.')).toMatchObject({ actor: 'Apprentices', lemma: 'build', theme: 'new ferry' }));
  it('"went" is never a participle, so a later past in the clause does not take the verb', () =>
    expect(main('Some 400 cleaners went on strike on Monday, demanding pay for overtime worked last year.')).toMatchObject({ lemma: 'go', theme: 'strike' }));
});

describe('a base form inside a prepositional phrase with a finite verb still to come', () => {
  it('is a noun modifier', () =>
    expect(main('The rowing club\'s appeal for a new boat shed closed on Friday with £4,300.')).toMatchObject({ actor: 'The rowing club\'s appeal', lemma: 'close' }));
});
