import type { SourceKind } from '../model/source.js';

/**
 * Default reliability by kind of source, used when the caller gives none. A prior, not a verdict: wire
 * services and official statements are edited and accountable; social posts and blogs often are not.
 * Sources: the source hierarchies in the Reuters Handbook of Journalism and the SPJ verification guidance;
 * callers should override these per outlet with `options.reliability`.
 */
export const RELIABILITY_BY_KIND: Readonly<Record<SourceKind, number>> = {
  wire: 0.8,
  official: 0.75,
  newspaper: 0.7,
  broadcast: 0.7,
  blog: 0.45,
  social: 0.35,
  unknown: 0.5,
};
