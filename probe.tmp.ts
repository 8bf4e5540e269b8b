import { readFileSync } from 'node:fs';
import { checkDraft } from './src/draft/check-draft.js';
const draft = readFileSync('examples/data/seed-article.txt', 'utf8');
const sources = Object.fromEntries(['1','2','3','4','5'].map(m => [m, readFileSync(`examples/data/sources/${m}.txt`, 'utf8')]));
const t = performance.now();
const r = checkDraft(draft, sources);
console.log(performance.now()-t);
for (const c of r) console.log(c.verdict.padEnd(13), c.cited.join(','), '|', c.claim.text.slice(0,90), '|', c.evidence.map(e => `${e.marker}:${e.relation}:${e.match.toFixed(2)}:${e.conflict?.kind ?? ''}`).join(' '));
for (const c of r) if (c.verdict==='contradicted') console.log(c.claim.attribution.holder, c.claim.attribution.ambiguous, c.conflict?.kind, c.conflict?.message, c.conflict?.evidence.map(e=>e.span.text), c.conflict?.band);
