import { readFnc1 } from '../src/eval/fnc1-read.ts';
import { analyze } from '../src/index.ts';
import nlp from 'compromise';
const pairs = readFnc1('/work/shared/data/fnc1-dev');
const bodies = new Map<string,string>(); for (const p of pairs) bodies.set(p.bodyId, p.body);
const groups = new Map<string,string[]>();
const seen = new Set<string>();
for (const p of pairs) if (p.stance && p.stance!=='unrelated' && !seen.has(p.bodyId)) { seen.add(p.bodyId); (groups.get(p.headline) ?? groups.set(p.headline, []).get(p.headline)!).push(p.bodyId); }
const words = [...bodies.values()].reduce((s,b)=>s+b.split(/\s+/).filter(Boolean).length,0);
for (const b of [...bodies.values()].slice(0,20)) nlp(b);
let t=performance.now(); for (const b of bodies.values()) nlp(b); let pm = performance.now()-t;
console.log('parser wps', words/pm*1000);
t=performance.now();
const agg: Record<string,number> = {};
for (const ids of groups.values()) { const r = analyze({documents: ids.map(id=>({id, text: bodies.get(id)!}))}); for (const [k,v] of Object.entries(r.timings)) agg[k]=(agg[k]??0)+v; }
let am = performance.now()-t;
console.log('analyze wps', words/am*1000, agg);
