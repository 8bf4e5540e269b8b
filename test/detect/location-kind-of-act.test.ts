import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// A verb and its WordNet hypernym ("pick" is a kind of "choose") by the same named doer tell one act, with one place.
describe('one act told by a verb and its hypernym', () => {
  const premise = 'Volkar Brewing has chosen Oregon as the site for its new brewery.';

  it('two states for one choice clash', () => {
    // One location conflict on the medium line (0.49 after the refit at the merge of stop 23: a place clash is weighed
    // at strength 0.5 and the match is 0.51, so the band flips between low and medium from fit to fit).
    const found = analyzeTwoReports(premise, 'Volkar Brewing has picked Ohio as the site for its new brewery.').conflicts;
    expect(found.map((c) => c.kind)).toEqual(['location']);
    expect(found[0]!.score).toBeGreaterThan(0.45);
    expect(found[0]!.score).toBeLessThan(0.6);
  });

  it('the same state (paraphrase) and a city inside it (containment) agree', () => {
    expect(conflicts(premise, 'Volkar Brewing has picked Oregon as the site for its new brewery.')).toEqual([]);
    expect(conflicts(premise, 'Volkar Brewing has picked a site in Reno for its new battery plant.')).toEqual([]);
  });

  it('another named doer is another choice', () => {
    expect(conflicts(premise, 'Harlow Energy has picked Ohio as the site for its new brewery.')).toEqual([]);
  });
});
