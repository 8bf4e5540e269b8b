import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { Token } from '../segment/tokens.js';

const FUNCTION = new Set(FUNCTION_WORDS);
const POSSESSIVE = /'s?$/;
const stems = new Map<string, string>();
/** Words shorter than this carry too little to match on ("al", "ex"). */
const MIN_KEY_LENGTH = 3;
/** Cache bound so a hostile stream of distinct words cannot grow memory without limit. */
const MAX_CACHED_STEMS = 50_000;
/** Longest alias looked up inside a phrase, in words ("the white house"). */
const MAX_ALIAS_WORDS = 3;

/** Porter stem, cached: "attendance" and "attend" share "attend"; "invitation" and "invite" share "invit". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stems.size < MAX_CACHED_STEMS) stems.set(word, s);
  }
  return s;
}

/** Canonical actor key of a phrase: the longest alias inside it, else the stem of its last word. */
export function actorKey(words: readonly string[], aliases: ReadonlyMap<string, string>): string {
  for (let n = Math.min(MAX_ALIAS_WORDS, words.length); n >= 1; n--) {
    for (let i = words.length - n; i >= 0; i--) {
      const hit = aliases.get(words.slice(i, i + n).join(' '));
      if (hit) return hit;
    }
  }
  const content = words.filter((w) => !FUNCTION.has(w));
  const last = content[content.length - 1] ?? words[words.length - 1] ?? '';
  return stem(last.replace(POSSESSIVE, ''));
}

/**
 * The words before the first space of an alias map's spaced keys: a two-word pair ("white house") can be a key only when
 * its first word is one, so other words build no pair string to look up. Once per map (the lexicon's, never changed).
 */
function pairOpeners(aliases: ReadonlyMap<string, string>): ReadonlySet<string> {
  let openers = openersOf.get(aliases);
  if (!openers) {
    openers = new Set([...aliases.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
    openersOf.set(aliases, openers);
  }
  return openers;
}
const openersOf = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

/** Matching keys of a proposition: alias canonicals for names, stems for other content words. */
export function contentKeys(tokens: readonly Token[], aliases: ReadonlyMap<string, string>): string[] {
  const keys = new Set<string>();
  const openers = pairOpeners(aliases);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const pair = tokens[i + 1] && openers.has(t.lower) ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
    const alias = (pair && aliases.get(pair)) || aliases.get(t.lower);
    if (alias && (t.capitalized || t.lower.length > 3)) {
      keys.add(alias);
      continue;
    }
    const word = t.lower.replace(POSSESSIVE, '');
    if (word.length < MIN_KEY_LENGTH || FUNCTION.has(word)) continue;
    keys.add(stem(word));
  }
  return [...keys];
}
