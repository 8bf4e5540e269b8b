import { z } from 'zod';
import { RELATED_STANCES, StanceSchema, type Stance } from './stance.js';
import type { TextProfile } from './stance-text.js';
import shipped from './stance-lexical.json';

/**
 * The learned lexical part of the stance model for headline-length reports: the report's FRAME terms (its words
 * that are not the claim's content words, so topic words carry no stance) each with a fitted weight per related
 * stance, added to the main model's log-odds. Fitted by `npm run calibrate` (scripts/calibrate-lexical.ts) into
 * stance-lexical.json, residual to stance-model.json; only terms seen in reports of several claims get a weight.
 */

/** Where the claim's own words stood in the report (runs of them collapse into one slot). */
export const CLAIM_SLOT = '_';
const START = '<';
const END = '>';

/** The report's lexemes (stance-text.ts) with the claim's content stems replaced by one slot per run. */
export function framedSequence(claim: TextProfile, report: TextProfile): string[] {
  const out: string[] = [];
  for (const lexeme of report.lexemes) {
    const slot = claim.stemSet.has(lexeme);
    if (slot && out[out.length - 1] === CLAIM_SLOT) continue;
    out.push(slot ? CLAIM_SLOT : lexeme);
  }
  return out;
}

/**
 * Frame terms of a report against a claim, sorted and distinct: unigrams "w:x" of its non-claim lexemes, and
 * bigrams "b:x y" of the framed sequence with its ends marked ("b:< report", "b:_ ?", "b:not _").
 */
export function frameTerms(claim: TextProfile, report: TextProfile): string[] {
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

let shippedModel: LexicalModel | undefined;

/** The fitted lexical part that ships, checked on first use (as shippedStanceModel). */
export function shippedLexicalModel(): LexicalModel {
  shippedModel ??= LexicalModelSchema.parse(shipped);
  return shippedModel;
}

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
