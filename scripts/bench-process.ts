import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median, round2 } from './bench-measures.js';
import { SEED_ARTICLE } from './bench-data.js';

export const DIST_INDEX = new URL('../dist/index.js', import.meta.url);
export const HOSTILE_INPUTS = new URL('./hostile-inputs.ts', import.meta.url);
const HOSTILE_CHILD = new URL('./bench-hostile-child.ts', import.meta.url);
/** Fresh processes per cold-start measure; the median is reported. */
const COLD_RUNS = 3;

/** Wall time of a fresh `node` importing the built gainsay and analysing the seed; null when dist is not built. */
export function measureColdStart(): number | null {
  if (!existsSync(DIST_INDEX)) return null;
  const code = [
    `import { readFileSync } from 'node:fs';`,
    `const { analyze } = await import(${JSON.stringify(DIST_INDEX.href)});`,
    `analyze(readFileSync(${JSON.stringify(fileURLToPath(SEED_ARTICLE))}, 'utf8'));`,
  ].join('\n');
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`bench: cold start failed: ${run.stderr}`);
    times.push(ms);
  }
  return Math.round(median(times));
}

export interface HostileTime {
  name: string;
  characters: number;
  ms: number;
}

/** Each of scripts/hostile-inputs.ts's inputs analysed in a fresh process; null until that file exists. */
export function measureHostile(): HostileTime[] | null {
  if (!existsSync(HOSTILE_INPUTS)) return null;
  const out: HostileTime[] = [];
  for (let index = 0; ; index++) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(HOSTILE_CHILD), String(index)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench: hostile input ${index} failed: ${run.stderr}`);
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (line === 'done') return out;
    const result = JSON.parse(line) as HostileTime;
    out.push({ ...result, ms: round2(result.ms) });
  }
}
