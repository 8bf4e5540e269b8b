// Scores suite items against what the engine extracted, and sums them into per-field accuracy.
import type { Claim } from '../src/model/claim.js';
import { alignClaims, compareClaim, FIELDS, type Field } from './eval-extraction-compare.js';
import type { Extracted } from './eval-extraction-run.js';
import type { GoldClaim, GoldItem } from './eval-extraction-suite.js';

export type ScoredField = Field | 'skip';

export interface ItemResult {
  id: string;
  real: boolean;
  class: string;
  /** One entry per gold claim (or one for a skip item): each scored field and whether it is right. */
  fields: Partial<Record<ScoredField, boolean>>[];
  entire: boolean;
  /** Extracted claims beyond the gold ones. */
  extra: number;
  /** For a skip item: the engine produced no claim and skipped the text for some reason. */
  skippedAnyReason?: boolean;
  misses: string[];
}

export function scoreItem(item: GoldItem, got: Extracted): ItemResult {
  const real = item.bodyId !== undefined;
  if (item.skip !== undefined) {
    const none = got.claims.length === 0;
    const right = none && got.skipped.some((s) => s.reason === item.skip);
    const reasons = got.skipped.map((s) => s.reason).join(',') || 'none';
    const misses = right ? [] : [`skip: want ${item.skip}, got ${got.claims.length} claim(s), skipped ${reasons}`];
    return { id: item.id, real, class: item.class, fields: [{ skip: right }], entire: right, extra: 0, skippedAnyReason: none && got.skipped.length > 0, misses };
  }
  const aligned = alignClaims(item.claims, got.claims);
  const fields = item.claims.map((g, i) => compareClaim(g, aligned[i]));
  const misses = item.claims.flatMap((g, i) => describeMisses(g, aligned[i], fields[i]!, item.claims.length > 1 ? `#${i + 1} ` : ''));
  return {
    id: item.id,
    real,
    class: item.class,
    fields,
    entire: fields.every((f) => FIELDS.every((name) => f[name])),
    extra: Math.max(0, got.claims.length - item.claims.length),
    misses,
  };
}

function describeMisses(gold: GoldClaim, claim: Claim | undefined, fields: Record<Field, boolean>, prefix: string): string[] {
  if (!claim) return [`${prefix}claim: none extracted (want predicate ${gold.predicate})`];
  const got: Record<Exclude<Field, 'claim'>, unknown> = {
    holder: claim.attribution.holderKind === 'author' ? null : claim.attribution.holder,
    anonymous: claim.attribution.holderKind === 'anonymous',
    actor: claim.proposition.actor ? `${claim.proposition.actor.text} [${claim.proposition.actor.key}]` : null,
    predicate: claim.proposition.predicate?.lemma ?? null,
    theme: claim.proposition.theme?.text ?? null,
    state: claim.proposition.state,
    quantities: claim.quantities.map((q) => ({ value: q.value, unit: q.unit ?? null, counted: q.noun ?? null })),
    dates: claim.times.map((t) => `${t.span.text} (${t.from}..${t.to})`),
    places: claim.places.map((p) => p.name),
  };
  return (Object.keys(got) as (keyof typeof got)[])
    .filter((f) => !fields[f])
    .map((f) => `${prefix}${f}: want ${JSON.stringify(gold[f])}, got ${JSON.stringify(got[f])}`);
}

export interface Rates {
  sentences: number;
  entire: number;
  entireRate: number;
  fields: Partial<Record<ScoredField, { right: number; total: number; accuracy: number }>>;
}

export interface Summary extends Rates {
  real: Rates;
  written: Rates;
  counts: { goldClaims: number; skipItems: number; skippedAnyReason: number; extraClaims: number };
  byClass: Record<string, { sentences: number; entire: number }>;
}

function rates(results: readonly ItemResult[]): Rates {
  const fields: Rates['fields'] = {};
  for (const r of results) {
    for (const entry of r.fields) {
      for (const [name, ok] of Object.entries(entry) as [ScoredField, boolean][]) {
        const f = (fields[name] ??= { right: 0, total: 0, accuracy: 0 });
        f.total++;
        if (ok) f.right++;
      }
    }
  }
  for (const f of Object.values(fields)) f.accuracy = round(f.right / f.total);
  const entire = results.filter((r) => r.entire).length;
  return { sentences: results.length, entire, entireRate: results.length ? round(entire / results.length) : 0, fields };
}

export function summarise(results: readonly ItemResult[]): Summary {
  const byClass: Summary['byClass'] = {};
  for (const r of results) {
    const c = (byClass[r.class] ??= { sentences: 0, entire: 0 });
    c.sentences++;
    if (r.entire) c.entire++;
  }
  const skipItems = results.filter((r) => r.skippedAnyReason !== undefined);
  return {
    ...rates(results),
    real: rates(results.filter((r) => r.real)),
    written: rates(results.filter((r) => !r.real)),
    counts: {
      goldClaims: results.reduce((n, r) => n + (r.skippedAnyReason === undefined ? r.fields.length : 0), 0),
      skipItems: skipItems.length,
      skippedAnyReason: skipItems.filter((r) => r.skippedAnyReason).length,
      extraClaims: results.reduce((n, r) => n + r.extra, 0),
    },
    byClass,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
