/**
 * Words the tagger reads as verbs or adjectives where English allows only a noun or a preposition: a clause-initial
 * "imperative" before a prepositional phrase and the clause's finite verb ("Support for the levy has fallen"), a
 * base form right after a preposition ("damage from flash flooding"), and a spatial preposition read as an adjective
 * ("fell over the past month"). Sentences invented for this file; expectations written before the first run.
 * Hard negatives: real imperatives with a prepositional phrase ("Stay indoors until the wind has dropped", "Look at
 * the damage they have done"), "declined to comment", a time noun after a status verb, and a surname that is a month.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const first = (text: string) => extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' })[0]!;
const roles = (text: string) => {
  const p = first(text).proposition;
  return { actor: p.actor?.text, predicate: p.predicate?.lemma, theme: p.theme?.text, state: p.state };
};

describe('a clause-initial noun read as an imperative', () => {
  it('"Support for the levy has fallen" has the support as its subject', () => {
    expect(roles('Support for the tourist levy has fallen sharply.')).toEqual({ actor: 'Support', predicate: 'fall', theme: undefined, state: 'affirmed' });
  });

  it('a relative clause between the subject and its verb is passed over', () => {
    expect(roles('Repair of the culvert that collapsed in March will be paid for by the county.').predicate).toBe('pay');
  });

  it('the passive subject of "will be covered" is the thing covered', () => {
    expect(roles('Damage from the gales will be covered by the scheme.')).toMatchObject({ predicate: 'cover', theme: 'Damage' });
  });
});

describe('imperatives that stay imperatives', () => {
  it('"Stay indoors until the wind has dropped" keeps "stay" as its verb', () => {
    expect(roles('Stay at home until the wind has dropped.').predicate).toBe('stay');
  });

  it('a pronoun subject later makes the first word the verb', () => {
    expect(roles('Look at the damage they have done.').predicate).toBe('look');
  });
});

describe('a base form after a preposition', () => {
  it('"from flash flooding": the word after "from" is a modifier, so the subject noun phrase reaches the verb', () => {
    expect(roles('Damage from flash flooding is covered by the policy.')).toEqual({ actor: 'policy', predicate: 'cover', theme: 'Damage', state: 'affirmed' });
  });

  it('"could do nothing but wait" keeps the verb after "but"', () => {
    expect(roles('The crew could do nothing but wait.').predicate).not.toBe('crew');
  });
});

describe('a spatial preposition read as an adjective', () => {
  it('"declined over the past year" is a fall, not a refusal', () => {
    expect(roles('Seagrass cover declined over the past year.')).toEqual({ actor: 'Seagrass cover', predicate: 'decline', theme: undefined, state: 'affirmed' });
  });

  it('"declined to comment" is still a non-answer with its inner verb', () => {
    expect(first('The harbour master declined to comment.').proposition.inner?.lemma).toBe('comment');
  });

  it('a time noun after a status verb is no inner proposition', () => {
    expect(first('Seagrass cover declined last year.').proposition.inner).toBeUndefined();
  });

  it('a rise against a fall of one measure over one year is an opposition', () => {
    expect(alertKinds('Seagrass cover in the estuary increased slightly last year, the trust said.', 'The survey found that seagrass cover in the estuary had declined over the past year.')).toEqual(['opposition']);
  });

  it('two accounts of the same fall raise nothing', () => {
    expect(alertKinds('Seagrass cover in the estuary fell last year, the trust said.', 'The survey found that seagrass cover in the estuary had declined over the past year.')).toEqual([]);
  });
});

describe('a month beside a day number', () => {
  it('"On 11 May, a tram derailed": the month dates the clause and the tram is the subject', () => {
    const c = first('On 11 May, a tram derailed near the depot.');
    expect([c.proposition.actor?.text, c.proposition.predicate?.lemma, c.times.map((t) => t.span.text)]).toEqual(['a tram', 'derail', ['11 May']]);
  });

  it('"on Monday 2 March" in day-month order, without a comma', () => {
    expect(first('On Monday 2 March the tram derailed.').proposition.actor?.text).toBe('the tram');
  });

  it('two reports dating one derailment in two date orders raise nothing', () => {
    expect(alertKinds('On 11 May, a tram derailed near the depot.', 'A tram derailed near the depot on May 11.')).toEqual([]);
  });

  it('a surname that is a month stays a name (hard negative)', () => {
    expect(first('Councillor Ada May resigned on 24 May.').proposition.actor?.text).toBe('Councillor Ada May');
  });
});

describe('a base form after a singular noun of the subject, before a prepositional phrase and the verb', () => {
  it('"The hire firm in Keswick has …": "firm" heads the subject', () => {
    expect(roles('The boat hire firm in Keswick has not renewed its lease.')).toMatchObject({ actor: 'The boat hire firm', state: 'negated' });
    // "has not had its permit renewed": the subject is no doer of the renewing (test/extract/have-participles.test.ts).
    expect(roles('The boat hire firm in Keswick has not had its permit renewed.')).toMatchObject({ predicate: 'renew', state: 'negated' });
  });

  it('after a plural noun a base form agrees as a verb (hard negative)', () => {
    expect(roles('The dockers strike in May every year.').predicate).toBe('strike');
  });
});

describe('a name read as an imperative before an auxiliary', () => {
  it('"Purlwise did not buy the chain": the unknown capitalised word is the subject', () => {
    expect(roles('Purlwise did not buy the Lanark chain.')).toEqual({ actor: 'Purlwise', predicate: 'buy', theme: 'Lanark chain', state: 'negated' });
  });

  it('a sale to it and its denial of the purchase clash (converse verbs)', () => {
    expect(alertKinds('The Lanark chain has since been sold to rival Purlwise.', 'Purlwise did not buy the Lanark chain.')).toEqual(['polarity']);
  });

  it('an imperative with no auxiliary after it stays a directive, no claim (hard negative)', () => {
    expect(extractClaims({ id: 'd', text: 'Keep the receipts for a year.', source: 'S' })).toEqual([]);
  });
});
