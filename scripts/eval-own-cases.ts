// Runs every case file under test/fixtures/cases (or the files given) as one set, as the README's accuracy table does.
// Run: npx tsx scripts/eval-own-cases.ts [FILE...] [--misses]
import { readdirSync, readFileSync } from 'node:fs';
import { evaluateCases } from '../src/eval/index.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const dir = new URL('../test/fixtures/cases/', import.meta.url);
const files = args.filter((a) => !a.startsWith('--'));
const paths = files.length ? files : readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => new URL(f, dir).pathname);
const cases = paths.flatMap((p) => (JSON.parse(readFileSync(p, 'utf8')) as { cases: unknown[] }).cases);
const { misses, falseAlarms, wrongKind, perKind, ...rates } = evaluateCases({ version: 1, cases });
console.log(JSON.stringify(rates));
if (showMisses) {
  for (const m of misses) console.log('miss', m.caseId, m.kind, JSON.stringify(m.a.text), JSON.stringify(m.b.text));
  for (const f of falseAlarms) console.log('false alarm', f.caseId, f.kind, f.score, JSON.stringify(f.a.span?.text), JSON.stringify(f.b.span?.text));
  for (const w of wrongKind) console.log('wrong kind', w.caseId, w.expectedKind, '->', w.reportedKind);
}
void perKind;
