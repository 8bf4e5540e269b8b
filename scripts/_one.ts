import { analyze } from '../src/index.js';
const r = analyze(process.argv[2]!);
for (const cl of r.claims) console.log(cl.id, cl.proposition.state, cl.certainty.value, '|', cl.attribution.holder, '|', cl.proposition.actor?.key, '/', cl.proposition.predicate?.lemma, '/', cl.proposition.inner?.lemma ?? '', '|', cl.proposition.span.text);
for (const s of r.skipped) console.log('SKIP', s.reason, s.span.text);
