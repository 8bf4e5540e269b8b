import { z } from 'zod';
import { ClaimSchema } from '../model/claim.js';
import { ConflictSchema } from '../model/conflict.js';
import type { AllTrue, Same } from '../model/same-type.js';
import type { Claim, Conflict } from '../model/types.js';

/**
 * What the sources make of one draft claim: `supported` (a cited source says the same), `contradicted` (a
 * cited source says otherwise), `unverified` (no source speaks to it), `misattributed` (no cited source says
 * it, but another source does).
 */
export const DRAFT_VERDICTS = ['supported', 'contradicted', 'unverified', 'misattributed'] as const;
export const DraftVerdictSchema = z.enum(DRAFT_VERDICTS);
export type DraftVerdict = (typeof DRAFT_VERDICTS)[number];

/** A source claim that speaks to a draft claim: it matched, and either agrees or clashes. */
export const DraftEvidenceSchema = z
  .object({
    marker: z.string().describe('the citation marker of the source, "2" for [2]'),
    cited: z.boolean().describe('whether the draft claim cites this marker'),
    claim: ClaimSchema,
    match: z.number().min(0).max(1),
    relation: z.enum(['supports', 'contradicts']),
    conflict: ConflictSchema.optional(),
  })
  .meta({ id: 'DraftEvidence' });
export interface DraftEvidence {
  /** The citation marker of the source, "2" for [2]. */
  marker: string;
  /** Whether the draft claim cites this marker. */
  cited: boolean;
  claim: Claim;
  match: number;
  relation: 'supports' | 'contradicts';
  conflict?: Conflict | undefined;
}

export const DraftCheckSchema = z
  .object({
    claim: ClaimSchema,
    verdict: DraftVerdictSchema,
    cited: z.array(z.string()).describe('the markers the draft claim cites'),
    evidence: z.array(DraftEvidenceSchema).describe('source claims that speak to it, best match first'),
    conflict: ConflictSchema.optional().describe('for a contradicted claim: the strongest clash with a cited source'),
  })
  .meta({ id: 'DraftCheck' });
export interface DraftCheck {
  claim: Claim;
  verdict: DraftVerdict;
  /** The markers the draft claim cites. */
  cited: string[];
  /** Source claims that speak to it, best match first. */
  evidence: DraftEvidence[];
  /** For a contradicted claim: the strongest clash with a cited source. */
  conflict?: Conflict | undefined;
}

// Named interfaces for readable declarations, checked to be exactly the schemas' inferred types.
type DraftMatchesSchemas = AllTrue<[Same<DraftEvidence, z.output<typeof DraftEvidenceSchema>>, Same<DraftCheck, z.output<typeof DraftCheckSchema>>]>;

/**
 * The verdict from the evidence: a cited clash outranks a cited agreement, which outranks an uncited one. A
 * claim whose attribution is ambiguous ("some reports … other accounts … [2, 3]") says only that one of its
 * cited sources holds it, so one cited agreement supports it even where another cited source clashes. A
 * claim without markers that a source supports is misattributed: its attribution is missing.
 */
export function verdictOf(evidence: readonly DraftEvidence[], ambiguous: boolean): DraftVerdict {
  const cited = evidence.filter((e) => e.cited);
  const supported = cited.some((e) => e.relation === 'supports');
  if (ambiguous && supported) return 'supported';
  if (cited.some((e) => e.relation === 'contradicts')) return 'contradicted';
  if (supported) return 'supported';
  if (evidence.some((e) => !e.cited && e.relation === 'supports')) return 'misattributed';
  return 'unverified';
}
