// The suite's comparison rules (test/fixtures/extraction/README.md), one pure function per field.
import { stem } from '../src/extract/keys.js';
import type { Claim, Place, Quantity, Time } from '../src/model/claim.js';
import type { GoldClaim, GoldQuantity } from './eval-extraction-suite.js';

export const FIELDS = ['claim', 'holder', 'anonymous', 'actor', 'predicate', 'theme', 'state', 'quantities', 'dates', 'places'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldResults = Record<Field, boolean>;

/** Lower-cased words: letters, digits, and "-" or "." inside a word; curly quotes and a possessive "'s" dropped. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter(Boolean);
}

/** Two words match when equal, or equal once one final "s" is dropped from either. */
export function wordMatches(a: string, b: string): boolean {
  return a === b || a.replace(/s$/, '') === b.replace(/s$/, '');
}

/** A's words occur contiguously in B ("A ⊑ B"); an empty A never does. */
export function within(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0) return false;
  for (let i = 0; i + x.length <= y.length; i++) if (x.every((w, j) => wordMatches(w, y[i + j]!))) return true;
  return false;
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'to', 'by']);

/** The head of a gold phrase: its last word before a first preposition ("Union of Commissioners" → union). */
export function headWord(phrase: string): string {
  const all = words(phrase);
  const cut = all.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  return (cut > 0 ? all.slice(0, cut) : all).at(-1) ?? '';
}

export function holderMatches(gold: string | null, claim: Claim): boolean {
  const { holder, holderKind } = claim.attribution;
  if (gold === null) return holderKind === 'author';
  if (holderKind === 'author') return false;
  const head = headWord(gold);
  return within(gold, holder) || (within(holder, gold) && words(holder).some((w) => wordMatches(w, head)));
}

export function anonymousMatches(gold: boolean, claim: Claim): boolean {
  return (claim.attribution.holderKind === 'anonymous') === gold;
}

export function actorMatches(gold: string | null, claim: Claim): boolean {
  const actor = claim.proposition.actor;
  if (gold === null) return actor === undefined;
  if (actor === undefined) return false;
  return within(gold, actor.text) || stem(headWord(gold)) === actor.key;
}

export function predicateMatches(gold: string, claim: Claim): boolean {
  const lemma = claim.proposition.predicate?.lemma.toLowerCase().trim();
  if (lemma === undefined) return false;
  const want = gold.toLowerCase().trim();
  return lemma === want || lemma.split(/\s+/)[0] === want.split(/\s+/)[0];
}

export function themeMatches(gold: string | null, claim: Claim): boolean {
  const theme = claim.proposition.theme;
  if (gold === null) return theme === undefined;
  return theme !== undefined && within(gold, theme.text);
}

export function quantityMatches(gold: GoldQuantity, q: Quantity): boolean {
  const valueOk = Math.abs(q.value - gold.value) <= 1e-6 * Math.max(1, Math.abs(gold.value));
  const unitOk = gold.unit === null ? q.unit === undefined : q.unit !== undefined && q.unit.toLowerCase() === gold.unit.toLowerCase();
  const countedOk = gold.counted === null ? q.noun === undefined : q.noun !== undefined && within(gold.counted, q.noun);
  return valueOk && unitOk && countedOk;
}

const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function dateMatches(gold: string, t: Time): boolean {
  if (ISO_PREFIX.test(gold)) return t.from.startsWith(gold) && t.to.startsWith(gold);
  return within(t.span.text, gold) || within(gold, t.span.text);
}

export function placeMatches(gold: string, p: Place): boolean {
  return within(gold, p.name) || within(p.name, gold);
}

/** One-to-one: every gold item takes its own extracted item, and no extracted item is left over. */
export function oneToOne<G, E>(gold: readonly G[], extracted: readonly E[], matches: (g: G, e: E) => boolean): boolean {
  if (gold.length !== extracted.length) return false;
  // Small lists: a depth-first assignment finds a pairing whenever one exists.
  const used = new Array<boolean>(extracted.length).fill(false);
  const assign = (i: number): boolean => {
    if (i === gold.length) return true;
    for (let j = 0; j < extracted.length; j++) {
      if (used[j] || !matches(gold[i]!, extracted[j]!)) continue;
      used[j] = true;
      if (assign(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return assign(0);
}

/** Places named twice in one clause count once. */
export function distinctPlaces(places: readonly Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
}

/** Every field of one gold claim against the extracted claim aligned with it (undefined: none was). */
export function compareClaim(gold: GoldClaim, claim: Claim | undefined): FieldResults {
  if (!claim) return Object.fromEntries(FIELDS.map((f) => [f, false])) as FieldResults;
  return {
    claim: true,
    holder: holderMatches(gold.holder, claim),
    anonymous: anonymousMatches(gold.anonymous, claim),
    actor: actorMatches(gold.actor, claim),
    predicate: predicateMatches(gold.predicate, claim),
    theme: themeMatches(gold.theme, claim),
    state: claim.proposition.state === gold.state,
    quantities: oneToOne(gold.quantities, claim.quantities, quantityMatches),
    dates: oneToOne(gold.dates, claim.times, dateMatches),
    places: oneToOne(gold.places, distinctPlaces(claim.places), placeMatches),
  };
}

/**
 * Gold claims in order, each with the unused extracted claim whose predicate matches it, failing that the first
 * unused one in text order; undefined when none is left.
 */
export function alignClaims(gold: readonly GoldClaim[], claims: readonly Claim[]): (Claim | undefined)[] {
  const free = [...claims].sort((a, b) => a.span.start - b.span.start);
  return gold.map((g) => {
    const at = free.findIndex((c) => predicateMatches(g.predicate, c));
    const pick = at >= 0 ? at : free.length > 0 ? 0 : -1;
    return pick >= 0 ? free.splice(pick, 1)[0] : undefined;
  });
}
