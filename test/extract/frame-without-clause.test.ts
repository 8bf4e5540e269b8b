import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function mainOf(text: string) {
  const c = extractClaims({ id: 'd', text }).find((x) => x.mainClaimId === undefined)!;
  return { holder: c.attribution.holder, verb: c.attribution.verb, lemma: c.proposition.predicate?.lemma };
}

describe('a reporting verb that reports no clause is no frame', () => {
  it('a passive directive with "to" ("was called to duty") is the event, in the author\'s voice', () => {
    expect(mainOf('As a member of the reserve, she was called to duty in 1990.')).toEqual({ holder: 'd', verb: undefined, lemma: 'call' });
  });

  it('a relative clause between commas ("who has reported for the Herald") is no holder', () => {
    expect(mainOf('Lena Voss, who has reported for the Herald, has been missing since May 2011.')).toEqual({ holder: 'd', verb: undefined, lemma: 'miss' });
  });

  it('a clause before a subordinator is not part of the holder ("fell after Globex said")', () => {
    const claims = extractClaims({ id: 'd', text: 'Shares of Acme fell after Globex said it would not make an offer.' });
    expect(claims.map((c) => c.attribution.holder)).not.toContain('Shares of Acme fell after Globex');
    expect(claims[0]!.proposition.predicate?.lemma).toBe('fall');
  });
});

describe('frames that do report a clause are kept', () => {
  it.each([
    ['passive raising with a verb of thinking', 'The suspect is believed to have fled to Spain.', 'is believed', 'believe'],
    ['a trailing frame', 'The bridge will close in June, the mayor said.', 'the mayor', 'say'],
    ['a participial aside holding "after"', 'Ines Moro, visibly shaken after the crash, said the pilot was alive.', 'Ines Moro', 'say'],
    ['a fronted adverbial clause before the holder', 'When the vote ended, the chairman said the motion had failed.', 'the chairman', 'say'],
  ])('%s', (_name, text, holder, verb) => {
    const m = mainOf(text);
    expect([m.holder, m.verb]).toEqual([holder, verb]);
  });
});
