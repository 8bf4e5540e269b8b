import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function parts(text: string) {
  // Subordinate clauses ("when …", ", who …,") are claims of their own, linked to the main one: the main claim is read.
  const claims = extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined);
  expect(claims).toHaveLength(1);
  const p = claims[0]!.proposition;
  return { lemma: p.predicate?.lemma, verb: p.predicate?.text, actor: p.actor?.text, theme: p.theme?.text, complement: p.complement?.text, state: p.state };
}

describe('relative clauses: the verb after a relative clause on the subject is the predicate', () => {
  it.each([
    ['"that" + verb opens a relative clause; the passive after it is the predicate',
      'The tanker that ran aground off the coast was refloated on Friday.',
      { lemma: 'refloat', verb: 'refloated', actor: undefined, theme: 'The tanker', state: 'affirmed' }],
    ['"who" opens a relative clause; an irregular past after it is the verb',
      "Hackers who breached the bank's network stole customer data.",
      { lemma: 'steal', verb: 'stole', actor: 'Hackers', theme: 'customer data', state: 'affirmed' }],
    ['an adverbial inside the relative clause does not end it',
      'The striker who scored twice in the final signed a new contract.',
      { lemma: 'sign', verb: 'signed', actor: 'The striker', theme: 'new contract', state: 'affirmed' }],
    ['a verb coordinated inside the relative clause ("fled and hid") is skipped',
      'The gunman who fled and hid in a barn was arrested.',
      { lemma: 'arrest', verb: 'arrested', actor: undefined, theme: 'The gunman', state: 'affirmed' }],
    ['a passive inside the relative clause ("that was kept quiet") is its own verb group',
      'A side that was kept quiet for years has now spoken.',
      { lemma: 'speak', verb: 'spoken', actor: 'A side', theme: undefined, state: 'affirmed' }],
    ['a negator inside the relative clause does not negate the main verb',
      'The firm that did not pay its suppliers collapsed.',
      { lemma: 'collapse', verb: 'collapsed', actor: 'The firm', theme: undefined, state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('the relative clause\'s verb stays among the claim\'s events', () => {
    const [claim] = extractClaims({ id: 'd', text: 'The tanker that ran aground off the coast was refloated on Friday.' });
    expect(claim!.proposition.events).toEqual(['run']);
  });
});

describe('relative clauses: where the first verb is the predicate, it stays', () => {
  it.each([
    ['without a relative clause, a negator before an intention verb still negates the verb it governs',
      'The club did not want to sell its star striker.',
      { lemma: 'sell', verb: 'sell', actor: 'The club', theme: 'its star striker', state: 'negated' }],
    ['a relative clause on a complement after "is" is not on the subject: its verb stays',
      'The winner is the rider who attacked on the final climb in the stage held on Sunday.',
      { lemma: 'attack', verb: 'attacked', actor: 'The winner', theme: undefined, state: 'affirmed' }],
    ['a relative clause after the verb changes nothing',
      'The council approved a plan that cuts bus fares.',
      { lemma: 'approve', verb: 'approved', actor: 'The council', theme: 'plan', state: 'affirmed' }],
    ['a content clause ("reports that the minister resigned") is not a relative clause: it is a claim of its own, and the main claim is the denial',
      'Reports that the minister resigned were denied by the government.',
      { lemma: 'deny', verb: 'denied', actor: 'government', theme: 'Reports', state: 'affirmed' }],
    ['a relative clause between commas is a claim of its own; the main claim has the main verb',
      'The singer, who won three awards on Sunday, now tours Europe.',
      { lemma: 'tour', verb: 'tours', actor: 'The singer', theme: 'Europe', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('participial openers: the main clause starts after the opener\'s comma', () => {
  it.each([
    ['an "-ing" opener with a phrase; the subject after the comma is the actor',
      'Speaking to reporters in Oslo, the coach praised his young squad.',
      { lemma: 'praise', verb: 'praised', actor: 'the coach', theme: 'his young squad', state: 'affirmed' }],
    ['an "-ing" opener with a bare noun object',
      'Citing safety concerns, the airline grounded its fleet.',
      { lemma: 'ground', verb: 'grounded', actor: 'the airline', theme: 'its fleet', state: 'affirmed' }],
    ['an "-ed" opener before a main clause whose verb is a plain "be"',
      'Surrounded by fields, the village is quiet in winter.',
      { lemma: 'be', verb: 'is', actor: 'the village', complement: 'quiet', state: 'affirmed' }],
    ['a gerund subject with its own "is" is no opener',
      'Voting on the new budget is still under way, and results are due on Friday.',
      { lemma: 'vote', verb: 'Voting', actor: undefined, theme: undefined, state: 'pending' }],
    ['a gerund subject without a comma keeps its verb',
      'Cutting taxes would cost the treasury billions.',
      { lemma: 'cost', verb: 'cost', actor: 'Cutting taxes', theme: 'treasury', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('the predicate span points into the main clause', () => {
    const [claim] = extractClaims({ id: 'd', text: 'Citing safety concerns, the airline grounded its fleet.' });
    expect(claim!.proposition.predicate?.span).toEqual({ start: 36, end: 44, text: 'grounded' });
  });
});

describe('supplementive clauses: an "-ing" clause after a comma is not the predicate', () => {
  it.each([
    ['with only "be" before it, "be" is the verb',
      'The fire was the worst in a decade, forcing hundreds to flee.',
      { lemma: 'be', verb: 'was', actor: 'The fire', complement: 'worst', state: 'affirmed' }],
    ['between commas, the verb after it is the predicate',
      'Protesters, chanting slogans, marched to the square.',
      { lemma: 'march', verb: 'marched', actor: 'Protesters', theme: undefined, state: 'affirmed' }],
    ['after a lexical verb, the first verb stays',
      'The storm hit the coast on Monday, cutting power to thousands.',
      { lemma: 'hit', verb: 'hit', actor: 'The storm', theme: 'coast', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
