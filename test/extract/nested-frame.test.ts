import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, via: c.attribution.via, lemma: c.proposition.predicate?.lemma }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// A reporting frame inside an "according to" frame (Quirk et al. 1985, § 16.31): the inner speaker holds the content.
describe('"According to X, Y said P"', () => {
  it('Y holds P, citing X', () => {
    expect(claims('According to the agency, the mayor said 40 homes were flooded.')).toEqual([{ holder: 'the mayor', via: 'the agency', lemma: 'flood' }]);
  });

  it('a plain "according to" frame and a pronoun inner speaker keep the outer holder', () => {
    expect(claims('According to police, the driver was drunk.')).toEqual([{ holder: 'police', via: undefined, lemma: 'be' }]);
    expect(claims('According to the agency, he said 40 homes were flooded.')[0]?.holder).toBe('the agency');
  });

  it('the inner content is compared: another figure clashes, the same figure does not', () => {
    const premise = 'According to the agency, the mayor said 40 homes were flooded.';
    expect(conflicts(premise, 'The mayor said 12 homes were flooded.')).toEqual([expect.stringMatching(/^numeric:(medium|high)$/)]);
    expect(conflicts(premise, 'The mayor said 40 homes were flooded.')).toEqual([]);
    expect(conflicts(premise, 'According to the agency, the mayor said that 40 homes were flooded.')).toEqual([]);
  });
});

// A report of a report (Quirk et al. 1985, § 16.31): "X reported that Y said P" holds P through Y, citing X.
describe('"X reported that Y said P"', () => {
  it('Y holds P, citing X, with or without "that" after the inner verb', () => {
    expect(claims('The gazette reported that inspectors said the levee failed.')).toEqual([{ holder: 'inspectors', via: 'The gazette', lemma: 'fail' }]);
    expect(claims('The gazette reported that workers told police the levee failed.')).toEqual([{ holder: 'workers', via: 'The gazette', lemma: 'fail' }]);
  });

  it('hard negatives: a plain report keeps its holder; a denial of a report is not passed through', () => {
    expect(claims('The gazette reported that the levee failed.')).toEqual([{ holder: 'The gazette', via: undefined, lemma: 'fail' }]);
    expect(claims('The gazette denied that inspectors said the levee failed.')).toEqual([{ holder: 'The gazette', via: undefined, lemma: 'say' }]);
  });

  it('the inner content is compared: the act denied elsewhere clashes, the same report does not', () => {
    const premise = 'The gazette reported that inspectors said the guard opened the gate.';
    // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
    expect(conflicts(premise, 'The guard did not open the gate, engineers said.')).toEqual([expect.stringMatching(/^polarity:(medium|high)$/)]);
    expect(conflicts(premise, 'Inspectors said the guard opened the gate.')).toEqual([]);
  });
});
