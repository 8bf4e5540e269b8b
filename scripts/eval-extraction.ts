// Scores the extract stage on the gold suite in test/fixtures/extraction (rules in its README).
// Run: npm run eval:extraction [-- --json] [-- --misses] [-- DIR]
import { FIELDS } from './eval-extraction-compare.js';
import { extractItem } from './eval-extraction-run.js';
import { summarise, scoreItem, type ItemResult, type Rates, type Summary } from './eval-extraction-score.js';
import { loadSuite, SUITE_DIR } from './eval-extraction-suite.js';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const showMisses = args.includes('--misses');
const dir = args.find((a) => !a.startsWith('--')) ?? SUITE_DIR;

const items = loadSuite(dir);
const results = items.map((item) => scoreItem(item, extractItem(item)));
const summary = summarise(results);

if (asJson) console.log(JSON.stringify(summary));
else printTable(summary);
if (showMisses) printMisses(results);

function printTable(s: Summary): void {
  const columns: [string, Rates][] = [['all', s], ['real', s.real], ['written', s.written]];
  const cell = (r: Rates, name: string) => {
    const f = r.fields[name as keyof Rates['fields']];
    return f ? `${f.accuracy.toFixed(3)} (${f.right}/${f.total})`.padEnd(20) : '-'.padEnd(20);
  };
  console.log(`${'field'.padEnd(12)}${columns.map(([n]) => n.padEnd(20)).join('')}`);
  for (const name of [...FIELDS, 'skip']) console.log(`${name.padEnd(12)}${columns.map(([, r]) => cell(r, name)).join('')}`);
  console.log(`${'entire'.padEnd(12)}${columns.map(([, r]) => `${r.entireRate.toFixed(3)} (${r.entire}/${r.sentences})`.padEnd(20)).join('')}`);
  const c = s.counts;
  console.log(`\n${s.sentences} sentences, ${c.goldClaims} gold claims, ${c.skipItems} to skip (${c.skippedAnyReason} skipped for some reason), ${c.extraClaims} extracted claims beyond the gold`);
  console.log('\nentirely right by class:');
  for (const [name, r] of Object.entries(s.byClass).sort()) console.log(`  ${name.padEnd(26)}${r.entire}/${r.sentences}`);
}

function printMisses(all: readonly ItemResult[]): void {
  for (const r of all) {
    if (r.misses.length === 0) continue;
    console.log(`\n${r.id} (${r.real ? 'real' : 'written'}, ${r.class})`);
    for (const m of r.misses) console.log(`  ${m}`);
  }
}
