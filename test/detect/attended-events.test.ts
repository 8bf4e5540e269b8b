import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-01-10' }, { id: 'b', text: b, publishedAt: '2026-01-10' }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('an event people attended or watched took place (FrameNet 1.7 Attending, Perception_active): against its cancellation', () => {
  it.each([
    ['watched / cancelled', 'About 120 people watched the matinee on Saturday.', 'The Saturday matinee had been cancelled.'],
    ['attended / called off', 'Hundreds of fans attended the concert.', 'The concert was called off.'],
  ])('%s: opposition', (_, a, b) => {
    expect(alerts(a, b)).toEqual(['opposition']);
  });

  it.each([
    ['another event watched', 'About 120 people watched the parade on Saturday.', 'The Saturday matinee had been cancelled.'],
    ['watched until it was stopped partway', 'About 120 people watched the match.', 'The match was abandoned at half-time.'],
    ['will attend: a plan, not a happening', 'Hundreds of fans will attend the concert.', 'The concert was postponed until June 5.'],
  ])('hard negative, %s', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
