import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../src/model/input.js';
import type { Report } from '../../src/model/report.js';
import { BATCH_INPUTS } from './inputs.js';

/** The built package: `npm run build` (or `npm test`, which builds first) makes it. */
const DIST = new URL('../../dist/', import.meta.url);
const BUILT_TIMEOUT = 30_000;

interface Built {
  analyze(input: AnalyzeInput): Report;
  analyzeMany(inputs: readonly AnalyzeInput[], options: { workers: number }): Promise<Report[]>;
}

const withoutTimings = (report: Report): Omit<Report, 'timings'> => {
  const { timings: _timings, ...rest } = report;
  return rest;
};

beforeAll(() => {
  for (const file of ['index.js', 'index.cjs', 'worker.js', 'worker.cjs']) {
    if (!existsSync(new URL(file, DIST))) throw new Error(`dist/${file} is missing: run \`npm run build\` before this test`);
  }
});

describe.each([
  ['ESM', async (): Promise<Built> => (await import(new URL('index.js', DIST).href)) as Built],
  ['CJS', async (): Promise<Built> => createRequire(import.meta.url)(new URL('index.cjs', DIST).pathname) as Built],
])('the %s build', (_format, load) => {
  it(
    'finds its worker and returns the single-threaded reports in input order',
    async () => {
      const built = await load();
      expect(typeof built.analyzeMany).toBe('function');
      const reports = await built.analyzeMany(BATCH_INPUTS, { workers: 2 });
      expect(reports.map(withoutTimings)).toEqual(BATCH_INPUTS.map((input) => withoutTimings(built.analyze(input))));
    },
    BUILT_TIMEOUT,
  );
});

describe('the CJS build', () => {
  it('carries no raw import.meta (tsup shims it to the .cjs file, which selects worker.cjs beside it)', () => {
    const files = readdirSync(DIST).filter((f) => f.endsWith('.cjs'));
    expect(files).toContain('index.cjs');
    for (const file of files) expect(readFileSync(new URL(file, DIST), 'utf8').includes('import.meta.url'), file).toBe(false);
    expect(files.some((file) => readFileSync(new URL(file, DIST), 'utf8').includes('importMetaUrl'))).toBe(true);
  });
});
