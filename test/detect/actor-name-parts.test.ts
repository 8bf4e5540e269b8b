/**
 * Who did it, when one report gives a person's first name and the other the surname, or one side is an indefinite
 * pronoun or a pronoun with a contracted auxiliary. Sentences invented for this file; expectations written before
 * the first run.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { evidenceOf } from '../helpers/two-reports.js';

describe('a one-word name is the full name the same report gave earlier', () => {
  it('the first name in one report and the surname in the other name one person', () => {
    const a = 'The bowls club named Mara Pellow as its captain on Monday. Pellow has played on the green for 40 years.';
    const b = 'Our captain Mara Pellow starts her season on Saturday. Mara has played on the green for 40 years.';
    expect(evidenceOf('actor', a, b)).toEqual([]);
  });

  it('the short name takes the key of the full name, and only when one full name fits', () => {
    const [, second] = extractClaims({ id: 'd', text: 'Club captain Mara Pellow met the council on Monday. Mara repainted the pavilion on Tuesday.', source: 'S' });
    const other = extractClaims({ id: 'e', text: 'Mara Pellow chaired the meeting on Monday. Mara Quint ran the raffle. Mara repainted the pavilion on Tuesday.', source: 'S' }).at(-1);
    const [, pellow] = extractClaims({ id: 'f', text: 'Club captain Mara Pellow met the council on Monday. Pellow repainted the pavilion on Tuesday.', source: 'S' });
    expect(second?.proposition.actor?.text).toBe('Mara');
    expect(second?.proposition.actor?.key).toBe(pellow?.proposition.actor?.key);
    expect(other?.proposition.actor?.key).not.toBe(pellow?.proposition.actor?.key);
  });

  it('two different people still clash over one act', () => {
    const a = 'Club captain Mara Pellow chaired the meeting on Monday. Pellow repainted the pavilion on Tuesday.';
    const b = 'Club secretary Joan Treloar ran the raffle on Monday. Joan repainted the pavilion on Tuesday.';
    expect(evidenceOf('actor', a, b)).toEqual([['Pellow', 'Joan']]);
  });
});

describe('an indefinite pronoun names no rival doer', () => {
  it('"anyone booked can move" is no rival of "clients can move"', () => {
    expect(evidenceOf('actor', 'Clients who booked can move to the Ullsby crossing, the operator said.', 'Anyone booked can move to the Ullsby crossing, the operator said.')).toEqual([]);
  });
  it('"Someone opened the sluice" is no rival of "The bailiff opened the sluice"', () => {
    expect(evidenceOf('actor', 'The bailiff opened the sluice gate on Friday.', 'Someone opened the sluice gate on Friday.')).toEqual([]);
  });
});

describe('a pronoun with a contracted auxiliary stands for whoever the report meant', () => {
  it('"they\'ve fixed" is no rival of "the café had fixed"', () => {
    const a = 'Organiser Ana Vell said the repair café had fixed more than 900 items since 2019.';
    const b = "The volunteers say they've fixed around 900 items since 2019.";
    expect(evidenceOf('actor', a, b)).toEqual([]);
  });
});

describe('a description in a named speaker\'s own report is someone else (a speaker says "I")', () => {
  it('"Maureen Clegg said the sweep had lit the stove" / "Maureen Clegg had lit the stove herself" clash', () => {
    expect(evidenceOf('actor', 'The householder, Maureen Clegg, 74, said the sweep had lit the stove himself.', 'Neighbours said the owner, Maureen Clegg, had lit the stove herself.')).toEqual([['the sweep', 'Maureen Clegg']]);
  });
  it('her own "she" is herself: no clash (hard negative)', () => {
    expect(evidenceOf('actor', 'Maureen Clegg said she had lit the stove herself.', 'Neighbours said Maureen Clegg had lit the stove.')).toEqual([]);
  });
  it('a description told in the writer\'s voice may still be the named person (hard negative)', () => {
    expect(evidenceOf('actor', 'The owner had lit the stove, neighbours said.', 'Maureen Clegg had lit the stove, neighbours said.')).toEqual([]);
  });
});

describe('the speaker rule needs a named speaker and a described doer', () => {
  it('a described speaker ("its director") proves nothing (hard negative)', () => {
    expect(evidenceOf('actor', 'The trust has sold the cottage, its chairman said.', 'The trust\'s chairman, Alan Pike, has sold the cottage.')).toEqual([]);
  });
  it('a pronoun doer in her own report may be herself (hard negative)', () => {
    expect(evidenceOf('actor', 'A 17-year-old girl poured acid on the car.', 'The 17-year-old said she poured acid on the car.')).toEqual([]);
  });
});
