/**
 * A denial is the denier's own firm negation of what it denies (extract/denial.ts): holder = the denier, the proposition
 * negated, certainty that of an assertion, stance kept as 'denied'. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    stance: c.attribution.stance,
    lemma: c.proposition.predicate?.lemma,
    negated: c.proposition.negated,
    state: c.proposition.state,
    level: c.certainty.level,
  }));

describe('a denial with a clause is its holder\'s firm negation of the clause', () => {
  it.each([
    ['"denied that"', 'The water board denied that the reservoir had been contaminated.', 'The water board', 'contaminate'],
    ['"denied reports that" (the report\'s clause)', 'Coach Ilse Marten denied reports that she had resigned.', 'Coach Ilse Marten', 'resign'],
    ['"rejected claims that": the content noun is no hedge on the denier', 'The airline rejected claims that its pilots had ignored the warning.', 'The airline', 'ignore'],
    ['a gerund clause', 'The treasurer denied hiding the ledger.', 'The treasurer', 'hide'],
    ['a gerund of a word that is noun or verb, with its own object', 'The aide denied leaking the memo.', 'The aide', 'leak'],
    ['a denial after its clause', 'The harbour would reopen on Monday, the port authority denied.', 'the port authority', 'reopen'],
  ])('%s', (_, text, holder, lemma) => {
    expect(read(text)).toEqual([{ holder, stance: 'denied', lemma, negated: true, state: 'negated', level: 'asserted' }]);
  });

  it('"dismissed reports that": the author\'s report of the act, and the ministry\'s firm negation of the reports\' clause', () => {
    expect(read('The ministry dismissed reports that the depot had flooded.')).toEqual([
      { holder: 'Wire', stance: 'asserted', lemma: 'dismiss', negated: false, state: 'affirmed', level: 'asserted' },
      { holder: 'The ministry', stance: 'denied', lemma: 'flood', negated: true, state: 'negated', level: 'asserted' },
    ]);
  });

  it('"dismissed as false claims that": the object after its "as" complement is still what is denied', () => {
    expect(read('Councillor Ruth Abara dismissed as false claims that the depot would close.').filter((c) => c.stance === 'denied')).toEqual([
      { holder: 'Councillor Ruth Abara', stance: 'denied', lemma: 'close', negated: true, state: 'negated', level: 'asserted' },
    ]);
  });

  it('"verified claims that" confirms the clause: nothing negated', () => {
    expect(read('The regulator verified claims that the depot had flooded.')).toEqual([
      { holder: 'The regulator', stance: 'confirmed', lemma: 'flood', negated: false, state: 'affirmed', level: 'confirmed' },
    ]);
  });

  it('a denied negation cancels: "denied that it had not paid" holds that it paid', () => {
    expect(read('The firm denied that it had not paid its suppliers.')).toEqual([
      { holder: 'The firm', stance: 'denied', lemma: 'pay', negated: false, state: 'affirmed', level: 'asserted' },
    ]);
  });

  it('a trailing denial shows its own words as the state cue', () => {
    const [claim] = extractClaims({ id: 'd', text: 'The harbour would reopen on Monday, the port authority denied.', source: 'Wire' });
    expect(claim!.proposition.stateCue?.text).toBe('denied');
  });
});

describe('no denial of a proposition', () => {
  it('"did not deny" is no denial: the author\'s report, nothing negated', () => {
    expect(read('The club did not deny that the striker had been sold.')).toEqual([
      { holder: 'Wire', stance: 'asserted', lemma: 'deny', negated: false, state: 'pending', level: 'asserted' },
    ]);
  });

  it.each([
    ['"denied bail"', 'The judge denied bail to the driver.', 'The judge'],
    ['"denied entry"', 'Border guards denied entry to the reporters.', 'Border guards'],
  ])('%s is an act, not a speech act: a firm refusal in the author\'s voice, never "refuted"', (_, text) => {
    expect(read(text)).toEqual([{ holder: 'Wire', stance: 'asserted', lemma: 'deny', negated: false, state: 'refused', level: 'asserted' }]);
  });
});
