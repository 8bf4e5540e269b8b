import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8');
const PACKAGE = JSON.parse(readFileSync(new URL('package.json', `file://${ROOT}`), 'utf8')) as { name: string; version: string; bin: Record<string, string>; scripts: Record<string, string> };
const WEIGHTS = JSON.parse(readFileSync(new URL('src/score/weights.json', `file://${ROOT}`), 'utf8')) as { bands: { medium: number; high: number } };

/** The fenced block that opens with `$ npm start`, without its fences. */
function startBlock(): string {
  const open = README.indexOf('```\n$ npm start\n');
  expect(open).toBeGreaterThanOrEqual(0);
  const body = open + '```\n'.length;
  return README.slice(body, README.indexOf('\n```', body) + 1);
}

describe('README', () => {
  it('states the bands weights.json uses', () => {
    expect(README).toContain(`bands: medium ≥ ${WEIGHTS.bands.medium}, high ≥ ${WEIGHTS.bands.high}`);
  });

  it('shows exactly what `npm start` prints on the seed article (built CLI)', () => {
    const cli = fileURLToPath(new URL(PACKAGE.bin.gainsay!, `file://${ROOT}`));
    expect(existsSync(cli), 'run a build first (npm test builds)').toBe(true);
    const command = PACKAGE.scripts.start!;
    const cliCall = command.slice(command.indexOf('node '));
    const args = cliCall.split(' ').slice(2);
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(run.status).toBe(0);
    // npm echoes the script it runs, then the CLI writes its report (stdout) and the gate's line (stderr).
    const printed = `$ npm start\n\n> ${PACKAGE.name}@${PACKAGE.version} start\n> ${command}\n\n${run.stdout}${run.stderr}`;
    expect(startBlock()).toBe(printed);
  });

  it('describes the wire-reports example as what it prints: a numeric and a temporal conflict', async () => {
    expect(README).toContain('disagreeing on the toll (numeric) and the date (temporal)');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    await import('../../examples/wire-reports.js');
    log.mockRestore();
    expect(lines.filter((line) => /^[A-Z]+ [a-z]+ \d\.\d\d: /.test(line)).map((line) => line.split(' ')[1]).sort()).toEqual(['numeric', 'temporal']);
  });
});
