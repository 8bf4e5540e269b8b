import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Resolved by the package's self-reference (its name and "exports"), as a user's `import 'gainsay/eval'` is.
const root = fileURLToPath(new URL('../..', import.meta.url));
const PROBE = `
  const summary = {
    analyze: typeof main.analyze,
    conflicts: main.analyze({ documents: [
      { id: 'a', text: 'The minister will attend the summit in Rome on Friday.' },
      { id: 'b', text: 'The minister will not attend the summit in Rome on Friday.' },
    ] }).conflicts.map((c) => c.kind),
    error: new main.GainsayError('invalid-input', []) instanceof Error,
    span: schemas.SpanSchema.safeParse({ start: 0, end: 1, text: 'a' }).success,
    claimSchema: typeof schemas.ClaimSchema.parse,
    evaluateCases: typeof evaluation.evaluateCases,
    side: Object.keys(evaluation.stanceSide('The bridge is open.', [])).sort(),
    // One GainsayError class behind every entry (shared chunks in both formats), so instanceof holds across them.
    sharedError: (() => { try { evaluation.stanceSide(42, []); } catch (e) { return e instanceof main.GainsayError; } })(),
  };
  console.log(JSON.stringify(summary));`;
const EXPECTED = { analyze: 'function', conflicts: ['polarity'], error: true, span: true, claimSchema: 'function', evaluateCases: 'function', side: ['claims', 'frames', 'profile'], sharedError: true };

function probe(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('gainsay, gainsay/schemas and gainsay/eval from the built package', () => {
  it('load as ES modules', () => {
    const code = `const main = await import('gainsay'); const schemas = await import('gainsay/schemas'); const evaluation = await import('gainsay/eval');${PROBE}`;
    expect(probe(['--input-type=module', '-e', code])).toEqual(EXPECTED);
  });

  it('load with require', () => {
    const code = `const main = require('gainsay'); const schemas = require('gainsay/schemas'); const evaluation = require('gainsay/eval');${PROBE}`;
    expect(probe(['--input-type=commonjs', '-e', code])).toEqual(EXPECTED);
  });
});
