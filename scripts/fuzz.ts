/**
 * `npm run fuzz`: runs gainsay's robustness properties (test/robustness/properties.ts) on at least 100,000
 * generated inputs in all, without shrinking, and prints one summary line; exits 1 on any failure.
 * Usage: npx tsx scripts/fuzz.ts [TOTAL_INPUTS] [SEED]
 */
import fc from 'fast-check';
import { ROBUSTNESS_PROPERTIES } from '../test/robustness/properties.js';

const DEFAULT_TOTAL = 100_000;
/** Distinct failure messages kept per property, so one bug does not drown the others. */
const MAX_EXAMPLES = 3;
const MESSAGE_CHARS = 300;

interface Outcome {
  name: string;
  runs: number;
  failures: number;
  examples: Map<string, string>;
}

function fuzzOne(name: string, property: fc.IProperty<[unknown]>, budget: number, seed: number): Outcome {
  const outcome: Outcome = { name, runs: 0, failures: 0, examples: new Map() };
  let round = 0;
  while (outcome.runs < budget) {
    const details = fc.check(property, { numRuns: budget - outcome.runs, seed: seed + round, endOnFailure: true });
    round += 1;
    outcome.runs += details.numRuns;
    if (!details.failed) continue;
    outcome.failures += 1;
    const message = String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).split('\n')[0]!.slice(0, MESSAGE_CHARS);
    const kind = message.split(':')[0]!;
    if (!outcome.examples.has(kind) && outcome.examples.size < MAX_EXAMPLES) outcome.examples.set(kind, `${message}\n      input: ${fc.stringify(details.counterexample).slice(0, MESSAGE_CHARS)}`);
  }
  return outcome;
}

function main(): number {
  const total = Number(process.argv[2] ?? DEFAULT_TOTAL);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  const weights = ROBUSTNESS_PROPERTIES.reduce((s, p) => s + p.weight, 0);
  const started = performance.now();
  const outcomes = ROBUSTNESS_PROPERTIES.map((p) => {
    const t = performance.now();
    const outcome = fuzzOne(p.name, p.property, Math.ceil((total * p.weight) / weights), seed);
    const status = outcome.failures === 0 ? 'ok' : `${outcome.failures} FAILED`;
    process.stdout.write(`  ${p.name}: ${outcome.runs} inputs, ${status} (${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
    for (const example of outcome.examples.values()) process.stdout.write(`    - ${example}\n`);
    return outcome;
  });
  const runs = outcomes.reduce((s, o) => s + o.runs, 0);
  const failures = outcomes.reduce((s, o) => s + o.failures, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`fuzz: ${runs} inputs, ${outcomes.length} properties, ${failures} failures, seed ${seed}, ${seconds} s\n`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
