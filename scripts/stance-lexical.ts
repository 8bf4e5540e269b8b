import { z } from 'zod';
import { stem } from '../src/extract/keys.js';
import { RELATED_STANCES, StanceSchema, type Stance } from '../src/eval/stance.js';
import { textProfile } from '../src/eval/stance-text.js';
import { tokenize } from '../src/segment/tokens.js';

/**
 * An EXPERIMENT, not shipped (`npx tsx scripts/calibrate.ts --stance-only --lexical` measures it): a learned
 * lexical part of the stance model for headline-length reports. The report's FRAME terms (its words that are not
 * the claim's content words, so topic words carry no stance) each get a fitted weight per related stance, added to
 * the main model's log-odds (scripts/calibrate-lexical.ts); only terms seen in reports of several claims get one.
 * Under nested cross-validation on Emergent train it did not beat the main model beyond noise, so it is not shipped.
 */

/** Where the claim's own words stood in the report (runs of them collapse into one slot). */
export const CLAIM_SLOT = '_';
const START = '<';
const END = '>';

const POSSESSIVE = /'s?$/;
/** Marks that frame a report ("Y?", "X: Y", quoted words); other punctuation is not a lexeme. */
const FRAME_MARKS = new Map([['?', '?'], [':', ':'], ['"', '"'], ['\u201c', '"'], ['\u201d', '"'], ["'", "'"], ['\u2018', "'"], ['\u2019', "'"]]);

/** Every word's Porter stem (function words too), numbers as '#', and the marks ? : " ' in order. */
export function lexemes(text: string): string[] {
  return tokenize(text).flatMap((t) => {
    if (t.kind === 'word') return [stem(t.lower.replace(POSSESSIVE, ''))];
    if (t.kind === 'number') return ['#'];
    const mark = FRAME_MARKS.get(t.lower);
    return mark === undefined ? [] : [mark];
  });
}

/** The report's lexemes with the claim's content stems (stance-text.ts) replaced by one slot per run. */
export function framedSequence(claim: string, report: string): string[] {
  const claimStems = textProfile(claim).stemSet;
  const out: string[] = [];
  for (const lexeme of lexemes(report)) {
    const slot = claimStems.has(lexeme);
    if (slot && out[out.length - 1] === CLAIM_SLOT) continue;
    out.push(slot ? CLAIM_SLOT : lexeme);
  }
  return out;
}

/**
 * Frame terms of a report against a claim, sorted and distinct: unigrams "w:x" of its non-claim lexemes, and
 * bigrams "b:x y" of the framed sequence with its ends marked ("b:< report", "b:_ ?", "b:not _").
 */
export function frameTerms(claim: string, report: string): string[] {
  const sequence = framedSequence(claim, report);
  const terms = new Set<string>();
  for (const x of sequence) if (x !== CLAIM_SLOT) terms.add(`w:${x}`);
  const marked = [START, ...sequence, END];
  for (let i = 1; i < marked.length; i++) terms.add(`b:${marked[i - 1]} ${marked[i]}`);
  return [...terms].sort();
}

export const LexicalModelSchema = z
  .object({
    note: z.string(),
    classes: z.array(StanceSchema).describe('the related stances, in the order of each weight row'),
    terms: z.array(z.string()).describe('frame terms with a weight, sorted'),
    weights: z.array(z.array(z.number())).describe('per term: one log-odds weight per class'),
    fit: z.object({ minClaims: z.number().int().positive(), lambda: z.number().positive(), reports: z.number().int(), data: z.string() }),
  })
  .superRefine((model, ctx) => {
    if (model.classes.join() !== RELATED_STANCES.join()) ctx.addIssue({ code: 'custom', path: ['classes'], message: `must be ${RELATED_STANCES.join(', ')}` });
    if (model.weights.length !== model.terms.length) ctx.addIssue({ code: 'custom', path: ['weights'], message: 'one row per term' });
    model.weights.forEach((row, i) => {
      if (row.length !== model.classes.length) ctx.addIssue({ code: 'custom', path: ['weights', i], message: `needs ${model.classes.length} numbers` });
    });
  });
export type LexicalModel = z.infer<typeof LexicalModelSchema>;

const indexes = new WeakMap<LexicalModel, Map<string, number>>();

/** The summed weight of a report's frame terms per related stance (terms without a weight add nothing). */
export function lexicalLogits(model: LexicalModel, terms: readonly string[]): Record<Stance, number> {
  let index = indexes.get(model);
  if (index === undefined) {
    index = new Map(model.terms.map((t, i) => [t, i]));
    indexes.set(model, index);
  }
  const sum = model.classes.map(() => 0);
  for (const t of terms) {
    const row = index.get(t);
    if (row !== undefined) model.weights[row]!.forEach((w, c) => (sum[c]! += w));
  }
  const logits: Record<Stance, number> = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
  model.classes.forEach((c, i) => (logits[c] = sum[i]!));
  return logits;
}

/** Probabilities with log-odds added: p(c) ∝ p(c)·exp(logit(c)). */
export function withLogits(probabilities: Record<Stance, number>, logits: Record<Stance, number>): Record<Stance, number> {
  const stances = Object.keys(probabilities) as Stance[];
  const top = Math.max(...stances.map((s) => logits[s]));
  const raw = stances.map((s) => probabilities[s] * Math.exp(logits[s] - top));
  const total = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(stances.map((s, i) => [s, raw[i]! / total])) as Record<Stance, number>;
}
