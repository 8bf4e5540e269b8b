/**
 * gainsay's benchmark (issue 5): `npm run bench` prints a table, `npm run bench -- --json` ends with one line
 * of JSON. Benchmarks are not tests: nothing here asserts a time.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { loadBenchData } from './bench-data.js';
import { measureBytesPerClaim, type IndexMeasure } from './bench-index.js';
import { measureScaling, measureThroughput, measureSeedLatency, pairsPerClaim, round2, type ScalingPoint } from './bench-measures.js';
import { measureColdStart, measureHostile, type HostileTime } from './bench-process.js';
import { measureWorkers, type WorkerThroughput } from './bench-workers.js';

interface BenchResult {
  machine: string;
  documents: number;
  groups: number;
  words: number;
  wordsPerSecond: number;
  parserWordsPerSecond: number;
  ratio: number;
  stagesMs: Record<string, number>;
  scaling: ScalingPoint[];
  pairsPerClaim: number;
  largestCall: { claims: number; pairs: number };
  seedLatencyMs: number;
  coldStartMs: number | null;
  peakRssMb: number;
  bytesPerClaim: number | null;
  addMs: IndexMeasure['addMs'];
  workers: WorkerThroughput;
  hostile: HostileTime[] | null;
}

const json = process.argv.includes('--json');
const log = (line: string): void => {
  if (!json) console.log(line);
};

async function main(): Promise<BenchResult> {
  const data = loadBenchData();
  log(`${data.bodies.length} bodies in ${data.groups.length} groups, ${data.words} words`);
  const load = loadavg()[0]!.toFixed(1);
  const { analyze: end, parser } = measureThroughput(data);
  const { points, largest } = measureScaling(data.bodies);
  const pairs = pairsPerClaim(largest);
  const seedLatencyMs = measureSeedLatency();
  // Read before the worker threads start: their heaps count in this process's RSS.
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const coldStartMs = measureColdStart();
  const index = await measureBytesPerClaim(data);
  if (index.note) log(`bytesPerClaim: ${index.note}`);
  const workers = await measureWorkers(data);
  const hostile = measureHostile();
  return {
    machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.versions.node}, load ${load} at start`,
    documents: data.bodies.length,
    groups: data.groups.length,
    words: data.words,
    wordsPerSecond: end.wordsPerSecond,
    parserWordsPerSecond: parser.wordsPerSecond,
    ratio: round2(end.wordsPerSecond / parser.wordsPerSecond),
    stagesMs: Object.fromEntries(Object.entries(end.stages).map(([k, v]) => [k, Math.round(v)])),
    scaling: points,
    pairsPerClaim: pairs.perClaim,
    largestCall: { claims: pairs.claims, pairs: pairs.pairs },
    seedLatencyMs,
    coldStartMs,
    peakRssMb,
    bytesPerClaim: index.bytesPerClaim,
    addMs: index.addMs,
    workers,
    hostile,
  };
}

function table(r: BenchResult): string {
  const rows: [string, string, string][] = [
    ['gainsay end-to-end', `${r.wordsPerSecond.toLocaleString('en')} words/s`, `ratio ${r.ratio} (target ≥ 1.0)`],
    ['compromise nlp(body)', `${r.parserWordsPerSecond.toLocaleString('en')} words/s`, ''],
    ['stages (sum of timings)', Object.entries(r.stagesMs).map(([k, v]) => `${k} ${v}`).join(', '), ''],
    ...r.scaling.map((p): [string, string, string] => [`one call, ${p.documents} docs`, `${p.words.toLocaleString('en')} words, ${p.ms} ms`, p.growth === null ? '' : `growth ${p.growth}× (target ≤ 2.3), ${p.growthPerWord}× per word; extract ${p.extractMs} ms, detect ${p.detectMs} ms`]),
    ['pairs per claim', `${r.pairsPerClaim} (${r.largestCall.pairs} pairs / ${r.largestCall.claims} claims)`, 'target ≤ 50'],
    ['seed, warm (median)', `${r.seedLatencyMs} ms`, 'target ≤ 50'],
    ['cold start', r.coldStartMs === null ? 'n/a (run npm run build)' : `${r.coldStartMs} ms`, 'target ≤ 1,500'],
    ['peak RSS', `${r.peakRssMb} MB`, ''],
    ['bytes per claim', r.bytesPerClaim === null ? 'n/a' : `${r.bytesPerClaim}`, ''],
    ['ConflictIndex.add, median ms', `first ${r.addMs.first}, last ${r.addMs.last} of ${r.addMs.bodies} bodies (${r.addMs.claims} claims), total ${r.addMs.total} ms`, ''],
    ['workers', `one ${r.workers.one.toLocaleString('en')}, two ${r.workers.two.toLocaleString('en')} words/s`, `speedup ${r.workers.speedup}× (target ≥ 1.6)`],
    ...(r.hostile ?? []).map((h): [string, string, string] => [`hostile: ${h.name}`, `${h.ms} ms`, `${h.characters} chars`]),
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  return [`machine: ${r.machine}; ${r.documents} bodies, ${r.groups} groups, ${r.words} words`, ...rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`)].join('\n');
}

main().then(
  (result) => {
    if (json) console.log(JSON.stringify(result));
    else console.log(table(result));
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
