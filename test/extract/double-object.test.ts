import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('a dative verb\'s two objects (Levin § 2.1): the thing given is the theme, not the recipient', () => {
  it.each([
    ['give', 'The club gave its coach a new deal.', { actor: 'The club', lemma: 'give', theme: 'new deal' }],
    ['send, with a past-participle modifier', 'The firm sent the regulator a revised plan on Monday.', { actor: 'The firm', lemma: 'send', theme: 'revised plan' }],
    ['offer, with an "-ed" modifier the tagger reads as a verb', 'The drones offer the navy improved range.', { actor: 'The drones', lemma: 'offer', theme: 'range' }],
    ['a passive: the subject is the recipient', 'Nurses were promised a pay rise.', { actor: undefined, lemma: 'promise', theme: 'pay rise' }],
    ['a passive of hand', 'The driver was handed a ticket at the scene.', { actor: undefined, lemma: 'hand', theme: 'ticket' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['one object of a dative verb', 'The bank sold its headquarters in May.', { actor: 'The bank', lemma: 'sell', theme: 'its headquarters' }],
    ['a date after the object is no second object', 'The court fined the company last week.', { actor: 'The court', lemma: 'fine', theme: 'company' }],
    ['a non-dative verb keeps its first object', 'The council closed the library this year.', { actor: 'The council', lemma: 'close', theme: 'library' }],
    ['a dative passive without a second object keeps its subject as theme', 'The contract was awarded in March.', { actor: undefined, lemma: 'award', theme: 'The contract' }],
    ['a comma ends the object', 'The mayor thanked the crews, firefighters and all.', { actor: 'The mayor', lemma: 'thank', theme: 'crews' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});

describe('a phrasal verb\'s object follows its particle', () => {
  it.each([
    ['rule out', 'Investigators did not rule out sabotage.', 'sabotage'],
    ['call off', 'Organisers called off the parade.', 'parade'],
    ['shut down', 'Regulators shut down the mine in 2021.', 'mine'],
  ])('%s: %s', (_, text, theme) => {
    expect(parts(text).theme).toBe(theme);
  });

  it('a preposition after a verb is no particle: no object', () => {
    expect(parts('The minister spoke about the budget.').theme).toBeUndefined();
    expect(parts('Work on the bridge stopped in May.')).toEqual({ actor: 'Work', lemma: 'stop', theme: undefined });
  });
});

describe('a word read as an adjective between a clause-opening determiner and a finite verb heads the subject', () => {
  it.each([
    ['The firm offered the workers a contract.', 'The firm'],
    ['The injured were flown to Tromsø.', undefined],
    ['The firm says prices will rise.', 'prices'],
  ])('%s', (text, actor) => {
    expect(parts(text).actor).toBe(actor);
  });

  it('hard negatives: an adjective before its noun, or before a verb the tagger misread, stays a modifier', () => {
    expect(parts('The new rules take effect on Monday.')).toEqual({ actor: 'The new rules', lemma: 'take', theme: 'effect' });
    expect(parts('A new contract was signed.')).toEqual({ actor: undefined, lemma: 'sign', theme: 'A new contract' });
    // The hyphenated participle premodifies the noun (extract/hyphen-compounds.ts), as "new" does in "The new rules".
    expect(parts('The long-awaited bridge opens next week.')).toEqual({ actor: 'The long-awaited bridge', lemma: 'open', theme: undefined });
  });
});

describe('verbs of withholding take two objects as "give" does: the passive subject is the one refused', () => {
  it.each([
    ['Dina Osei has been refused a market stall permit.', 'refuse', 'market stall permit'],
    ['The pilot was denied a landing slot.', 'deny', 'landing slot'],
  ])('%s', (text, lemma, theme) => {
    expect(parts(text)).toMatchObject({ lemma, theme });
  });

  it('with one object, the passive subject is the thing refused (hard negative)', () => {
    expect(parts('The licence was refused.')).toMatchObject({ lemma: 'refuse', theme: 'The licence' });
  });
});

describe('refused vs granted one permit, the refusal told in a double-object passive', () => {
  it('is an opposition conflict', () => {
    expect(alertsWithEvidence('Dina Osei has been refused a market stall permit.', 'The board granted her market stall permit on Friday.')).toEqual([
      { kind: 'opposition', band: MEDIUM_PLUS, evidence: ['refused', 'granted'] },
    ]);
  });
});
