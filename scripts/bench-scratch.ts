import nlp from 'compromise';
import { loadBenchData } from './bench-data.js';
const data = loadBenchData();
const texts = data.bodies.map((b) => b.text);
const USED = ['Verb','Auxiliary','Modal','Copula','Passive','PastTense','Noun','Pronoun','Preposition','ProperNoun','Determiner','Adjective','Possessive','Adverb','Negative','Value','Conjunction','QuestionWord'];
const NO_POST = ['contractions', 'alias', 'machine', 'index', 'lexicon', 'preTagger', 'contractionTwo', 'root'];
const NO_CHUNK = ['contractions', 'alias', 'machine', 'index', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger', 'root'];
const variants: Record<string, (t: string) => any> = {
  full: (t) => { const d = nlp(t); d.compute('root'); return d; },
  noChunks: (t) => { const d = nlp.tokenize(t); d.compute(NO_CHUNK); return d; },
  noPostTagger: (t) => { const d = nlp.tokenize(t); d.compute(NO_POST); return d; },
  tokenizeOnly: (t) => nlp.tokenize(t),
};
const sig = (d: any) => d.json({ offset: true, terms: { offset: true } }).flatMap((s: any) => s.terms.map((t: any) => t.offset.start + ':' + USED.filter((u) => t.tags.includes(u)).join('/') + ':' + (t.root ?? '')));
const sentences = texts.flatMap((t) => nlp.tokenize(t).json({ offset: true }).map((s: any) => s.text));
for (const v of Object.values(variants)) for (const t of texts.slice(0, 10)) v(t);
const ref = texts.map((t) => sig(variants.full!(t)));
for (const [name, v] of Object.entries(variants)) {
  let s = performance.now(); for (const t of texts) v(t); const body = performance.now() - s;
  s = performance.now(); for (const t of sentences) v(t); const sent = performance.now() - s;
  let same = 0, total = 0;
  texts.forEach((t, i) => { const got = sig(v(t)); const r = ref[i]!; total += r.length; const set = new Set(got); for (const x of r) if (set.has(x)) same++; });
  console.log(name.padEnd(14), 'per body', Math.round(data.words / body * 1000), 'w/s; per sentence', Math.round(data.words / sent * 1000), 'w/s; terms agreeing with full (tags used + root)', (100 * same / total).toFixed(1) + '%');
}
