/**
 * Aspectual verbs say only that an event began or ended: "started" and "finished" oppose only when they name one event.
 * Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('phases of events', () => {
  it('the start of one thing and the end of another are no opposition (hard negative)', () => {
    expect(kinds('Mei Arden, who started rowing at ten, now coaches the junior squad.', 'Mei Arden finished the regatta in third place.')).not.toContain('opposition');
  });
  it('one event started and finished on the same day, by its subject, still clashes', () => {
    expect(kinds('The walkout started on Monday, the union said.', 'The walkout ended on Monday, the union said.')).toContain('opposition');
  });
  it('one event started and finished on the same day, by its object, still clashes', () => {
    expect(kinds('The council started the resurfacing on Monday.', 'The council finished the resurfacing on Monday.')).toContain('opposition');
  });
});
