import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, publishedAt: '2026-06-09' }, { id: 'b', text: b, publishedAt: '2026-06-09' }] })
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => c.kind);

describe('the hospital condition terms of the American Hospital Association exclude each other (good, fair, serious, critical)', () => {
  it.each([
    ['serious / critical', 'The hospital said the cyclist was in a serious condition.', 'The hospital said the cyclist was in a critical condition.'],
    ['good / critical, without an article', 'The cyclist was in good condition, the hospital said.', 'The cyclist was in critical condition, the hospital said.'],
  ])('%s: opposition', (_, a, b) => {
    expect(alerts(a, b)).toEqual(['opposition']);
  });

  it.each([
    ['the same term twice', 'The cyclist was in a critical condition.', 'The cyclist remained in critical condition.'],
    ['two patients', 'The driver was in a serious condition.', 'The cyclist was in a critical condition.'],
  ])('hard negative, %s', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
