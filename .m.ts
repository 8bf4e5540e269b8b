import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import { parseTerms } from './src/extract/terms.js';
const seed = readFileSync('examples/data/seed-article.txt', 'utf8');
const words = ['The', 'ministry', 'said', 'on', 'Monday', 'that', 'exports', 'rose', 'sharply'];
function time(label: string, n: number, f: () => void) { for (let i = 0; i < 20; i++) f(); const c0 = process.cpuUsage(); for (let i = 0; i < n; i++) f(); const c = process.cpuUsage(c0); console.log(label, ((c.user + c.system) / 1000 / n).toFixed(3), 'ms cpu'); }
time('full 1 word', 2000, () => parseTerms('Hello', { start: 0, end: 5 }, 'full'));
time('quick 1 word', 2000, () => parseTerms('Hello', { start: 0, end: 5 }, 'quick'));
const s = words.join(' ');
time('full 9 words', 1000, () => parseTerms(s, { start: 0, end: s.length }, 'full'));
time('quick 9 words', 1000, () => parseTerms(s, { start: 0, end: s.length }, 'quick'));
time('full seed once', 100, () => parseTerms(seed, { start: 0, end: seed.length }, 'full'));
time('nlp seed', 100, () => nlp(seed));
