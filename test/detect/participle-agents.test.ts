import { describe, expect, it } from 'vitest';
import { alertKinds, analyzeTwoReports } from '../helpers/two-reports.js';

const report = analyzeTwoReports;
const alerts = alertKinds;

describe('the doer in a participle phrase on a noun ("the dressing, designed by X, …") against another doer of that act', () => {
  it('the participle claim matches a passive with another by-agent: an actor conflict between the two doers', () => {
    const r = report(
      'The main dressing, designed by local artist Hannah Moorcroft, shows the village\'s lead-mining history.',
      'This year\'s main dressing was designed by pupils at the village primary school.',
    );
    const conflicts = r.conflicts.filter((c) => c.band !== 'low');
    expect(conflicts.map((c) => c.kind)).toEqual(['actor']);
    expect(conflicts[0]!.evidence.map((e) => e.span.text)).toEqual(['local artist Hannah Moorcroft', 'pupils']);
  });

  it('the participle claim keeps the noun it modifies among its keys', () => {
    const r = report('The main dressing, designed by local artist Hannah Moorcroft, shows the history.', 'Nothing else.');
    const designed = r.claims.find((c) => c.proposition.predicate?.lemma === 'design');
    expect(designed?.keys).toContain('dress');
  });

  it.each([
    ['the same doer told both ways', 'The mural, painted by Lena Dorf, faces the station.', 'Lena Dorf painted the mural last spring.'],
    ['two things of one kind told apart by ordinals', 'The first dressing, designed by Hannah Moorcroft, shows the mines.', 'The second dressing was designed by pupils at the primary school.'],
    ['another thing done by another doer', 'The main dressing, designed by Hannah Moorcroft, shows the mines.', 'The new footbridge was designed by engineers from Leeds.'],
  ])('no conflict: %s', (_name, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
