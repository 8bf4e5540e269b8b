// Scores an invented sentence by the gold extraction suite's own comparison rules (test/fixtures/extraction/README.md),
// so a failing test names the fields that are wrong.
import { alignClaims, compareClaim, FIELDS } from '../../scripts/eval-extraction-compare.js';
import { extractWithSkips, SUITE_REFERENCE_DATE } from '../../scripts/eval-extraction-run.js';
import type { GoldClaim, GoldQuantity } from '../../scripts/eval-extraction-suite.js';

export type Want = Partial<GoldClaim> & Pick<GoldClaim, 'predicate'>;
const gold = (w: Want): GoldClaim => ({ holder: null, anonymous: false, actor: null, theme: null, state: 'affirmed', quantities: [], dates: [], places: [], ...w });
export const count = (value: number, unit: string | null, counted: string | null): GoldQuantity => ({ value, unit, counted });

/** Fields that differ from the gold, per gold claim ("#2 theme"); empty when every claim is entirely right. */
export function wrongFields(text: string, want: Want[], context?: string): string[] {
  const offset = context === undefined ? 0 : context.length + 1;
  const all = extractWithSkips('wire', context === undefined ? text : `${context} ${text}`, SUITE_REFERENCE_DATE);
  const claims = want.map(gold);
  const aligned = alignClaims(claims, all.claims.filter((c) => c.span.start >= offset));
  return claims.flatMap((claim, i) => {
    const got = compareClaim(claim, aligned[i]);
    return FIELDS.filter((f) => !got[f]).map((f) => (want.length > 1 ? `#${i + 1} ${f}` : f));
  });
}
