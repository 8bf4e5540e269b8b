import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { Claim } from '../../src/model/claim.js';

/** The claims of one sentence: the main claim (no mainClaimId) and the claims linked to it. */
function split(text: string): { main: Claim; subs: Claim[] } {
  const claims = extractClaims({ id: 'd', text });
  const mains = claims.filter((c) => c.mainClaimId === undefined);
  expect(mains).toHaveLength(1);
  const main = mains[0]!;
  const subs = claims.filter((c) => c.mainClaimId !== undefined);
  for (const sub of subs) expect(sub.mainClaimId).toBe(main.id);
  return { main, subs };
}

/** The one content claim of a sentence, checked to be linked to the main claim and to cover exactly `content`. */
function contentClaim(text: string, content: string): { main: Claim; claim: Claim } {
  const { main, subs } = split(text);
  expect(subs).toHaveLength(1);
  const claim = subs[0]!;
  const start = text.indexOf(content);
  expect(claim.proposition.span).toEqual({ start, end: start + content.length, text: content });
  return { main, claim };
}

function held(claim: Claim) {
  const a = claim.attribution;
  return { holder: a.holderKind === 'author' ? null : a.holder, kind: a.holderKind, stance: a.stance, level: claim.certainty.level };
}

function said(claim: Claim) {
  const p = claim.proposition;
  return { lemma: p.predicate?.lemma, actor: p.actor?.text, state: p.state };
}

describe('content clauses under a noun of report, rumour or claim: reported by the noun, hedged', () => {
  it('an extraposed clause after a verb of spreading ("Rumours swirled on Monday that …")', () => {
    const { main, claim } = contentClaim('Rumours swirled on Monday that the harbour master had resigned.', 'the harbour master had resigned');
    expect(said(main)).toEqual({ lemma: 'swirl', actor: 'Rumours', state: 'affirmed' });
    expect(said(claim)).toEqual({ lemma: 'resign', actor: 'the harbour master', state: 'affirmed' });
    expect(held(claim)).toEqual({ holder: 'Rumours', kind: 'anonymous', stance: 'speculated', level: 'doubted' });
    expect(claim.attribution.verbSpan?.text).toBe('Rumours');
  });

  it('a clause after a preposition ("amid reports that …"): the reports hold it', () => {
    const { main, claim } = contentClaim('Shares fell amid reports that the bank would merge with a rival.', 'the bank would merge with a rival');
    expect(said(main)).toEqual({ lemma: 'fall', actor: 'Shares', state: 'affirmed' });
    expect(said(claim)).toEqual({ lemma: 'merge', actor: 'the bank', state: 'affirmed' });
    expect(held(claim)).toEqual({ holder: 'reports', kind: 'anonymous', stance: 'reported', level: 'reported' });
  });

  it('a plural noun after an "-ing" verb is no reporting verb ("is facing claims that …"): the main clause is the author\'s', () => {
    const { main, claim } = contentClaim('The singer is facing claims that her album was written by a ghostwriter.', 'her album was written by a ghostwriter');
    expect(held(main).kind).toBe('author');
    expect(said(main)).toEqual({ lemma: 'face', actor: 'The singer', state: 'affirmed' });
    expect(held(claim)).toEqual({ holder: 'claims', kind: 'anonymous', stance: 'claimed', level: 'doubted' });
  });

  it('a plural after a quantifier is the noun, not a reporting verb ("There are several rumors that …")', () => {
    const { main, claim } = contentClaim('There are several rumors that the carmaker will close its plant next year.', 'the carmaker will close its plant next year');
    expect(held(main).kind).toBe('author');
    expect(said(claim)).toEqual({ lemma: 'close', actor: 'the carmaker', state: 'affirmed' });
    expect(held(claim)).toEqual({ holder: 'several rumors', kind: 'anonymous', stance: 'speculated', level: 'doubted' });
  });

  it('evidence is held by whoever found it', () => {
    const { claim } = contentClaim('Investigators found evidence that the fire had been set deliberately.', 'the fire had been set deliberately');
    expect(held(claim)).toEqual({ holder: 'Investigators', kind: 'anonymous', stance: 'reported', level: 'reported' });
  });
});

