import { readFileSync } from 'node:fs';
import { analyze } from '../src/index.js';
const text = readFileSync(process.argv[2] ?? 'examples/data/seed-article.txt', 'utf8');
const r = analyze(text);
for (const c of r.claims) console.log(c.id, c.proposition.state, c.certainty.level, '|', c.attribution.holder, '|', c.proposition.actor?.key, c.proposition.predicate?.lemma, c.proposition.inner?.lemma ?? '', '|', c.text.slice(0, 70));
for (const c of r.conflicts) console.log(c.band, c.kind, c.score, c.message);
console.log(r.skipped.length, 'skipped', r.coverage);
