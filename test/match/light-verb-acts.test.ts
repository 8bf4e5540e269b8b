/**
 * A support verb with its event noun ("made 16 arrests") is the act its noun names ("arrested"): two reports of it
 * with differently worded doers ("officers" / "police") are one act whose doer is unknown, not two events. Every
 * sentence is invented for this file; hard negatives: compatible counts, the same act in two places, another act.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/index.js';
import { actorAgreement, sameAct } from '../../src/match/similarity.js';
import { alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

const lexicon = buildLexicon();

function firstClaims(a: string, b: string) {
  const [x, y] = analyzeTwoReports(a, b).claims;
  return [x!, y!] as const;
}

describe('support verb and event noun against the verb: one act', () => {
  it('the act is one, so different doer words count as unknown (0.5), not as different (0)', () => {
    const [a, b] = firstClaims('Officers made 16 arrests after the match.', 'Police arrested six people after the match.');
    expect(sameAct(a, b, lexicon)).toBe(true);
    expect(actorAgreement(a, b, lexicon)).toBe(0.5);
    expect(actorAgreement(a, b)).toBe(0);
  });

  it.each([
    ['Officers made 16 arrests after the match.', 'Police arrested six people after the match.', ['16 arrests', 'six people']],
    ['Inspectors carried out 12 inspections of the plant in May.', 'Regulators inspected the plant four times in May.', ['12 inspections', 'four']],
  ])('%s / %s: numeric', (a, b, evidence) => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: expect.stringMatching(/^(medium|high)$/), evidence }]);
  });

  it.each([
    ['the same count', 'Officers made 16 arrests after the match.', 'Police arrested 16 people after the match.'],
    ['the same act in two places', 'Officers made 16 arrests in Leeds.', 'Protesters arrested six people in York.'],
    ['another act on the same day', 'Staff made 40 deliveries on Monday.', 'Drivers collected 12 parcels on Monday.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });

  it('two places keep the same act by other doers apart', () => {
    const [a, b] = firstClaims('Officers made 16 arrests in Leeds.', 'Protesters arrested six people in York.');
    expect(actorAgreement(a, b, lexicon)).toBe(0);
  });
});
