/** One hostile input, analysed in this fresh process; prints {name, characters, ms} or "done" past the end. */
import { analyze } from '../src/api/analyze.js';
import type { AnalyzeInput } from '../src/model/input.js';

interface Named {
  name?: string;
  input?: AnalyzeInput;
  text?: string;
}

const module = (await import(new URL('./hostile-inputs.ts', import.meta.url).href)) as Record<string, unknown>;
const list = (Array.isArray(module.default) ? module.default : Object.values(module).find(Array.isArray)) as (string | Named)[] | undefined;
if (!list) throw new Error('bench: scripts/hostile-inputs.ts exports no list of inputs');
const index = Number(process.argv[2]);
const item = list[index];
if (item === undefined) {
  console.log('done');
} else {
  const input: AnalyzeInput = typeof item === 'string' ? item : (item.input ?? item.text ?? '');
  const characters = typeof input === 'string' ? input.length : JSON.stringify(input).length;
  const started = performance.now();
  analyze(input);
  const ms = performance.now() - started;
  console.log(JSON.stringify({ name: typeof item === 'string' ? `input ${index}` : (item.name ?? `input ${index}`), characters, ms }));
}
