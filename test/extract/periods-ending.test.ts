/**
 * "in the year to March", "the 12 months to June 2025", "the quarter ending in September": a reporting period named by
 * the month it ends in covers the months up to it (the period of official statistics and company accounts), not the
 * month alone nor a calendar year; without a year it is the latest such period begun by the reference day. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const times = (text: string, publishedAt = '2026-05-14T08:00:00Z') =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt }).flatMap((c) => c.times.map((t) => [t.span.text, t.from, t.to]));

describe('a period named by the month it ends in', () => {
  it.each([
    ['Registrations rose by 14.7 percent in the year to March.', [['the year to March', '2025-04-01', '2026-03-31']]],
    ['Sales fell 3 percent in the 12 months to June 2025.', [['the 12 months to June 2025', '2024-07-01', '2025-06-30']]],
    ['Profits doubled in the quarter ending in September.', [['the quarter ending in September', '2025-07-01', '2025-09-30']]],
    ['Arrests rose in the six months to the end of April.', [['the six months to the end of April', '2025-11-01', '2026-04-30']]],
    ['Joblessness edged down in the March-to-May period.', [['March-to-May', '2026-03-01', '2026-05-31']]],
  ])('%s', (text, want) => {
    expect(times(text)).toEqual(want);
  });

  it('a month after "to" in another sense stays a month (hard negative)', () => {
    expect(times('The festival was moved to March.')).toEqual([['March', '2026-03-01', '2026-03-31']]);
  });
});

