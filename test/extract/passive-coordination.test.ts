import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2026-06-09' }).map((c) => ({
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    times: c.times.map((t) => t.span.text),
  }));

describe('participles coordinated under one passive auxiliary are two passive acts on one subject (Quirk et al. 1985, § 13.43)', () => {
  it.each([
    ['arrested and charged', 'The driver was arrested and charged on Monday.', [
      { actor: undefined, lemma: 'arrest', theme: 'The driver', times: ['Monday'] },
      { actor: undefined, lemma: 'charge', theme: 'The driver', times: ['Monday'] },
    ]],
    ['injured and taken to hospital', 'Two men were injured and taken to hospital.', [
      { actor: undefined, lemma: 'injure', theme: 'men', times: [] },
      { actor: undefined, lemma: 'take', theme: 'men', times: [] },
    ]],
    ['under a modal', 'The pond would be refilled and reopened on Sunday.', [
      { actor: undefined, lemma: 'refill', theme: 'The pond', times: ['Sunday'] },
      { actor: undefined, lemma: 'reopen', theme: 'The pond', times: ['Sunday'] },
    ]],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual(want);
  });

  it.each([
    ['two active verbs with one object stay one claim', 'Traders bought and sold 40 ships.', [{ actor: 'Traders', lemma: 'buy', theme: '40 ships', times: [] }]],
    ['an active second conjunct keeps its own subject reading', 'The senator was taken to a clinic and died there.', [
      { actor: undefined, lemma: 'take', theme: 'The senator', times: [] },
      { actor: 'The senator', lemma: 'die', theme: undefined, times: [] },
    ]],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(claims(text)).toEqual(want);
  });
});
