import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The main claim of a sentence: its holder, predicate, actor, theme and state, and the lemmas of the other claims. */
function read(text: string) {
  const [main, ...rest] = extractClaims({ id: 'd', text, source: 'Wire' });
  const p = main!.proposition;
  return {
    holder: main!.attribution.holder,
    kind: main!.attribution.holderKind,
    lemma: p.predicate?.lemma,
    actor: p.actor?.text,
    theme: p.theme?.text,
    negated: p.negated,
    others: rest.map((c) => `${c.background ?? 'main'}:${c.proposition.predicate?.lemma}`),
  };
}

describe('a non-restrictive "which" clause between a holder and its reporting verb is an aside', () => {
  it.each([
    ['The board, which runs the lighthouse, said the light was working normally.', { holder: 'The board', kind: 'named', lemma: 'work', actor: 'the light', others: ['relative:run'] }],
    ['The agency, which manages the port, told reporters the channel was closed.', { holder: 'The agency', kind: 'named', lemma: 'close', theme: 'the channel', others: ['relative:manage'] }],
    ['Ada Kerr, who runs the lighthouse, has said the light was working normally.', { holder: 'Ada Kerr', kind: 'named', lemma: 'work', actor: 'the light', others: ['relative:run'] }],
    ['Rosa Quint, a geologist, had earlier said the slope was moving.', { holder: 'Rosa Quint', kind: 'named', actor: 'the slope', others: [] }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('the relative clause on the holder is the writer\'s background claim about the holder, not the holder\'s', () => {
    const [main, aside] = extractClaims({ id: 'd', text: 'Ada Kerr, who was not at the meeting, denied that the vote was rigged.', source: 'Wire' });
    expect(main!.attribution).toMatchObject({ holder: 'Ada Kerr', stance: 'denied' });
    expect(aside).toMatchObject({ background: 'relative', mainClaimId: main!.id, attribution: { holderKind: 'author' } });
    expect(aside!.proposition).toMatchObject({ actor: { text: 'Ada Kerr' }, predicate: { lemma: 'be' }, negated: true });
  });

  it.each([
    ['a restrictive "who" clause stays inside the holder', 'The man who runs the lighthouse said the light was working normally.', { holder: 'The man who runs the lighthouse', kind: 'named', lemma: 'work', others: [] }],
    ['an appositive on the holder gives no relative claim', 'Rosa Quint, a geologist, said the slope was moving.', { holder: 'Rosa Quint', kind: 'named', others: [] }],
    ['a restrictive-looking "who" aside on a subject with its own verb', 'The mayor, who leads the coalition, rejected the plan.', { kind: 'author', lemma: 'reject', actor: 'The mayor', others: ['relative:lead'] }],
    ['a "which" aside on a subject with its own verb', 'The ferry, which sank in 2019, was raised on Monday.', { kind: 'author', lemma: 'raise', theme: 'The ferry', others: ['relative:sink'] }],
    ['"said, adding" keeps its reading', 'The board said, adding that the light was working normally.', { kind: 'author', lemma: 'say', actor: 'The board' }],
    ['a frame inside the relative clause is the clause\'s', 'The plan, which officials said would cost $5m, was dropped.', { kind: 'author', lemma: 'drop', theme: 'The plan' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a relative clause on the holder of a trailing frame', () => {
  it.each([
    ['The light was working normally, said Ada Kerr, who runs the lighthouse.', { holder: 'Ada Kerr', kind: 'named', lemma: 'work', others: ['relative:run'] }],
    ['"The light is working," Ada Kerr, who runs the lighthouse, said.', { holder: 'Ada Kerr', kind: 'named', lemma: 'work', others: ['relative:run'] }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('a "which" clause after "X said" comments on the report, not on the holder: no relative claim about the holder', () => {
    expect(read('The light was working, the ministry said, which surprised locals.')).toMatchObject({ holder: 'the ministry', lemma: 'work', others: [] });
  });
});

describe('a participle phrase set off by commas between the subject and its verb', () => {
  it.each([
    ['The rock, found in a ditch in March, is a meteorite.', { kind: 'author', lemma: 'be', actor: 'The rock', theme: 'meteorite', negated: false, others: ['participial:find'] }],
    ['The rock, found in a ditch in March, is not a meteorite.', { kind: 'author', lemma: 'be', actor: 'The rock', theme: 'meteorite', negated: true, others: ['participial:find'] }],
    ['Tests have confirmed that the rock, found in a ditch in March, is a meteorite.', { holder: 'Tests', lemma: 'be', actor: 'the rock', theme: 'meteorite', negated: false }],
    ['The tanker, damaged in the storm, was towed to port.', { kind: 'author', lemma: 'tow', theme: 'The tanker' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['"found" as the main verb', 'Police found the rock in March.', { lemma: 'find', actor: 'Police', theme: 'rock', others: [] }],
    ['an "-ing" aside before a copula with an adjective', 'The minister, speaking on Monday, was optimistic.', { lemma: 'be', actor: 'The minister', others: ['participial:speak'] }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('"as" after a reduced relative is its preposition, not a subordinator', () => {
  it('"Two men posing as workmen" is the subject of "stole"', () => {
    expect(read('Two men posing as workmen stole a portrait.')).toMatchObject({ lemma: 'steal', actor: 'men', theme: 'portrait', others: ['participial:pose'] });
  });

  it.each([
    ['a finite clause before "as" keeps its adverbial clause', 'The crowd cheered as the team arrived.', { lemma: 'cheer', actor: 'The crowd', others: ['main:arrive'] }],
    ['a reduced relative with an object', 'A man wearing a mask robbed the bank.', { lemma: 'rob', actor: 'A man', theme: 'bank', others: ['participial:wear'] }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a described name with a relative aside before the reporting verb', () => {
  const holderOf = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).map((c) => [c.attribution.holder, c.attribution.holderKind, c.proposition.predicate?.lemma]);
  it('"The umpire, Klaus Berger, who followed the race, told the crews …" is held by Klaus Berger', () => {
    expect(holderOf('The umpire, Klaus Berger, who followed the race, told the crews it had been a clear steering error.')).toEqual([
      ['Klaus Berger', 'named', 'be'],
      ['S', 'author', 'follow'],
    ]);
  });
  it('a lower-case appositive is no name: the frame is not read through it', () => {
    expect(holderOf('The umpire, a former rower, who followed the race, told the crews it had been a clear error.')[0]?.[0]).not.toBe('a former rower');
  });
});

describe('passive reporting frames', () => {
  const framed = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).map((c) => [c.attribution.holder, c.attribution.holderKind, c.proposition.predicate?.lemma]);
  it('the by-agent is the teller: "The club was told by the league that …"', () => {
    expect(framed('The club was told by the league that the match would be replayed.')).toEqual([['the league', 'named', 'replay']]);
    expect(framed('The club said it had been told by the league that the match would be replayed.')).toEqual([['the league', 'named', 'replay']]);
  });
  it('without an agent the recipient holds it, without the auxiliaries', () => {
    expect(framed('Residents were told that the baths would close in May.')[0]?.[0]).toBe('Residents');
  });
  it('an impersonal passive stays anonymous: "It was reported that …"', () => {
    expect(framed('It was reported that the baths would close in May.')[0]?.[1]).toBe('anonymous');
  });
});

describe('a zero that-clause with a past verb before an adjunct', () => {
  const framed = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).map((c) => [c.attribution.holder, c.proposition.predicate?.lemma]);
  it('"Officials confirmed the glider crashed shortly after take-off" is held by the officials', () => {
    expect(framed('Officials confirmed the glider crashed shortly after take-off.')).toEqual([['Officials', 'crash']]);
    expect(framed('The club admitted the coach left in March.')).toEqual([['The club', 'leave']]);
  });
  it('a past form before a noun phrase may be a reduced relative: the verb stays the act', () => {
    expect(framed('The company confirmed the reports released the data.')).toEqual([['S', 'confirm']]);
    expect(framed('The ministry confirmed the figures on Monday.')).toEqual([['S', 'confirm']]);
  });
});
