import { analyze } from './src/api/analyze.js';
import { incompatibleStateHit } from './src/detect/opposed-states.js';
import { buildLexicon } from './src/lexicon/index.js';
import { claimWords } from './src/relate/words.js';
const [a, b] = process.argv.slice(2);
const rep = analyze({ documents: [{ id: 'p', source: { name: 'P' }, text: a! }, { id: 'h', source: { name: 'H' }, text: b! }] });
const [x, y] = rep.claims as any;
console.log(incompatibleStateHit(x, y, buildLexicon()));
for (const c of [x, y]) console.log(claimWords(c).tokens.map((t: any) => `${t.lower}:${t.lemma}:${t.content}`).join(' '), '|', c.proposition.span.text);
