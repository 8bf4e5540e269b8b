import { analyze } from '../src/index.js';
const r = analyze(process.argv[2]!);
for (const cl of r.claims) console.log(cl.id, '|', cl.attribution.holder, '|', JSON.stringify(cl.quotes.map((q) => [q.text, q.speaker])));
