/**
 * Clauses around a main clause that carry claims of their own (Quirk et al. 1985 § 15.56 and § 15.60): a fronted
 * "-ing" clause after "after", "before" or "since" whose subject is the main clause's ("After renewing its lease, the
 * firm …"); a closing "…, saying …" whose report the main clause's subject holds; a two-word verb with its object after
 * a comma ("…, the union called off the strike") is the clause's own act, not a closing frame; "by" before a bare figure
 * gives a change's size, not its doer. Sentences invented for this file; expectations written before the first run.
 * Hard negatives: a fronted noun phrase after "after" (no clause), an "-ing" form that reports nothing ("…, crossing
 * the line …"), a closing frame with nothing after its verb, a by-agent with a counted noun.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const readings = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2025-04-02' }).map((c) => ({
    holder: c.attribution.holder,
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.lemma,
    times: c.times.map((t) => t.span.text),
  }));

describe('clauses that carry claims of their own', () => {
  it('a fronted "-ing" clause borrows the main subject', () => {
    expect(readings('After renewing its lease, the bakery hired two bakers.')).toEqual([
      { holder: 'S', actor: 'the bakery', predicate: 'hire', times: [] },
      { holder: 'S', actor: 'the bakery', predicate: 'renew', times: [] },
    ]);
  });

  it('"…, saying …": the report is the main subject\'s, with its own date', () => {
    expect(readings('The ferry line added two crossings on Tuesday, saying it would drop the night service in 2027.')).toEqual([
      { holder: 'S', actor: 'The ferry line', predicate: 'add', times: ['Tuesday'] },
      { holder: 'The ferry line', actor: 'it', predicate: 'drop', times: ['2027'] },
    ]);
  });

  it('a two-word verb with its object after a comma is the clause\'s act, not a frame', () => {
    expect(readings('After meeting the mayor, the guild called off the parade.').map((r) => [r.actor, r.predicate])).toEqual([
      ['the guild', 'cancel'],
      ['the guild', 'meet'],
    ]);
  });

  it('"by" before a bare figure is no doer', () => {
    expect(extractClaims({ id: 'd', text: 'The grant had been cut by 40 million, the minister said.', source: 'S' })[0]!.proposition.actor).toBeUndefined();
  });
});

describe('clauses read as they stand (hard negatives)', () => {
  it('"After the vote, …": a fronted noun phrase is no clause', () => {
    expect(readings('After the vote, the bakery hired two bakers.')).toEqual([{ holder: 'S', actor: 'the bakery', predicate: 'hire', times: [] }]);
  });

  it('an "-ing" form that reports nothing is kept in the main clause', () => {
    expect(readings('The crew won the race, crossing the line in record time.').map((r) => [r.holder, r.predicate])).toEqual([['S', 'win']]);
  });

  it('a closing frame with nothing after its verb still frames the clause', () => {
    expect(readings('The parade will go ahead, the guild said.')).toEqual([{ holder: 'the guild', actor: 'The parade', predicate: 'proceed', times: [] }]);
  });

  it('a by-agent with a counted noun is the doer', () => {
    expect(extractClaims({ id: 'd', text: 'The van was stopped by two officers.', source: 'S' })[0]!.proposition.actor?.text).toBe('two officers');
  });
});
