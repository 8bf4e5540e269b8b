import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataHash, SHIPPED_DATA } from '../../src/report/provenance.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

// tsup.config.ts writes the lexicon hash into the build and ships JSON data as JSON.parse of a string, ASCII only.
describe('built data', () => {
  it.each([
    ['dist/index.js', ['--input-type=module', '-e', "const { analyze } = await import('./dist/index.js');"]],
    ['dist/index.cjs', ['-e', "const { analyze } = require('./dist/index.cjs');"]],
  ])('%s reports the hash of the data in src', (_, [...args]) => {
    const code = `${args.pop()} console.log(analyze('Police said the bridge was closed.').provenance.lexiconHash);`;
    const hash = execFileSync(process.execPath, [...args, code], { cwd: root, encoding: 'utf8' });
    expect(hash.trim()).toBe(dataHash(SHIPPED_DATA));
    expect(hash.trim()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with the data: the build holds one hash, not a hash of no tables', () => {
    expect(dataHash({ ...SHIPPED_DATA, weights: {} })).not.toBe(dataHash(SHIPPED_DATA));
  });

  it.each(readdirSync(`${root}dist`).filter((f) => /\.c?js$/.test(f)))('dist/%s is ASCII and holds no JSON object literal of a data file', (file) => {
    const code = readFileSync(`${root}dist/${file}`, 'utf8');
    expect(code).not.toMatch(/[^\x00-\x7f]/);
    expect(code).not.toMatch(/var (?:wordnet_relations|verb_synonyms|stance_model|stance_lexical|weights)_default\d* = \{/);
  });
});
