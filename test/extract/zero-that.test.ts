import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, lemma: c.proposition.predicate?.lemma, negated: c.proposition.negated }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// A content clause without "that" (Quirk et al. 1985, § 16.31) after a verb that otherwise takes a noun object.
describe('"admitted its vessel was not carrying …": a zero that-clause', () => {
  it('a subject and a finite auxiliary after the verb open the held clause; "admitted" is a form of "admit"', () => {
    expect(claims('The clinic admitted its scanner was not working.')).toEqual([{ holder: 'The clinic', lemma: 'work', negated: true }]);
    expect(claims('The ministry confirmed the talks had collapsed.')).toEqual([{ holder: 'The ministry', lemma: 'collapse', negated: false }]);
  });

  it('a plain noun object is the act itself, not a held clause', () => {
    expect(claims('The mayor admitted the mistake and resigned.').map((c) => c.lemma)).toEqual(['admit', 'resign']);
    expect(claims('Russia confirmed attendance.')).toEqual([{ holder: 'Wire', lemma: 'confirm', negated: false }]);
  });

  it('the held clause meets its negation in another report; the same admission twice is silent', () => {
    const premise = 'The clinic said its scanner was working normally.';
    // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
    expect(conflicts(premise, 'The clinic admitted its scanner was not working.')).toEqual([expect.stringMatching(/^polarity:(medium|high)$/)]);
    expect(conflicts('The clinic admitted its scanner was not working.', 'The clinic admitted that its scanner was not working.')).toEqual([]);
  });
});
