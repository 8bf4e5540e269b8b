/**
 * A supplementive "-ing" clause after the main clause ("…, injuring four passengers") is a clause part of its own with
 * the main clause's subject (extract/result-supplementive.ts; Quirk et al. 1985, §§ 15.58–15.60). Sentences invented
 * for this file; expectations written before the first run. Hard negatives: a reporting participle ("…, saying …"),
 * marginal prepositions ("including", "following"), an "-ing" form without an object.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S' }).map((c) => ({
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.lemma,
    counts: c.quantities.map((q) => q.span.text),
  }));

describe('result clauses after the main clause', () => {
  it('"derailed …, injuring four passengers": the count is the injured', () => {
    expect(read('A tram derailed in Kassel on Wednesday morning, injuring four passengers.')).toEqual([
      { actor: 'A tram', predicate: 'derail', counts: [] },
      { actor: 'A tram', predicate: 'injure', counts: ['four passengers'] },
    ]);
  });

  it('coordinated results are parts of their own', () => {
    expect(read('The storm hit the coast on Monday, killing three people and leaving 200 homes without power.').slice(0, 3)).toEqual([
      { actor: 'The storm', predicate: 'hit', counts: [] },
      { actor: 'The storm', predicate: 'kill', counts: ['three people'] },
      { actor: 'The storm', predicate: 'leave', counts: ['200 homes'] },
    ]);
  });

  it.each([
    ['Ten stalls were damaged, including the bakery stand.', 'damage'],
    ['The ferry returned to port, following a fault in its engine.', 'return'],
    ['The crowd stood at the gates, waiting.', 'stand'],
    ['The diver went down on Saturday, reaching 280 metres.', 'go'],
    ['The diver went down on Saturday, passing the 300-metre mark.', 'go'],
  ])('keeps one clause: %s', (text, predicate) => {
    expect(read(text).map((c) => c.predicate)).toEqual([predicate]);
  });

  it('a reporting participle is no result clause', () => {
    expect(read('The minister resigned on Friday, saying she had lost the trust of the party.').map((c) => c.predicate)).not.toContain('say');
  });

  it('the injured count clashes with another report of the injured, not with the derailment', () => {
    const documents = [
      { id: 'a', source: { name: 'Harbour Daily' }, text: 'A tram derailed in Kassel on Wednesday morning, injuring four passengers.' },
      { id: 'b', source: { name: 'Northwire' }, text: 'Eleven passengers were injured when a tram derailed in Kassel on Wednesday morning.' },
    ];
    const found = analyze({ documents }).conflicts.filter((c) => c.band !== 'low');
    expect(found.map((c) => [c.kind, c.evidence.map((e) => e.span.text)])).toEqual([['numeric', ['four passengers', 'Eleven passengers']]]);
  });
});
