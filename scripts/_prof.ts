import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import nlp from 'compromise';
import { analyze } from '../src/index.js';
const rows = parse(readFileSync('../shared/data/fnc1-dev/bodies.csv'), { columns: true }) as { 'Body ID': string; articleBody: string }[];
const bodies = rows.slice(0, 150).map((r) => r.articleBody);
const words = bodies.join(' ').split(/\s+/).length;
for (const b of bodies.slice(0, 20)) { analyze(b); nlp(b); }
let t = performance.now();
for (const b of bodies) nlp(b);
const p = performance.now() - t;
t = performance.now();
for (const b of bodies) analyze({ documents: [{ id: 'x', text: b }] });
const g = performance.now() - t;
console.log({ words, parserWps: Math.round(words / p * 1000), gainsayWps: Math.round(words / g * 1000), ratio: +(p / g).toFixed(2) });
