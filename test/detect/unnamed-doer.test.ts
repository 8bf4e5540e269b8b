/**
 * An act told without its doer ("Shots were fired at the crowd", an agentless passive) against one named doer's denial
 * or refusal of it ("Police did not fire at the crowd") is no contradiction: someone else may have done it (the
 * negation's scope is the named doer's act; Huddleston & Pullum 2002, ch. 9 § 1.2). detect/unnamed-doer.ts. Every
 * sentence is invented for this file; the positives deny the act itself, deny a doer the other side names, or have the
 * doer deny the act on the very thing the passive is about.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const clashes = (a: string, b: string) => alertsWithEvidence(a, b).filter((c) => c.kind === 'polarity' || c.kind === 'status' || c.kind === 'opposition');

describe('an act without its doer against one doer denying it', () => {
  it.each([
    ['shots fired / police did not fire', 'Shots were fired at the crowd outside the embassy.', 'Police did not fire at the crowd outside the embassy, the ministry said.'],
    ['goals scored / the captain did not score', 'Two goals were scored in the second half at Dunmore Park.', 'The captain did not score in the second half at Dunmore Park.'],
    ['video filmed / the nurse refused to film', 'The video was filmed in the hospital ward on Friday.', 'The nurse refused to film in the hospital ward on Friday.'],
  ])('silent: %s', (_, a, b) => {
    expect(clashes(a, b)).toEqual([]);
  });

  it.each([
    ['the act itself denied', 'Shots were fired at the crowd outside the embassy.', 'No shots were fired at the crowd outside the embassy, the ministry said.'],
    ['one thing closed and not closed', 'The embassy was closed on Monday.', 'The embassy was not closed on Monday.'],
    ['the named doer on both sides', 'The photo was taken by the doctor inside the operating room.', 'The doctor did not take the photo inside the operating room.'],
    ['the denial names the same thing', 'The photo was taken inside the operating room.', 'The doctor did not take the photo inside the operating room.'],
    ['the denial names the same things', 'The paintings were sold at auction in Paris.', 'The museum did not sell the paintings, a spokesman said.'],
    ['nobody did it', 'The paintings were sold at auction in Paris.', 'Nobody sold the paintings, a spokesman said.'],
  ])('still a clash: %s', (_, a, b) => {
    expect(clashes(a, b).map((c) => ({ kind: c.kind, band: c.band }))).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS }]);
  });
});
