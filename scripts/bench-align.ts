/**
 * Cost of alignClaims per claim pair: `npx tsx scripts/bench-align.ts [PAIRS]` (default 2,000). Claims come from
 * the documents of ../shared/data/cases/sample.json; pairs are cross-document claim pairs in file order, until PAIRS.
 * Prints one JSON line: pairs, cold (first pass, tables built on first use) and warm (fastest of five passes)
 * microseconds per pair, and how many pairs got an event link of each relation.
 */
import { readFileSync } from 'node:fs';
import { extractClaims } from '../src/api/stages.js';
import type { DocumentInput } from '../src/model/document.js';
import type { Claim } from '../src/model/claim.js';
import { alignClaims } from '../src/relate/align.js';
import { claimWords } from '../src/relate/words.js';

interface CaseFile { cases: { id: string; documents: DocumentInput[] }[] }

const wanted = Number(process.argv[2] ?? 2000);
const file = JSON.parse(readFileSync(new URL('../../shared/data/cases/sample.json', import.meta.url), 'utf8')) as CaseFile;
const byDocument = file.cases.flatMap((c) => c.documents.map((d) => extractClaims({ ...d, id: `${c.id}/${d.id}` })));

/** Cross-document pairs in file order, within a case first (the pairs matching compares most). */
function pairsOf(docs: Claim[][], limit: number): [Claim, Claim][] {
  const out: [Claim, Claim][] = [];
  for (let i = 0; i < docs.length && out.length < limit; i++) {
    for (let j = i + 1; j < docs.length && out.length < limit; j++) {
      for (const a of docs[i]!) for (const b of docs[j]!) if (out.length < limit) out.push([a, b]);
    }
  }
  return out;
}

const pairs = pairsOf(byDocument, wanted);
const contentWords = byDocument.flat().reduce((n, c) => n + claimWords(c).content.length, 0);
/** Wall and CPU time: on a shared machine the CPU time is the steadier of the two. */
const time = () => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const relations = new Map<string, number>();
  for (const [a, b] of pairs) {
    const r = alignClaims(a, b).event?.relation ?? 'none';
    relations.set(r, (relations.get(r) ?? 0) + 1);
  }
  const used = process.cpuUsage(cpu);
  return { micros: ((performance.now() - start) * 1000) / pairs.length, cpuMicros: (used.user + used.system) / pairs.length, relations };
};
const cold = time();
/** The fastest of five warm passes: the least disturbed by other processes on a shared machine. */
const WARM_PASSES = 5;
const warm = Array.from({ length: WARM_PASSES }, time).reduce((best, t) => (t.micros < best.micros ? t : best));
console.log(JSON.stringify({
  pairs: pairs.length, claims: byDocument.flat().length, coldMicrosPerPair: Math.round(cold.micros), warmMicrosPerPair: Math.round(warm.micros),
  warmCpuMicrosPerPair: Math.round(warm.cpuMicros), contentWordsPerClaim: +(contentWords / byDocument.flat().length).toFixed(1),
  eventRelations: Object.fromEntries([...warm.relations].sort((x, y) => y[1] - x[1])),
}));
