import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// A few end-to-end runs of the built CLI as a user runs it (`npm test` builds dist/ first); the behaviour
// of each command is tested in-process in cli.test.ts.
const CLI = resolve('dist/cli.js');
let dir: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gainsay-bin-'));
  writeFileSync(join(dir, 'a.txt'), 'The minister will attend the summit in Rome on Friday.\n');
  writeFileSync(join(dir, 'b.txt'), 'The minister will not attend the summit in Rome on Friday.\n');
});

describe('dist/cli.js', () => {
  it('starts with a shebang, so npm can link it as the gainsay command', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 1 with the conflict on stdout and the gate line on stderr', () => {
    const r = run(['check', 'a.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HIGH  polarity');
    expect(r.stderr.split('\n')[0]).toBe('gainsay: 1 new conflict at or above high');
  });

  it('reads standard input for "-" and writes one line of JSON', () => {
    const r = run(['check', 'a.txt', '-', '--json', '--fail-on', 'none'], 'The minister will not attend the summit in Rome on Friday.\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(r.stdout) as { documents: { id: string }[]; conflicts: { kind: string }[] };
    expect(report.documents.map((d) => d.id)).toEqual(['a.txt', '-']);
    expect(report.conflicts.map((c) => c.kind)).toEqual(['polarity']);
  });

  it('exits 2 with one line and no stack for a missing file', () => {
    const r = run(['check', 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gainsay: cannot read missing.txt: no such file\n');
    expect(r.stdout).toBe('');
  });

  it('--version prints the package version', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`, stderr: '' });
  });
});
