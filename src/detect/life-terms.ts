import type { Claim, Quantity } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { LIFE_TERM_STRENGTH } from '../lexicon/detector-strengths.js';
import { LIFE_TERM_BEFORE, LIFE_TERM_NEXT, SENTENCING_WORDS, TERM_UNITS } from '../lexicon/sentencing.js';
import { tokenize } from '../segment/tokens.js';
import { textWords } from '../relate/text-words.js';
import { perClaim } from '../relate/per-claim.js';
import type { DetectorHit } from './types.js';

/**
 * A life sentence against a term of years or months for one sentencing ("sentenced to life in prison" / "sentenced to
 * 20 years in prison"): no term of years is a life term, though the quantity reader reads no figure in "life".
 */

const SENTENCING: ReadonlySet<string> = new Set(SENTENCING_WORDS);
const NEXT: ReadonlySet<string> = new Set(LIFE_TERM_NEXT);
const BEFORE: ReadonlySet<string> = new Set(LIFE_TERM_BEFORE);
const UNITS: ReadonlySet<string> = new Set(TERM_UNITS);

/**
 * A claim's word tokens, read once per claim (each pair asks for both sides' life terms): the shared tokens of its text
 * when its span's text is that text (as extraction builds claims), else its span's own.
 */
const words = perClaim((claim: Claim) => (claim.span.text === claim.text ? textWords(claim) : tokenize(claim.span.text).filter((t) => t.kind === 'word')));

function sentencing(claim: Claim): boolean {
  const lemma = claim.proposition.predicate?.lemma.toLowerCase() ?? '';
  return SENTENCING.has(lemma) || words(claim).some((t) => SENTENCING.has(t.lower));
}

/** The span of "life" as a life term ("to life", "for life", "life in prison", "a life sentence"), or undefined. */
const lifeTerm: (claim: Claim) => Span | undefined = perClaim(readLifeTerm);

function readLifeTerm(claim: Claim): Span | undefined {
  const ws = words(claim);
  const i = ws.findIndex((t, k) => t.lower === 'life' && (NEXT.has(ws[k + 1]?.lower ?? '') || BEFORE.has(ws[k - 1]?.lower ?? '')));
  if (i < 0 || !sentencing(claim)) return undefined;
  const start = claim.span.start + ws[i]!.start;
  return { start, end: start + 4, text: claim.span.text.slice(ws[i]!.start, ws[i]!.start + 4) };
}

/** A term of years, months, weeks or days in a sentencing claim ("20 years in prison", "jailed for eight months"). */
function termOfYears(claim: Claim): Quantity | undefined {
  if (!sentencing(claim)) return undefined;
  return claim.quantities.find((q) => q.dimension === 'duration' && UNITS.has(q.unit ?? ''));
}

/** One side gives a life term and the other only a term of years: the caller has made them one sentencing. */
export function lifeTermClash(a: Claim, b: Claim): DetectorHit | null {
  const [la, lb] = [lifeTerm(a), lifeTerm(b)];
  if ((la === undefined) === (lb === undefined)) return null;
  const [life, other] = la ? [la, b] : [lb!, a];
  const term = termOfYears(other);
  if (!term) return null;
  const evidence: [Span, Span] = la ? [life, term.span] : [term.span, life];
  return { kind: 'numeric', strength: LIFE_TERM_STRENGTH, evidence, detail: `${evidence[0].text} vs ${evidence[1].text}` };
}
