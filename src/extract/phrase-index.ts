import type { Token } from '../segment/tokens.js';

/** A map from lower-case token sequences ("at least", "km / h") with its first words and longest length. */
export interface PhraseIndex<T> {
  map: ReadonlyMap<string, T>;
  firsts: ReadonlySet<string>;
  maxTokens: number;
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the first token after the phrase. */
  next: number;
}

/** Built once per lexicon: keys are split on single spaces, as `tokenize` would split them. */
export function phraseIndex<T>(map: ReadonlyMap<string, T>): PhraseIndex<T> {
  const firsts = new Set<string>();
  let maxTokens = 1;
  for (const key of map.keys()) {
    const words = key.split(' ');
    firsts.add(words[0]!);
    maxTokens = Math.max(maxTokens, words.length);
  }
  return { map, firsts, maxTokens };
}

/** Longest phrase of the index starting at token i; tokens must follow each other with at most one space. */
export function matchPhrase<T>(index: PhraseIndex<T>, tokens: readonly Token[], i: number, view: string): PhraseHit<T> | undefined {
  const first = tokens[i];
  if (!first || !index.firsts.has(first.lower)) return undefined;
  const last = Math.min(tokens.length, i + index.maxTokens);
  let key = first.lower;
  let hit: PhraseHit<T> | undefined = index.map.has(key) ? { value: index.map.get(key)!, next: i + 1 } : undefined;
  for (let j = i + 1; j < last; j++) {
    const prev = tokens[j - 1]!;
    const tok = tokens[j]!;
    if (!closeTogether(view, prev, tok)) break;
    key += ` ${tok.lower}`;
    const value = index.map.get(key);
    if (value !== undefined) hit = { value, next: j + 1 };
  }
  return hit;
}

/** Two tokens touch or are separated by exactly one space (no line break, no punctuation). */
export function closeTogether(view: string, a: Token, b: Token): boolean {
  return b.start === a.end || (b.start === a.end + 1 && view.charCodeAt(a.end) === SPACE);
}

const SPACE = 32;
