/**
 * Coordinated predicates the tagger's misreadings hid (Quirk et al. 1985 § 13.43): a subject head read as an adjective
 * ("The firm approved …"), "has" after a plural object read as a plural noun ("paid the fees and has …"), a participle
 * read as an adjective after "and" before its object ("and accepted three offers"), an irregular past read as a noun or
 * base form after the subject ("The city council cut its grant"), and "now" read as a conjunction inside a progressive.
 * Each conjunct is its own claim with its own object and date. Sentences invented for this file; expectations written
 * before the first run (themes as the extractor writes them, without "the", corrected after it). Hard negatives:
 * adjectives coordinated before a noun, a passive pair sharing its auxiliaries, plural nouns coordinated after a verb.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const readings = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2025-04-02' }).map((c) => ({
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    state: c.proposition.state,
    times: c.times.map((t) => t.span.text),
  }));

describe('two predicates of one subject, each its own claim', () => {
  it('a subject head read as an adjective: each act keeps its own date', () => {
    expect(readings('The firm approved the budget on Tuesday and published its accounts on Thursday.')).toEqual([
      { actor: 'The firm', predicate: 'approve', theme: 'budget', state: 'affirmed', times: ['Tuesday'] },
      { actor: 'The firm', predicate: 'publish', theme: 'its accounts', state: 'affirmed', times: ['Thursday'] },
    ]);
  });

  it('"has" after a plural object opens the second perfect', () => {
    expect(readings('The firm has repaid the loans and has reopened two branches.')).toEqual([
      { actor: 'The firm', predicate: 'repay', theme: 'loans', state: 'affirmed', times: [] },
      { actor: 'The firm', predicate: 'reopen', theme: 'two branches', state: 'affirmed', times: [] },
    ]);
  });

  it('a participle read as an adjective after "and", before a figure, is the second verb', () => {
    expect(readings('The club renewed its lease in March and accepted three offers in June.')).toEqual([
      { actor: 'The club', predicate: 'renew', theme: 'its lease', state: 'affirmed', times: ['March'] },
      { actor: 'The club', predicate: 'accept', theme: 'three offers', state: 'affirmed', times: ['June'] },
    ]);
  });

  it('an irregular past read as a noun after the subject is its verb', () => {
    expect(readings('The city council cut its grant and closed two libraries.')).toEqual([
      { actor: 'The city council', predicate: 'cut', theme: 'its grant', state: 'affirmed', times: [] },
      { actor: 'The city council', predicate: 'close', theme: 'two libraries', state: 'affirmed', times: [] },
    ]);
  });

  it('"is now fining": the progressive after "now" has its verb\'s lemma', () => {
    expect(readings('The regulator is now fining the two banks.')).toEqual([
      { actor: 'The regulator', predicate: 'fine', theme: 'two banks', state: 'affirmed', times: [] },
    ]);
  });

  it('"rejected X but did not Y": an object and a negated predicate, not a denied clause', () => {
    expect(readings('The agency rejected the bid but did not appeal the ruling.')).toEqual([
      { actor: 'The agency', predicate: 'reject', theme: 'bid', state: 'refused', times: [] },
      { actor: 'The agency', predicate: 'appeal', theme: 'ruling', state: 'negated', times: [] },
    ]);
  });
});

describe('a denial verb with an object and a second predicate', () => {
  it('"rejected the scheme in May and is now …": an object and a coordinated predicate, no denied clause (nor "May" a modal)', () => {
    expect(readings('The parish board rejected the scheme in May and is now drafting its own.').map((r) => [r.actor, r.predicate, r.state])).toEqual([
      ['The parish board', 'reject', 'refused'],
      ['The parish board', 'draft', 'affirmed'],
    ]);
  });

  it('hard negative: a reported clause with its own past verb and a coordinated modal stays reported', () => {
    expect(extractClaims({ id: 'd', text: 'Aides said the envoy snubbed the summit and would not travel.', source: 'S' }).map((c) => c.attribution.holder)).toEqual(['Aides']);
  });

  it('hard negative: a denied clause without "that" stays the denial', () => {
    expect(readings('The union denied the tutors were paid late.').map((r) => [r.predicate, r.state])).toEqual([['pay', 'negated']]);
  });
});

describe('words read as they stand (hard negatives)', () => {
  it('adjectives coordinated before a noun stay one noun phrase', () => {
    expect(readings('The dealer sold a new and improved two-door model.')).toHaveLength(1);
  });

  it('a passive pair shares its auxiliaries and its subject', () => {
    expect(readings('The chapel was painted and decorated last spring.').map((r) => [r.predicate, r.theme])).toEqual([
      ['paint', 'The chapel'],
      ['decorate', 'The chapel'],
    ]);
  });

  it('plural nouns coordinated after a plural object are no second verb', () => {
    expect(readings('The storm damaged roads and bridges in the valley.').map((r) => [r.actor, r.predicate])).toEqual([['The storm', 'damage']]);
  });
});
