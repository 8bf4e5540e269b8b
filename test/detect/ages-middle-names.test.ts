/**
 * One person's age in two reports, one naming them with a middle name and one without ("Igor Nerin Volkov" / "Igor
 * Volkov"). Every sentence is invented for this file; hard negatives: a relative with another given name, the same
 * age twice, two different middle names.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('a name with and without its middle name bears one age', () => {
  it.each([
    ['Locals say 53-year-old Igor Nerin Volkov ignored the warnings.', 'It all went down when 42-year-old fisherman Igor Volkov was attacked by a bear.', ['53-year-old', '42-year-old']],
    ['Dana K. Okafor, 61, opened the bakery in 1990.', 'The bakery was opened by Dana Okafor, 48, in 1990.', ['61', '48']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });

  it.each([
    ['a relative with another given name', 'Locals say 53-year-old Igor Nerin Volkov ignored the warnings.', 'It all went down when 22-year-old fisherman Pavel Volkov was attacked by a bear.'],
    ['the same age twice', 'Locals say 53-year-old Igor Nerin Volkov ignored the warnings.', 'It all went down when 53-year-old fisherman Igor Volkov was attacked by a bear.'],
    ['two different middle names', 'Mary Ann Smith, 61, opened the bakery in 1990.', 'The bakery was opened by Mary Beth Smith, 34, in 1990.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});
