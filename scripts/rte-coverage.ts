// Issue 12's RTE criterion: how many premises and hypotheses of ../shared/data/rte3-dev/pairs.jsonl yield a claim,
// and why the others yield none (the skip reasons of their sentences).
// Run: npx tsx scripts/rte-coverage.ts [FILE] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SkipReason } from '../src/model/report.js';
import { extractWithSkips } from './eval-extraction-run.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/data/rte3-dev/pairs.jsonl', import.meta.url).pathname;
if (!existsSync(file)) throw new Error(`${file}: not found (the RTE-3 dev pairs live in ../shared/data/rte3-dev)`);

const PairSchema = z.object({ id: z.string().min(1), premise: z.string(), hypothesis: z.string() });
const pairs = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    const parsed = PairSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });

interface SideCounts {
  texts: number;
  withClaim: number;
  withoutClaim: number;
  /** Texts without a claim, by each distinct reason their sentences were skipped for. */
  withoutClaimByReason: Partial<Record<SkipReason, number>>;
  /** Texts with any sentence skipped as another language, whether or not another sentence yielded a claim. */
  anyUnsupportedLanguage: number;
  claims: number;
  examplesWithoutClaim: string[];
}

function count(texts: { id: string; text: string }[]): SideCounts {
  const c: SideCounts = { texts: texts.length, withClaim: 0, withoutClaim: 0, withoutClaimByReason: {}, anyUnsupportedLanguage: 0, claims: 0, examplesWithoutClaim: [] };
  for (const { id, text } of texts) {
    const { claims, skipped } = extractWithSkips(id, text);
    c.claims += claims.length;
    if (skipped.some((s) => s.reason === 'unsupported-language')) c.anyUnsupportedLanguage++;
    if (claims.length > 0) {
      c.withClaim++;
      continue;
    }
    c.withoutClaim++;
    for (const reason of new Set(skipped.map((s) => s.reason))) c.withoutClaimByReason[reason] = (c.withoutClaimByReason[reason] ?? 0) + 1;
    if (c.examplesWithoutClaim.length < 8) c.examplesWithoutClaim.push(`${id}: ${text.slice(0, 100)} [${[...new Set(skipped.map((s) => s.reason))].join(', ') || 'no reason recorded'}]`);
  }
  return c;
}

const result = {
  file,
  pairs: pairs.length,
  hypotheses: count(pairs.map((p) => ({ id: `${p.id}:h`, text: p.hypothesis }))),
  premises: count(pairs.map((p) => ({ id: `${p.id}:p`, text: p.premise }))),
};

if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`${result.pairs} pairs in ${file}`);
  for (const side of ['hypotheses', 'premises'] as const) {
    const s = result[side];
    console.log(`\n${side}: ${s.withClaim}/${s.texts} yield at least one claim (${s.claims} claims); ${s.withoutClaim} yield none`);
    console.log(`  without a claim, by skip reason: ${JSON.stringify(s.withoutClaimByReason)}`);
    console.log(`  any sentence skipped as unsupported-language: ${s.anyUnsupportedLanguage}`);
    for (const e of s.examplesWithoutClaim) console.log(`  e.g. ${e}`);
  }
}
