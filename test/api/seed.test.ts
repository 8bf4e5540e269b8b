import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const text = readFileSync(new URL('../../examples/data/seed-article.txt', import.meta.url), 'utf8');

describe('seed article', () => {
  const report = analyze(text);
  const strong = report.conflicts.filter((c) => c.band !== 'low');
  const byId = new Map(report.claims.map((c) => [c.id, c]));

  it('has exactly one medium-or-high conflict, of kind status', () => {
    expect(strong.map((c) => c.kind)).toEqual(['status']);
  });

  it('is between "not yet confirmed attendance" and "explicitly spurned the invitation"', () => {
    const [a, b] = strong[0]!.claims.map((id) => byId.get(id)!);
    const pair = [a!, b!].sort((x, y) => x.span.start - y.span.start);
    expect(pair[0]!.text).toContain('had not yet confirmed attendance');
    expect(pair[1]!.text).toContain('explicitly spurned the invitation');
    expect(pair.map((c) => c.attribution.holder)).toEqual(['some reports', 'other accounts']);
    expect(pair.map((c) => c.attribution.markers)).toEqual([['2', '3'], ['2', '3']]);
    expect(pair.map((c) => c.attribution.ambiguous)).toEqual([true, true]);
    for (const c of pair) expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
  });

  it('asks which source says which, with a score in [0.5, 0.9]', () => {
    expect(strong[0]!.message).toContain('Which of sources 2 and 3');
    expect(strong[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(strong[0]!.score).toBeLessThanOrEqual(0.9);
  });
});
