process.stdout.on('error', () => undefined);
import { readFileSync } from 'node:fs';
import { analyze, matchClaims, compareClaims } from '../src/index.js';
for (const file of process.argv.slice(2)) {
  for (const c of JSON.parse(readFileSync(file, 'utf8')).cases as any[]) {
    if (!c.expected.length) continue;
    const r = analyze({ documents: c.documents });
    for (const e of c.expected) {
      const find = (side: any) => r.claims.find((cl) => cl.documentId === side.document && cl.text.includes(side.quote));
      const a = find(e.a), b = find(e.b);
      const hit = r.conflicts.find((k) => a && b && k.claims.includes(a.id) && k.claims.includes(b.id));
      if (hit && hit.band !== 'low') continue;
      const m = a && b ? matchClaims(a, b).toFixed(2) : '-';
      const cmp = a && b ? compareClaims(a, b) : null;
      console.log(e.kind.padEnd(11), m, (cmp ? `${cmp.kind}/${cmp.band}/${cmp.score.toFixed(2)}` : hit ? `low:${hit.kind}` : 'none').padEnd(22), !a ? 'NO-A ' + e.a.quote : !b ? 'NO-B ' + e.b.quote : `${a.proposition.predicate?.lemma}:${a.proposition.state} / ${b.proposition.predicate?.lemma}:${b.proposition.state} | ${e.a.quote} | ${e.b.quote}`);
    }
  }
}
