import type { CertaintyLevel, Claim, ReportingStance } from '../model/claim.js';
import type { ConflictKind } from '../model/conflict.js';
import type { OptionsInput } from '../model/options.js';
import { DEFAULT_MIN_MATCH } from '../match/similarity.js';
import { LIBRARY_PIPELINE, type CompareClaimsFn, type MatchClaimsFn } from './pipeline.js';

/**
 * The claim judge's verdicts on a headline's claims against a body's claims, as the stance model reads them: the
 * strongest contradiction and its kind, the best match that is compatible and firmly held, the best compatible
 * match that is attributed or hedged, and whether anything matched. The verdicts come from the pipeline's own
 * matchClaims and compareClaims, so a refit of the judge flows into the stance features.
 */
export interface JudgeEvidence {
  /** highest matchClaims score over all claim pairs */
  bestMatch: number;
  /** body claims judged (matched, or every one for a headline-length body) */
  judged: Claim[];
  /** highest conflict score, 0 when none */
  contradiction: number;
  kind?: ConflictKind;
  /** the strongest conflict's score per kind group, 0 elsewhere */
  byGroup: Record<KindGroup, number>;
  /** best match among judged body claims compatible with the headline and firmly held */
  firmMatch: number;
  /** best match among compatible body claims that are attributed or hedged */
  hedgedMatch: number;
  /** best match among body claims that deny or doubt what they report */
  deniedMatch: number;
  /** the two claim ids behind the strongest conflict, for explanation */
  strongest?: { headline: string; body: string };
}

/** Kinds grouped by what clashes: the claim's truth, a detail of it, or who said or did it. */
export const KIND_GROUPS = { opposing: ['polarity', 'opposition', 'status'], detail: ['numeric', 'temporal', 'location'], source: ['quote', 'attribution', 'actor'] } as const;
export type KindGroup = keyof typeof KIND_GROUPS;

export function kindGroup(kind: ConflictKind): KindGroup {
  return (Object.keys(KIND_GROUPS) as KindGroup[]).find((g) => (KIND_GROUPS[g] as readonly string[]).includes(kind))!;
}

const FIRM_LEVELS: ReadonlySet<CertaintyLevel> = new Set(['asserted', 'confirmed']);
const FIRM_STANCES: ReadonlySet<ReportingStance> = new Set(['asserted', 'confirmed']);
const DENYING_LEVELS: ReadonlySet<CertaintyLevel> = new Set(['refuted', 'doubted']);

export function isFirm(claim: Claim): boolean {
  return FIRM_LEVELS.has(claim.certainty.level) && FIRM_STANCES.has(claim.attribution.stance);
}

function denies(claim: Claim): boolean {
  return claim.attribution.stance === 'denied' || DENYING_LEVELS.has(claim.certainty.level);
}

export interface JudgeOptions {
  matchClaims?: MatchClaimsFn;
  compareClaims?: CompareClaimsFn;
  analyzeOptions?: OptionsInput;
  /** judge every claim pair, not only matched ones: for a headline-length body */
  everyPair?: boolean;
}

/** Every headline claim against every (matched) body claim: the judge's verdicts, reduced to the strongest. */
export function judgeClaims(headline: readonly Claim[], body: readonly Claim[], options: JudgeOptions = {}): JudgeEvidence {
  const match = options.matchClaims ?? LIBRARY_PIPELINE.matchClaims;
  const compare = options.compareClaims ?? LIBRARY_PIPELINE.compareClaims;
  const minMatch = options.analyzeOptions?.minMatch ?? DEFAULT_MIN_MATCH;
  const out: JudgeEvidence = { bestMatch: 0, judged: [], contradiction: 0, byGroup: { opposing: 0, detail: 0, source: 0 }, firmMatch: 0, hedgedMatch: 0, deniedMatch: 0 };
  const judged = new Set<Claim>();
  // compareClaims pairs only what analyze would pair (match ≥ minMatch): judging every pair means no floor.
  const compareOptions = options.everyPair === true ? { ...options.analyzeOptions, minMatch: 0 } : options.analyzeOptions;
  for (const h of headline) {
    for (const b of body) {
      const m = match(h, b, options.analyzeOptions);
      out.bestMatch = Math.max(out.bestMatch, m);
      if (m < minMatch && options.everyPair !== true) continue;
      judged.add(b);
      const conflict = compare(h, b, compareOptions);
      if (conflict) {
        const group = kindGroup(conflict.kind);
        out.byGroup[group] = Math.max(out.byGroup[group], conflict.score);
        if (conflict.score > out.contradiction) Object.assign(out, { contradiction: conflict.score, kind: conflict.kind, strongest: { headline: h.id, body: b.id } });
      }
      if (denies(b)) out.deniedMatch = Math.max(out.deniedMatch, m);
      // A low-band conflict is the judge saying "probably compatible".
      else if (!conflict || conflict.band === 'low') {
        if (isFirm(b)) out.firmMatch = Math.max(out.firmMatch, m);
        else out.hedgedMatch = Math.max(out.hedgedMatch, m);
      }
    }
  }
  out.judged = [...judged];
  return out;
}
