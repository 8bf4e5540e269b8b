import type { Conflict } from '../model/conflict.js';

/** Letters and digits only, so "not true." and “not true” are one wording. */
function wording(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function repeatKeys(c: Conflict, variant: string): string[] {
  return [0, 1].map((side) => {
    const other = 1 - side;
    const tail = variant === 'text' ? `|${wording(c.evidence[other]!.span.text)}` : '';
    return `${c.kind}|${c.claims[side]}|${c.documents[other]}${tail}`;
  });
}

/**
 * One dispute between two reports is raised once: when one claim clashes in the same way with several sentences
 * of another document, only the strongest of those conflicts is kept. Expects conflicts strongest first.
 */
export function oncePerDispute(sorted: readonly Conflict[], variant = process.env.REPEAT_VARIANT ?? 'doc'): Conflict[] {
  if (variant === 'off') return [...sorted];
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const keys = repeatKeys(c, variant);
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
}
