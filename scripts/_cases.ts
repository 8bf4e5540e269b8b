process.stdout.on('error', () => undefined);
import { readFileSync } from 'node:fs';
import { evaluateCases } from '../src/eval/index.js';
const files = process.argv.slice(2);
let all: unknown[] = [];
for (const f of files) all = all.concat((JSON.parse(readFileSync(f, 'utf8')) as { cases: unknown[] }).cases);
const r = evaluateCases({ version: 1, cases: all });
const { misses, falseAlarms, wrongKind, perKind, ...rest } = r as any;
console.log(JSON.stringify(rest));
console.log(JSON.stringify(perKind));
if (process.env.V) { for (const m of misses) console.log('MISS', m.caseId, m.kind, '|', m.a.text, '|', m.b.text); for (const f of falseAlarms) console.log('FA', f.caseId, f.kind, f.score, '|', f.a.span?.text, '|', f.b.span?.text); for (const w of wrongKind ?? []) console.log('WK', JSON.stringify(w).slice(0,200)); }
