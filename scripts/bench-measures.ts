import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { analyze } from '../src/api/analyze.js';
import { MAX_PARTNERS } from '../src/api/conflicts.js';
import { resolveOptions } from '../src/api/options.js';
import { candidatePairs, DEFAULT_MIN_MATCH } from '../src/match/index.js';
import type { Report } from '../src/model/report.js';
import { asDocuments, SEED_ARTICLE, type BenchBody, type BenchData } from './bench-data.js';

/** Bodies parsed or groups analysed before timing, so the JIT and lazy tables are warm. */
const WARM_UP = 10;
const SEED_WARM_UP = 5;
const SEED_RUNS = 21;
/** The scaling series: shares of all bodies, each double the last. */
const SCALING_SHARES = [1 / 8, 1 / 4, 1 / 2, 1];

export interface Throughput {
  ms: number;
  wordsPerSecond: number;
  /** Sum of report.timings over the calls, per stage. */
  stages: Record<string, number>;
}

export interface ScalingPoint {
  documents: number;
  words: number;
  ms: number;
  growth: number | null;
  /** growth divided by the growth in words: 1 is linear in the text. */
  growthPerWord: number | null;
  extractMs: number;
  detectMs: number;
}

export function wordsPerSecond(words: number, ms: number): number {
  return Math.round((words / ms) * 1000);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * gainsay end-to-end (one analyze({ documents }) per group, every body once) and compromise's bare parse
 * (nlp(body), once per body), interleaved group by group so both see the same machine load.
 */
export function measureThroughput(data: BenchData): { analyze: Throughput; parser: Throughput } {
  for (const group of data.groups.slice(0, WARM_UP)) {
    for (const body of group) nlp(body.text);
    analyze(asDocuments(group));
  }
  const stages: Record<string, number> = {};
  let parserMs = 0;
  let analyzeMs = 0;
  for (const group of data.groups) {
    const parsed = performance.now();
    for (const body of group) nlp(body.text);
    const analysed = performance.now();
    const report = analyze(asDocuments(group));
    analyzeMs += performance.now() - analysed;
    parserMs += analysed - parsed;
    for (const [stage, ms] of Object.entries(report.timings)) stages[stage] = (stages[stage] ?? 0) + ms;
  }
  return {
    analyze: { ms: analyzeMs, wordsPerSecond: wordsPerSecond(data.words, analyzeMs), stages },
    parser: { ms: parserMs, wordsPerSecond: wordsPerSecond(data.words, parserMs), stages: {} },
  };
}

/** One analyze call over growing prefixes of the bodies; returns the series and the largest call's report. */
export function measureScaling(bodies: readonly BenchBody[]): { points: ScalingPoint[]; largest: Report } {
  const points: ScalingPoint[] = [];
  let largest: Report | undefined;
  for (const share of SCALING_SHARES) {
    const slice = bodies.slice(0, Math.ceil(bodies.length * share));
    const started = performance.now();
    largest = analyze(asDocuments(slice));
    const ms = performance.now() - started;
    const words = slice.reduce((sum, b) => sum + b.words, 0);
    const previous = points.at(-1);
    points.push({
      documents: slice.length,
      words,
      ms: Math.round(ms),
      growth: previous ? round2(ms / previous.ms) : null,
      growthPerWord: previous ? round2(ms / previous.ms / (words / previous.words)) : null,
      extractMs: Math.round(largest.timings.extractMs ?? 0),
      detectMs: Math.round(largest.timings.detectMs ?? 0),
    });
  }
  return { points, largest: largest! };
}

/**
 * Candidate pairs handed to the detectors per claim. Uses report.timings.pairs when analyze reports it; else
 * re-runs the blocking step on the report's claims with the options findConflicts uses (same pairs, cheap).
 */
export function pairsPerClaim(report: Report): { pairs: number; claims: number; perClaim: number } {
  const claims = report.claims.length;
  const reported = report.timings.pairs;
  const pairs =
    reported ??
    candidatePairs(report.claims, { minMatch: DEFAULT_MIN_MATCH, maxPartners: MAX_PARTNERS, maxPairs: resolveOptions().limits.maxPairs }).pairs.length;
  return { pairs, claims, perClaim: claims > 0 ? round2(pairs / claims) : 0 };
}

/** Median warm analyze of the seed article. */
export function measureSeedLatency(): number {
  const seed = readFileSync(SEED_ARTICLE, 'utf8');
  for (let i = 0; i < SEED_WARM_UP; i++) analyze(seed);
  const times: number[] = [];
  for (let i = 0; i < SEED_RUNS; i++) {
    const started = performance.now();
    analyze(seed);
    times.push(performance.now() - started);
  }
  return round2(median(times));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