// A denial is its holder's negation of the clause (extract/denial.ts): the clause's state is negated.
describe('content clauses the frame denies: disputed, held by whoever denies them', () => {
  it('the object of a denying verb that is no reporting verb ("dismissed speculation that …"); the date stays on the clause', () => {
    const { main, claim } = contentClaim('The ministry dismissed speculation that the plant would close in March.', 'the plant would close in March');
    expect(said(claim)).toEqual({ lemma: 'close', actor: 'the plant', state: 'negated' });
    expect(held(claim)).toEqual({ holder: 'The ministry', kind: 'anonymous', stance: 'denied', level: 'asserted' });
    expect(claim.times.map((t) => t.span.text)).toEqual(['March']);
    expect(main.times).toEqual([]);
  });

  it('a negative determiner on the noun ("no evidence that …"): the writer disputes it', () => {
    const { claim } = contentClaim('There is no evidence that the virus escaped from the laboratory.', 'the virus escaped from the laboratory');
    expect(said(claim)).toEqual({ lemma: 'escape', actor: 'the virus', state: 'negated' });
    expect(held(claim)).toEqual({ holder: null, kind: 'author', stance: 'denied', level: 'asserted' });
    expect(claim.attribution.verbSpan?.text).toBe('no evidence');
  });

  it('a falsity complement after the subject\'s clause ("Reports that … were untrue"); the place goes with the clause', () => {
    const { main, claim } = contentClaim('Reports that the ferry had sunk near Paros were untrue.', 'the ferry had sunk near Paros');
    expect(said(main)).toEqual({ lemma: 'be', actor: 'Reports', state: 'affirmed' });
    expect(main.proposition.theme).toBeUndefined();
    expect(main.proposition.complement?.text).toBe('untrue');
    expect(said(claim)).toEqual({ lemma: 'sink', actor: 'the ferry', state: 'negated' });
    expect(held(claim)).toEqual({ holder: null, kind: 'author', stance: 'denied', level: 'asserted' });
    expect(claim.places.map((p) => p.name)).toEqual(['Paros']);
    expect(main.places).toEqual([]);
  });

  it('a negated clause called false: the two negations cancel, the writer holds that the senator will run', () => {
    const { claim } = contentClaim('The claim that the senator will not run again is false.', 'the senator will not run again');
    expect(said(claim)).toEqual({ lemma: 'run', actor: 'the senator', state: 'affirmed' });
    expect(held(claim).stance).toBe('denied');
  });

  it('inside a complement clause ("pointed out that the claim that … was false"), the noun phrase is that clause\'s subject', () => {
    const { claim } = contentClaim('He pointed out that the claim that the striker scored twice was false.', 'the striker scored twice');
    expect(said(claim)).toEqual({ lemma: 'score', actor: 'the striker', state: 'negated' });
    expect(held(claim).stance).toBe('denied');
  });

  it('a passive denial names the denier with its "by" phrase', () => {
    const { main, claim } = contentClaim('Reports that the minister resigned were denied by the government.', 'the minister resigned');
    expect(said(main).lemma).toBe('deny');
    expect(held(claim)).toEqual({ holder: 'the government', kind: 'anonymous', stance: 'denied', level: 'asserted' });
  });

  it('inside a reporting frame, the speaker is the one who disputes the reports', () => {
    const { main, claim } = contentClaim('Officials said reports that the airport had closed were false.', 'the airport had closed');
    expect(held(main)).toEqual({ holder: 'Officials', kind: 'anonymous', stance: 'reported', level: 'reported' });
    expect(main.proposition.span.text).toBe('reports that the airport had closed were false');
    expect(held(claim)).toEqual({ holder: 'Officials', kind: 'anonymous', stance: 'denied', level: 'asserted' });
  });
});

