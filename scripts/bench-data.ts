import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFnc1 } from '../src/eval/fnc1-read.js';
import type { DocumentInput } from '../src/model/document.js';

/** The evaluation data sits beside the repository: ../shared/data from its root. */
export const SHARED_DATA = new URL('../../shared/data/', import.meta.url);
export const FNC1_DEV = new URL('fnc1-dev/', SHARED_DATA);
export const SEED_ARTICLE = new URL('../examples/data/seed-article.txt', import.meta.url);
/** Stances that put a body in its headline's group; unrelated pairings do not. */
const RELATED = new Set(['agree', 'disagree', 'discuss']);

export interface BenchBody {
  id: string;
  text: string;
  words: number;
}

export interface BenchData {
  /** Every body once, in the order the stances file first names it. */
  bodies: BenchBody[];
  /** Bodies grouped under the first headline each is paired with as agree, disagree or discuss. */
  groups: BenchBody[][];
  words: number;
}

/** Words as the issue counts them: whitespace-separated. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function loadBenchData(): BenchData {
  if (!existsSync(FNC1_DEV)) {
    throw new Error(`bench: no FNC-1 data at ${fileURLToPath(FNC1_DEV)} (expected ../shared/data/fnc1-dev beside the repository)`);
  }
  const pairs = readFnc1(fileURLToPath(FNC1_DEV));
  const bodies = new Map<string, BenchBody>();
  const groups = new Map<string, BenchBody[]>();
  const grouped = new Set<string>();
  for (const pair of pairs) {
    if (!bodies.has(pair.bodyId)) bodies.set(pair.bodyId, { id: pair.bodyId, text: pair.body, words: countWords(pair.body) });
    if (!pair.stance || !RELATED.has(pair.stance) || grouped.has(pair.bodyId)) continue;
    grouped.add(pair.bodyId);
    const group = groups.get(pair.headline) ?? [];
    group.push(bodies.get(pair.bodyId)!);
    groups.set(pair.headline, group);
  }
  // A body never paired as related would otherwise be left out: it forms a group of its own.
  const alone = [...bodies.values()].filter((b) => !grouped.has(b.id)).map((b) => [b]);
  const all = [...bodies.values()];
  return { bodies: all, groups: [...groups.values(), ...alone], words: all.reduce((sum, b) => sum + b.words, 0) };
}

export function asDocuments(bodies: readonly BenchBody[]): { documents: DocumentInput[] } {
  return { documents: bodies.map((b) => ({ id: b.id, text: b.text })) };
}
