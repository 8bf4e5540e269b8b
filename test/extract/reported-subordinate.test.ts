/**
 * An adverbial clause whose verb reports a "that" clause ("… when the council confirmed that the library would close")
 * frames that content, held by the clause's subject, as the main-clause frame does. Every sentence is invented here.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    stance: c.attribution.stance,
    actor: c.proposition.actor?.text,
    lemma: c.proposition.predicate?.lemma,
  }));

describe('a reporting verb in an adverbial clause frames its content', () => {
  it.each([
    ['Residents were angry yesterday when the council confirmed that the library would close.', 'the council', 'confirmed', 'the library', 'close'],
    ['Fans gathered outside after the club announced that the coach had resigned.', 'the club', 'asserted', 'the coach', 'resign'],
  ])('%s', (text, holder, stance, actor, lemma) => {
    const got = claims(text);
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ holder: 'Wire', stance: 'asserted' });
    expect(got[1]).toEqual({ holder, stance, actor, lemma });
  });

  it('an adverbial clause that reports nothing stays the author\'s: "when the library reopened"', () => {
    expect(claims('Residents cheered when the library reopened.')[1]).toEqual({ holder: 'Wire', stance: 'asserted', actor: 'the library', lemma: 'reopen' });
  });

  it('a reporting verb without a "that" clause ("when the council confirmed the date") is the act itself', () => {
    expect(claims('Residents cheered when the council confirmed the date.')[1]).toMatchObject({ holder: 'Wire', lemma: 'confirm' });
  });
});
