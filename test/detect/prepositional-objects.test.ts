/**
 * With no object of its own, what a prepositional verb or its event noun is about follows its preposition ("object to
 * people climbing on the graves", "no objection to ghost stories"): two different objects are two propositions, one
 * object affirmed and denied is a polarity conflict. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

describe('prepositional objects of one verb', () => {
  it('an objection denied to one thing and made to another is no clash (hard negative)', () => {
    expect(clashes(
      'The rector said the parish had no objection to the lantern processions.',
      'The rector said the parish did object to visitors picnicking on the tombs.',
      ['2026-10-02'],
    )).toEqual([]);
  });

  it('one object, objected to and not, clashes (positive)', () => {
    expect(clashes(
      'The rector said the parish did not object to the lantern processions.',
      'The churchwarden said the parish objected to the lantern processions.',
      ['2026-10-02'],
    ).map(([kind]) => kind)).toEqual(['polarity']);
  });

  it('one campaign target affirmed and denied clashes (positive)', () => {
    expect(clashes(
      'Residents campaigned against the car park on the green.',
      'Residents did not campaign against the car park on the green.',
      ['2026-10-02'],
    ).map(([kind]) => kind)).toEqual(['polarity']);
  });

  it('a campaign against one plan and none against another is no clash (hard negative)', () => {
    expect(clashes(
      'Residents campaigned against the car park on the green.',
      'Residents did not campaign against the new bus shelter.',
      ['2026-10-02'],
    )).toEqual([]);
  });
});
