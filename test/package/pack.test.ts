import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, Record<string, string>>>;
};

/** Every file package.json points a user at: each export's types and code, in both formats, and the bin. */
function promisedFiles(): string[] {
  const targets = Object.values(pkg.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry).flatMap((c) => Object.values(c))));
  return [...new Set([...targets, ...Object.values(pkg.bin)].map((path) => path.replace(/^\.\//, '')))].sort();
}

describe('npm pack', () => {
  it('runs the build before packing, so a pack from a clean clone ships dist/', () => {
    expect(pkg.scripts.prepack).toBe('tsup --silent');
  });

  // Scripts are skipped here because `npm test` has just built dist/; .ci/run packs with prepack (attw --pack).
  it('ships every entry (index, schemas, eval, cli) with its .d.ts and .d.cts, and no sources or tests', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(promisedFiles()).toEqual([
      'dist/cli.js',
      'dist/eval.cjs',
      'dist/eval.d.cts',
      'dist/eval.d.ts',
      'dist/eval.js',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/schemas.cjs',
      'dist/schemas.d.cts',
      'dist/schemas.d.ts',
      'dist/schemas.js',
      'package.json',
    ]);
    for (const file of [...promisedFiles(), 'dist/worker.js', 'dist/worker.cjs', 'README.md', 'LICENSE']) expect(files).toContain(file);
    expect(files.filter((f) => /^(src|test|scripts|examples)\//.test(f))).toEqual(['src/lexicon/WORD-VECTORS-LICENSE.txt', 'src/lexicon/WORDNET-LICENSE.txt']);
  });
});
