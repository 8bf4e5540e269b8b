import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCases } from '../../src/eval/index.js';

const FRESH2 = new URL('../fixtures/cases-fresh2/cases.json', import.meta.url);

/**
 * test/fixtures/cases-fresh2/cases.json was written and committed before the pipeline was ever run on it, in domains
 * none of the other case sets use (fisheries, mining, housing, public finance, telecoms, pharmaceuticals, wildlife,
 * archaeology, retail, food safety, consumer law, diplomacy, migration, insurance, motorsport, chess, e-sports,
 * prisons, water utilities, lottery, zoo): set 2 (its first 34 cases, commit d1bfc42) and set 2b (the 21 after them,
 * commit 95bf395, also written before any run). Both were first run at a1b223c, the honest held-out estimate:
 * set 2 P 0.727 (8/11) R 0.148 (8/54), negatives clean 0.75 (9/12); set 2b P 1.00 (6/6) R 0.150 (6/40), negatives
 * clean 1.00 (7/7); the whole file P 0.824 (14/17) R 0.149 (14/94), negatives clean 0.842 (16/19).
 * After the next merges (chosen on other data, the set unread by their authors) the file gave P 0.833 (15/18)
 * R 0.160 (15/94), negatives clean 0.842; the floors are those values. The set stays held out only while nobody fixes against its text: read
 * its misses to choose phenomena, never to match its phrases, and say so when it has been read.
 */
describe('fresh conflict cases 2 (written before the first run): measured floors', () => {
  it('test/fixtures/cases-fresh2/cases.json', () => {
    const r = evaluateCases(JSON.parse(readFileSync(FRESH2, 'utf8')));
    expect(r.cases).toBe(55);
    expect(r.expected).toBe(94);
    expect(r.matched).toBeGreaterThanOrEqual(15);
    expect(r.recall).toBeGreaterThanOrEqual(0.159);
    expect(r.precision).toBeGreaterThanOrEqual(0.83);
    expect(r.negativesClean).toBeGreaterThanOrEqual(0.84);
  });
});
