import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const REFERENCE = '2025-03-12';
function claims(text: string) {
  return extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: REFERENCE }).map((c) => ({
    lemma: c.proposition.predicate?.lemma,
    actor: c.proposition.actor?.text,
    theme: c.proposition.theme?.text,
    dates: c.times.map((t) => t.span.text),
    places: c.places.map((p) => p.name),
    holder: c.attribution.holder,
    main: c.mainClaimId,
  }));
}

describe('subordinate clauses are claims of their own, with their own dates and places', () => {
  it('a "when" clause: the main claim keeps its place and date, the clause has its own verb', () => {
    const [main, when, extra] = claims('The ferry hit a pier in Piraeus on Monday when its engine failed.');
    expect(main).toEqual({ lemma: 'hit', actor: 'The ferry', theme: 'pier', dates: ['Monday'], places: ['Piraeus'], holder: 'Wire', main: undefined });
    expect(when).toMatchObject({ lemma: 'fail', actor: 'its engine', theme: undefined, dates: [], places: [], main: 'd:1' });
    expect(extra).toBeUndefined();
  });

  it('an "after" clause keeps the reporting frame of the sentence and its own date', () => {
    const [main, after] = claims('Rail traffic resumed in Leipzig, after workers repaired a signal on Sunday, the operator said.');
    expect(main).toMatchObject({ lemma: 'resume', places: ['Leipzig'], dates: [], holder: 'the operator', main: undefined });
    expect(after).toMatchObject({ lemma: 'repair', actor: 'workers', theme: 'signal', dates: ['Sunday'], holder: 'the operator', main: 'd:1' });
  });

  it('a fronted "as" clause ends at its comma', () => {
    const [main, as] = claims('As the river rose, the council closed two bridges in Ghent.');
    expect(main).toMatchObject({ lemma: 'close', actor: 'the council', places: ['Ghent'], main: undefined });
    expect(as).toMatchObject({ lemma: 'rise', actor: 'the river', main: 'd:1' });
  });

  it('a non-restrictive "which" clause takes the noun phrase before its comma as subject', () => {
    const [main, which] = claims('The union sued Brennick Foods, which employs 900 people in Cork, on Thursday.');
    expect(main).toMatchObject({ lemma: 'sue', actor: 'The union', theme: 'Brennick Foods', dates: ['Thursday'], places: [], main: undefined });
    expect(which).toMatchObject({ lemma: 'employ', actor: 'Brennick Foods', theme: '900 people', places: ['Cork'], main: 'd:1' });
  });

  it('a "who" clause after a place in apposition points back to the person, and a passive makes them the theme', () => {
    const [, who] = claims('A hearing is set for Oskar Lind, of Malmo, Sweden, who was detained in April at the border.');
    // The theme is the person, not the place in apposition nor the word before "for".
    expect(who).toMatchObject({ lemma: 'detain', actor: undefined, theme: 'Oskar Lind', dates: ['April'], main: 'd:1' });
  });

  it.each([
    ['"as well as" is no clause', 'The agency fined the bank as well as two of its managers.'],
    ['"after" + a noun phrase is a prepositional phrase', 'The museum reopened after the storm in Bergen.'],
    ['"when" with no subject of its own', 'The minister declined to comment when asked about the budget.'],
    ['a restrictive relative (no comma) stays inside its noun phrase', 'The plant which makes the vaccine closed on Friday.'],
    ['"as" + a role', 'Ms Ortiz served as mayor of the town for ten years.'],
    ['"such as" a list', 'Staple foods such as rice doubled in price.'],
  ])('no split: %s', (_, text) => {
    // A restrictive relative is no split of the clause; it yields a background claim of its own (noun-modifiers.test.ts).
    expect(extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: REFERENCE }).filter((c) => c.background === undefined)).toHaveLength(1);
  });
});

describe('a relative clause after a prepositional segment', () => {
  it('a "with" segment that has a verb ends on the antecedent: its last noun phrase does the relative clause', () => {
    const found = claims('The shelling went on near the harbour, with the navy trying to hold off the raiders, who reportedly sank two tugs.');
    expect(found.find((c) => c.lemma === 'sink')).toMatchObject({ actor: 'the raiders', theme: 'two tugs' });
  });

  it('hard negative: an affiliation in apposition (no verb) is still passed over to the name before it', () => {
    const found = claims('The clinic hired Mira Osei, of Accra, Ghana, who trained nurses for a decade.');
    expect(found.find((c) => c.lemma === 'train')).toMatchObject({ actor: 'Mira Osei', theme: 'nurses' });
  });
});
