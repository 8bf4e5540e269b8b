/**
 * A "by" phrase inside a reduced relative clause after the passive verb belongs to that clause's participle, not to
 * the main passive: "was unearthed during a rally organised by the club" names no finder (Quirk et al. 1985 § 17.29,
 * the -ed participle clause as postmodifier). Sentences invented for this file; expectations written before the first
 * run. Hard negatives: the main verb's own "by" agent, before or after a reduced relative of its own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' }).find((x) => x.mainClaimId === undefined)!;
  return { actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text };
};

describe('the agent of a passive', () => {
  it('a "by" inside a reduced relative is the relative\'s', () => {
    expect(main('A hoard of coins was unearthed near Swaffham during a rally organised by the detectorists\' club.')).toEqual({ actor: undefined, predicate: 'unearth', theme: 'A hoard' });
  });

  it('the main verb\'s own "by" agent stays', () => {
    expect(main('The cyclist was hit by a van near the bridge.')).toEqual({ actor: 'van', predicate: 'hit', theme: 'The cyclist' });
  });

  it('the main verb\'s own agent stays when it carries a reduced relative of its own', () => {
    expect(main('The cyclist was hit by a van driven by a delivery worker.')).toEqual({ actor: 'van', predicate: 'hit', theme: 'The cyclist' });
  });
});
