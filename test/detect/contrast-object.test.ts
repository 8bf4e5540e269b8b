/**
 * "X, not Y, did it" disputes Y's part only in the act it names; what the act is done to is its object noun phrase,
 * which ends at its first preposition ("raised the idea of using a hotline" acts on an idea, not on a hotline), so
 * "Y wanted to build a hotline" is another act. Every sentence is invented for this file; the positives credit Y with
 * the act on the same object.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const CONTRAST = 'At the summit the envoys raised the idea of using a secure hotline with Oslo, not Brandt, an aide told the paper.';

describe('the object of a contrasted act ends at its first preposition', () => {
  it.each([
    'Brandt wanted to build a secure, private hotline with Oslo, the weekly reported.',
    'Brandt had hoped to install a secure, private hotline with Oslo, the weekly reported.',
  ])('another act on a thing named inside the object (%s): no actor clash', (other) => {
    expect(alertsWithEvidence(other, CONTRAST).filter((c) => c.kind === 'actor')).toEqual([]);
  });

  it('the same act credited to Y still clashes', () => {
    expect(alertsWithEvidence('At the summit Brandt raised the idea of using a secure hotline with Oslo.', CONTRAST).filter((c) => c.kind === 'actor').map((c) => c.band)).toEqual([MEDIUM_PLUS]);
  });

  it('another verb on the same object still clashes', () => {
    expect(alertsWithEvidence('At the summit Brandt floated the idea of a secure hotline with Oslo.', CONTRAST).filter((c) => c.kind === 'actor').map((c) => c.band)).toEqual([MEDIUM_PLUS]);
  });
});
