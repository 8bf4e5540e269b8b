/**
 * An editor's check of a synthesized article (the seed) against the sources its [1]–[5] markers cite: each
 * claim is supported, contradicted, unverified or misattributed. Run with `npx tsx examples/draft-check.ts`.
 */
import { readFileSync } from 'node:fs';
import { checkDraft } from '../src/index.js';

const read = (name: string) => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');

const draft = read('seed-article.txt');
const sources = {
  '1': { id: 'kremlin', text: read('sources/1.txt'), source: { name: 'Kremlin transcript', kind: 'official' as const } },
  '2': { id: 'wire-2', text: read('sources/2.txt'), source: { name: 'Wire service', kind: 'wire' as const } },
  '3': { id: 'paper-3', text: read('sources/3.txt'), source: { name: 'Daily paper', kind: 'newspaper' as const } },
  '4': { id: 'wire-4', text: read('sources/4.txt'), source: { name: 'Second wire', kind: 'wire' as const } },
  '5': { id: 'radio-5', text: read('sources/5.txt'), source: { name: 'Public radio', kind: 'broadcast' as const } },
};

for (const check of checkDraft(draft, sources)) {
  const cites = check.cited.length > 0 ? `[${check.cited.join(', ')}]` : '(no marker)';
  console.log(`${check.verdict.toUpperCase().padEnd(13)} ${cites} ${check.claim.text}`);
  if (check.conflict) console.log(`    ${check.conflict.kind}: ${check.conflict.message}`);
  const agreeing = check.evidence.find((e) => e.relation === 'supports');
  if (check.verdict === 'misattributed' && agreeing) console.log(`    said by [${agreeing.marker}]: ${agreeing.claim.text}`);
}
