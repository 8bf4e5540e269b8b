// Two wire reports of one event that disagree on a number and a date.
// Run: npx tsx examples/wire-reports.ts
import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';

const read = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

const report = analyze({
  documents: [
    { id: 'northwire', source: { name: 'Northwire', kind: 'wire' }, publishedAt: '2025-03-06', text: read('wire-northwire.txt') },
    { id: 'harbor', source: { name: 'Harbor Daily', kind: 'newspaper' }, publishedAt: '2025-03-06', text: read('wire-harbor.txt') },
  ],
});

for (const c of report.conflicts) {
  console.log(`${c.band.toUpperCase()} ${c.kind} ${c.score.toFixed(2)}: ${c.message}`);
  for (const e of c.evidence) console.log(`   ${e.documentId} [${e.span.start}, ${e.span.end}) "${e.span.text}"`);
}
console.log(`${report.claims.length} claims, ${report.skipped.length} skipped, coverage ${(report.coverage.share * 100).toFixed(0)}%`);
