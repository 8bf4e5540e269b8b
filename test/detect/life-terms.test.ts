/**
 * A life sentence against a term of years for one sentencing (FrameNet Sentencing; "life in prison", "jailed for
 * life"). Every sentence is invented for this file; each clash has hard negatives beside it (the life term told another
 * way, a minimum term inside a life sentence, years of a life that are no sentence).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a life term against a term of years', () => {
  it.each([
    ['The smuggler was sentenced to life in prison.', 'The smuggler was sentenced to 18 years in prison.', ['life', '18 years']],
    ['The colonel was jailed for life.', 'The colonel was jailed for 25 years.', ['life', '25 years']],
    ['The court sentenced the arsonist to nine years.', 'The court sentenced the arsonist to life.', ['nine years', 'life']],
  ])('%s / %s: numeric, medium', (a, b, evidence) => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported(a, b)).toEqual([{ kind: 'numeric', band: expect.stringMatching(/^(medium|high)$/), evidence }]);
  });

  it.each([
    ['the life term told another way', 'The smuggler was given a life sentence.'],
    ['a life term with its minimum', 'The smuggler was sentenced to life in prison with a minimum term of 18 years.'],
    ['years of a life that are no sentence', 'The smuggler had spent 18 years of his life at sea.'],
  ])('%s: no conflict', (_, b) => {
    expect(reported('The smuggler was sentenced to life in prison.', b)).toEqual([]);
  });
});
