import { readFileSync } from 'node:fs';
import { prepareInput } from '../src/ingest/index.js';
import { segmentDocument } from '../src/segment/index.js';
import { OptionsSchema } from '../src/model/index.js';
const text = readFileSync('/work/main/examples/data/seed-article.txt','utf8');
const o = OptionsSchema.parse({});
const [d] = prepareInput(text, o);
const s = segmentDocument(d!, o.limits);
for (const sen of s.sentences) { console.log('S', sen.skip ?? '', JSON.stringify(text.slice(sen.start, sen.end)).slice(0,80)); for (const c of sen.clauses) console.log('   C', c.markers, JSON.stringify(text.slice(c.start,c.end))); }
