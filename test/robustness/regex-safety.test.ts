import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { constructorCalls, regexInventory } from './regex-inventory.js';

/** recheck can take seconds on a large alternation, and more on a loaded machine. */
const RECHECK_TIMEOUT_MS = 90_000;
/**
 * recheck falls back on a fuzzer for patterns too large for its automaton check; the fuzzer's seed is fixed so a run
 * gives the same verdict on every machine (an unseeded run gave a different verdict from run to run), and its own time
 * limit is raised so a busy machine yields a verdict rather than 'unknown'.
 */
const RECHECK_OPTIONS = { randomSeed: 0, timeout: 60_000 };
const SHOWN_SOURCE_CHARS = 60;

const inventory = await regexInventory();

describe('the regex inventory is complete', () => {
  it('captures regexes built at run time, including those built from lexicons', () => {
    const built = inventory.filter((e) => e.where.endsWith('(built)'));
    expect(built.some((e) => e.where.startsWith('src/ingest/fold.ts:'))).toBe(true);
    expect(built.some((e) => e.where.startsWith('src/extract/times.ts:') && e.source.includes('january'))).toBe(true);
  });

  it('every file that calls new RegExp( contributed a built regex', () => {
    const builtFiles = new Set(inventory.filter((e) => e.where.endsWith('(built)')).map((e) => e.where.split(':')[0]));
    expect(constructorCalls().map((c) => c.file).filter((f) => !builtFiles.has(f))).toEqual([]);
  });

  it('finds the literals of the tokenizer and the sentence splitter', () => {
    expect(inventory.filter((e) => e.where.startsWith('src/segment/sentences.ts:')).length).toBeGreaterThanOrEqual(3);
    expect(inventory.some((e) => e.where.startsWith('src/segment/tokens.ts:') && e.flags === 'gu')).toBe(true);
  });

  it('recheck itself tells a catastrophic pattern from a safe one', () => {
    expect(checkSync('^(a+)+$', '').status).toBe('vulnerable');
    expect(checkSync('^a+$', '').status).toBe('safe');
  }, RECHECK_TIMEOUT_MS);
});

describe('no regex in src/ can backtrack catastrophically (recheck)', () => {
  for (const { source, flags, where } of inventory) {
    const shown = source.length > SHOWN_SOURCE_CHARS ? `${source.slice(0, SHOWN_SOURCE_CHARS)}…` : source;
    it(`${where}: /${shown}/${flags}`, () => {
      const result = checkSync(source, flags, RECHECK_OPTIONS);
      const detail = result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${JSON.stringify(result.attack.pattern)}` : result.status;
      expect(result.status, detail).toBe('safe');
    }, RECHECK_TIMEOUT_MS);
  }
});
