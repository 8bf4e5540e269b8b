import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/report.js';
import { fixtureText } from '../../scripts/make-report-fixture.js';

const committed = readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8');

describe('test/fixtures/report.json', () => {
  it('is what the real pipeline makes of the fixture documents now (else: npx tsx scripts/make-report-fixture.ts)', () => {
    expect(committed).toBe(fixtureText());
  });

  it('is a valid Report with conflicts in all three bands, holding no path of the machine that wrote it', () => {
    const report = ReportSchema.parse(JSON.parse(committed));
    // One conflict of each kind, strongest first (the order is the fitted scores').
    expect(report.conflicts.map((c) => c.kind).sort()).toEqual(['actor', 'location', 'numeric', 'opposition', 'polarity', 'quote', 'status', 'temporal']);
    // The renderer tests need a conflict in every band; which conflict is in which band is the fitted scores' business.
    expect([...new Set(report.conflicts.map((c) => c.band))].sort()).toEqual(['high', 'low', 'medium']);
    expect(report.conflicts.every((c, i) => i === 0 || report.conflicts[i - 1]!.score >= c.score)).toBe(true);
    expect(committed).not.toMatch(/\/work\/|\/home\/|\/Users\/|[A-Z]:\\\\/);
  });
});
