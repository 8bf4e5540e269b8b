import { z } from 'zod';
import { CertaintyLevelSchema, ReportingStanceSchema } from '../model/claim.js';
import { DEFAULT_MIN_MATCH } from '../match/similarity.js';
import { BandSchema } from '../model/conflict.js';

/**
 * The cut-offs that map gainsay's claims and conflicts onto FNC-1 stances (DESIGN.md, "Evaluation
 * formats"). Data, not logic, so a calibration script can refit them and pass the result in.
 */
export const StanceThresholdsSchema = z.object({
  minMatch: z
    .number()
    .min(0)
    .max(1)
    .describe('best matchClaims score a headline needs in the body to count as related, when options.minMatch is unset'),
  disagreeBands: z.array(BandSchema).describe('conflict bands between a headline claim and a matched body claim that mean "disagree"'),
  firmLevels: z.array(CertaintyLevelSchema).describe('certainty levels of a body claim that assert it firmly'),
  firmStances: z.array(ReportingStanceSchema).describe('reporting stances that assert rather than attribute or hedge'),
  agreeShare: z.number().min(0).max(1).describe('share of matched body claims that must be firm for "agree" rather than "discuss"'),
  relatedCoverage: z
    .number()
    .min(0)
    .max(1)
    .describe('share of the headline\'s keys found anywhere in the body that makes it related even when no single claim matches'),
});
export type StanceThresholds = z.infer<typeof StanceThresholdsSchema>;

/**
 * Defaults, set by the design's reading of the FNC-1 labels, not yet fitted: minMatch is the matcher's own
 * cut-off for comparing two claims; "disagree" needs a conflict the report itself would show (band medium or high); a claim is
 * firm when its holder asserts or confirms it, anything attributed or hedged (reported, claimed, alleged,
 * speculated, pending) only discusses; a body agrees when at least half of its matched claims are firm.
 * relatedCoverage was chosen on the FNC-1 dev half from 0.3 / 0.35 / 0.4 / 0.5 / 0.6 (scripts/stance-grid.ts; best macro-F1).
 */
export const STANCE_THRESHOLDS: StanceThresholds = {
  minMatch: DEFAULT_MIN_MATCH,
  disagreeBands: ['medium', 'high'],
  firmLevels: ['asserted', 'confirmed'],
  firmStances: ['asserted', 'confirmed'],
  agreeShare: 0.5,
  relatedCoverage: 0.35,
};
