import type { Options } from '../model/options.js';
import { ACTOR_ALIASES } from './actor-aliases.js';
import { OPPOSITE_PAIRS } from './opposites.js';

/**
 * Every word list gainsay uses, built once into lookup structures. The shipped data is merged with the
 * caller's per-call data (aliases, opposites) here, and nowhere is any global state changed.
 */
export interface Lexicon {
  /** lemma → lemmas that oppose it (symmetric). */
  opposites: ReadonlyMap<string, ReadonlySet<string>>;
  /** lower-case surface form ("the kremlin") → canonical actor key ("russia"). */
  aliases: ReadonlyMap<string, string>;
}

function addPair(map: Map<string, Set<string>>, a: string, b: string): void {
  const get = (k: string) => map.get(k) ?? map.set(k, new Set()).get(k)!;
  get(a).add(b);
  get(b).add(a);
}

export function buildOpposites(extra: readonly (readonly [string, string])[] = []): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [a, b] of [...OPPOSITE_PAIRS, ...extra]) addPair(map, a.toLowerCase(), b.toLowerCase());
  return map;
}

export function buildAliases(extra: Readonly<Record<string, readonly string[]>> = {}): Map<string, string> {
  const map = new Map<string, string>();
  for (const table of [ACTOR_ALIASES, extra]) {
    for (const [key, forms] of Object.entries(table)) {
      const canonical = key.toLowerCase();
      map.set(canonical, canonical);
      for (const form of forms) map.set(form.toLowerCase(), canonical);
    }
  }
  return map;
}

let shipped: Lexicon | undefined;

/** The lexicon for one call: shipped data (built once, cached) plus the caller's extras. */
export function buildLexicon(options?: Pick<Options, 'aliases' | 'opposites'>): Lexicon {
  const hasExtra = options && (Object.keys(options.aliases).length > 0 || options.opposites.length > 0);
  if (!hasExtra && shipped) return shipped;
  const lexicon: Lexicon = {
    opposites: buildOpposites(options?.opposites),
    aliases: buildAliases(options?.aliases),
  };
  if (!hasExtra) shipped = lexicon;
  return lexicon;
}
