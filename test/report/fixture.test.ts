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
    expect(report.conflicts.map((c) => `${c.kind}:${c.band}`)).toEqual([
      'numeric:high', 'polarity:high', 'temporal:medium', 'location:medium', 'status:medium', 'actor:medium', 'opposition:medium', 'quote:low',
    ]);
    expect(committed).not.toMatch(/\/work\/|\/home\/|\/Users\/|[A-Z]:\\\\/);
  });
});
