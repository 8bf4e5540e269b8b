import { readFileSync } from 'node:fs';
import { analyze, matchClaims, compareClaims } from '../src/index.js';
const [file, id] = process.argv.slice(2);
const c = (JSON.parse(readFileSync(file!, 'utf8')).cases as any[]).find((x) => x.id === id);
const r = analyze({ documents: c.documents });
for (const cl of r.claims) console.log(cl.id, cl.proposition.state, cl.certainty.value, '|', cl.attribution.holder, '|', cl.proposition.actor?.key, '/', cl.proposition.predicate?.lemma, '/', cl.proposition.inner?.lemma ?? '', '/', cl.proposition.theme?.key ?? '', '|', cl.text.slice(0, 90));
for (const e of c.expected) {
  const find = (side: any) => r.claims.find((cl) => cl.documentId === side.document && cl.text.includes(side.quote));
  const a = find(e.a), b = find(e.b);
  console.log('EXPECTED', e.kind, a?.id, b?.id, a && b ? matchClaims(a, b) : '-', a && b ? JSON.stringify(compareClaims(a, b)?.kind) : '');
  if (a && b) console.log('  keys', a.keys.join(','), '||', b.keys.join(','));
}
for (const k of r.conflicts) console.log('CONFLICT', k.band, k.kind, k.score, k.claims.join(' vs '));
