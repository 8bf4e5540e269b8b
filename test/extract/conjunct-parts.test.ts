/**
 * Coordinated predicates inside a relative clause (Quirk et al. 1985 § 13.43 with § 17.22): each conjunct of ", which
 * employed … and served …" is a claim of the antecedent with its own object and date; and a passive's second conjunct
 * borrows the auxiliaries of the first when nothing else reads it ("was seized on Monday and taken to port on
 * Tuesday", "… and sealed by police"). Sentences invented for this file; expectations written before the first run.
 * Hard negatives: a second conjunct with an object of its own ("was fined … and paid the penalty"), an "-ed" form that
 * may be an active past ("was criticised … and resigned …"), one participle pair sharing its adjuncts.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const readings = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2025-04-02' }).map((c) => ({
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    times: c.times.map((t) => t.span.text),
  }));

describe('coordinated predicates of a relative clause', () => {
  it('", which employed … and served …": two claims of the antecedent', () => {
    expect(readings('The council sold the depot, which employed 40 drivers and served six towns.')).toEqual([
      { actor: 'The council', predicate: 'sell', theme: 'depot', times: [] },
      { actor: 'the depot', predicate: 'employ', theme: '40 drivers', times: [] },
      { actor: 'the depot', predicate: 'serve', theme: 'six towns', times: [] },
    ]);
  });

  it('", who took office in March and resigned on Friday,": each act keeps its own date', () => {
    expect(readings('The governor, who took office in March and resigned on Friday, has left the capital.')).toEqual([
      { actor: 'The governor', predicate: 'leave', theme: 'capital', times: [] },
      { actor: 'The governor', predicate: 'take', theme: 'office', times: ['March'] },
      { actor: 'The governor', predicate: 'resign', theme: undefined, times: ['Friday'] },
    ]);
  });
});

describe('a passive second conjunct borrows the first conjunct\'s auxiliaries', () => {
  it('a participle-only form: "was seized on Monday and taken to port on Tuesday"', () => {
    expect(readings('The trawler was seized on Monday and taken to port on Tuesday.')).toEqual([
      { actor: undefined, predicate: 'seize', theme: 'The trawler', times: ['Monday'] },
      { actor: undefined, predicate: 'take', theme: 'The trawler', times: ['Tuesday'] },
    ]);
  });

  it('a by-agent: "was searched on Friday and sealed by police"', () => {
    expect(readings('The warehouse was searched on Friday and sealed by police.')).toEqual([
      { actor: undefined, predicate: 'search', theme: 'The warehouse', times: ['Friday'] },
      { actor: 'police', predicate: 'seal', theme: 'The warehouse', times: [] },
    ]);
  });
});

describe('second conjuncts read as they stand (hard negatives)', () => {
  it('an object of its own makes the second conjunct active', () => {
    expect(readings('The bakery was fined in May and paid the penalty in June.')).toEqual([
      { actor: undefined, predicate: 'fine', theme: 'The bakery', times: ['May'] },
      { actor: 'The bakery', predicate: 'pay', theme: 'penalty', times: ['June'] },
    ]);
  });

  it('an "-ed" form that may be an active past stays one', () => {
    expect(readings('The minister was criticised on Monday and resigned on Friday.')).toEqual([
      { actor: undefined, predicate: 'criticise', theme: 'The minister', times: ['Monday'] },
      { actor: 'The minister', predicate: 'resign', theme: undefined, times: ['Friday'] },
    ]);
  });

  it('a participle pair sharing its adjuncts dates both acts', () => {
    expect(readings('The cyclist was injured and flown to a clinic on Sunday.').map((r) => [r.predicate, r.theme, r.times])).toEqual([
      ['injure', 'The cyclist', ['Sunday']],
      ['fly', 'The cyclist', ['Sunday']],
    ]);
  });
});
