import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROOT_IMPORT = /from\s*["']natural["']|require\(\s*["']natural["']\s*\)|import\(\s*["']natural["']\s*\)/;

describe('built package', () => {
  // Every built file: the ESM entries keep most of their code in shared chunks.
  const built = readdirSync(`${root}dist`).filter((f) => /\.c?js$/.test(f));

  it('covers the entries and their chunks', () => {
    expect(built).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'schemas.js', 'eval.js', 'eval.cjs', 'cli.js', 'worker.js']));
  });

  it.each(built.map((f) => `dist/${f}`))('%s never imports natural from its root', (file) => {
    const code = readFileSync(`${root}${file}`, 'utf8');
    expect(code.length).toBeGreaterThan(0);
    expect(code).not.toMatch(ROOT_IMPORT);
  });

  it('importing dist prints nothing to stdout', () => {
    const stdout = execFileSync(process.execPath, ['-e', "import('./dist/index.js')"], { cwd: root, encoding: 'utf8' });
    expect(stdout).toBe('');
  });
});