describe('a sentential relative that calls the clause before it untrue: the writer denies that clause', () => {
  it('"…, which turned out to be false" after a report: the report stays the speaker\'s, and the writer\'s denial is a claim of its own', () => {
    const { main, subs } = split('The mayor said the bridge had collapsed, which turned out to be false.');
    expect(held(main)).toEqual({ holder: 'The mayor', kind: 'named', stance: 'reported', level: 'reported' });
    expect(subs).toHaveLength(1);
    const denial = subs[0]!;
    expect(denial.proposition.span.text).toBe('the bridge had collapsed');
    expect(said(denial)).toEqual({ lemma: 'collapse', actor: 'the bridge', state: 'negated' });
    expect(held(denial)).toEqual({ holder: null, kind: 'author', stance: 'denied', level: 'asserted' });
    expect(denial.attribution.verbSpan?.text).toBe('false');
  });

  it('a relative clause on a noun phrase that says nothing untrue stays a claim about that noun phrase', () => {
    const { subs } = split('The company opened a plant in Ohio, which employs 300 people.');
    expect(subs).toHaveLength(1);
    expect(held(subs[0]!)).toEqual({ holder: null, kind: 'author', stance: 'asserted', level: 'asserted' });
    expect(subs[0]!.proposition.predicate?.lemma).toBe('employ');
  });
});

describe('a factive noun ("the fact that …") keeps the main clause\'s voice: asserted, not hedged', () => {
  it('the clause is a claim of its own, in the writer\'s voice', () => {
    const { claim } = contentClaim('The fact that the dam failed is not in dispute.', 'the dam failed');
    expect(said(claim)).toEqual({ lemma: 'fail', actor: 'the dam', state: 'affirmed' });
    expect(held(claim)).toEqual({ holder: null, kind: 'author', stance: 'asserted', level: 'asserted' });
  });
});

describe('hard negatives: no content clause of its own', () => {
  it.each([
    ['a reporting verb\'s clause stays one attributed claim', 'The mayor said that the bridge was closed.',
      { holder: 'The mayor', kind: 'named', stance: 'reported', level: 'reported' }],
    ['a reporting verb that denies a content noun holds the clause itself ("denied reports that …")', 'The airline denied reports that it would cut 300 jobs.',
      { holder: 'The airline', kind: 'named', stance: 'denied', level: 'asserted' }],
    ['"claim" after a bare subject is the reporting verb, not the noun', 'Police claim that the suspect fled.',
      { holder: 'Police', kind: 'named', stance: 'claimed', level: 'doubted' }],
    ['a base form after a quantifier is the verb ("Some claim that …")', 'Some claim that the carmaker will close its plant.',
      { holder: 'Some', kind: 'anonymous', stance: 'claimed', level: 'doubted' }],
    ['a restrictive relative clause on a noun that takes no content clause', 'Police arrested the man that witnesses described.',
      { holder: null, kind: 'author', stance: 'asserted', level: 'asserted' }],
    ['a relative "that" followed by its verb ("reports that emerged")', 'The reports that emerged on Monday were wrong.',
      { holder: null, kind: 'author', stance: 'asserted', level: 'asserted' }],
  ])('%s', (_name, text, expected) => {
    const { main, subs } = split(text);
    expect(subs).toEqual([]);
    expect(held(main)).toEqual(expected);
  });

  it('a relative clause ending on a stranded preposition is no content clause, even after "hoax"', () => {
    const { subs } = split('This is a hoax that everyone fell for.');
    expect(subs).toEqual([]);
  });

  it('the reported clause of "said that" has the reported predicate', () => {
    const { main } = split('The mayor said that the bridge was closed.');
    expect(main.proposition.span.text).toBe('the bridge was closed');
    expect(main.proposition.predicate?.lemma).toBe('close');
  });
});
