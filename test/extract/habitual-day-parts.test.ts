/**
 * A weekday before a plural part of the day ("on Saturday afternoons") names a recurring time, not a date; the
 * singular ("on Tuesday evening") is still a date. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const times = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire', publishedAt: '2025-04-02' }).flatMap((c) => c.times.map((t) => t.span.text));

describe('habitual parts of the day', () => {
  it.each([
    'The new hall will open three evenings a week and on Sunday afternoons.',
    'The choir rehearses on Thursday evenings.',
    'Volunteers clean the beach on Saturday mornings.',
  ])('%s → no date', (text) => {
    expect(times(text)).toEqual([]);
  });
  it.each([
    ['The choir rehearsed on Thursday evening.', ['Thursday evening']],
    ['The choir rehearsed on Thursday.', ['Thursday']],
  ])('%s → a date (hard negative)', (text, spans) => {
    expect(times(text)).toEqual(spans);
  });
  it('opening hours on Saturday afternoons and an opening this afternoon are no clash of dates (hard negative)', () => {
    expect(reportedBetween('The community hall will open on weekday evenings and on Sunday afternoons, its warden said.', 'The community hall was officially opened this afternoon by the mayor.').map((c) => c.kind)).not.toContain('temporal');
  });
});
