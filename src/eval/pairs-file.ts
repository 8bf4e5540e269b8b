import { z } from 'zod';
import { ConflictKindSchema } from '../model/conflict.js';
import { GainsayError } from '../model/errors.js';

/** The three-way labels of RTE-3 (PASCAL, 2007); only `contradiction` is a conflict. */
export const PAIR_LABELS = ['entailment', 'contradiction', 'unknown'] as const;
export const PairLabelSchema = z.enum(PAIR_LABELS);
export type PairLabel = z.infer<typeof PairLabelSchema>;

const Text = z.string().refine((s) => s.trim() !== '', 'must not be empty');

/**
 * One labelled sentence pair, the rte3-dev format: other fields (task, source, note…) are allowed and
 * ignored. A `kind` names the expected conflict kind and is allowed on contradictions only.
 */
export const LabelledPairSchema = z
  .object({
    id: z.string().min(1).optional(),
    premise: Text,
    hypothesis: Text,
    label: PairLabelSchema,
    kind: ConflictKindSchema.optional(),
  })
  .refine((pair) => pair.kind === undefined || pair.label === 'contradiction', { path: ['kind'], message: 'a kind is allowed only on a contradiction' });
export type LabelledPairInput = z.input<typeof LabelledPairSchema>;

/** A validated pair; `id` is filled in (`line-N`, or `pair-N` outside a file) when the input has none. */
export type LabelledPair = Omit<z.infer<typeof LabelledPairSchema>, 'id'> & { id: string };

function issueMessage(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

/** Throws when two pairs share an id: misses and false alarms are reported by id. */
function requireUniqueIds(pairs: LabelledPair[], where: (i: number) => (string | number)[]): void {
  const seen = new Set<string>();
  pairs.forEach((pair, i) => {
    if (seen.has(pair.id)) throw new GainsayError('invalid-input', [{ path: where(i), message: `duplicate id "${pair.id}"` }]);
    seen.add(pair.id);
  });
}

/** Validates pairs given as objects; errors name the index of the bad pair. */
export function loadPairs(pairs: readonly unknown[]): LabelledPair[] {
  if (pairs.length === 0) throw new GainsayError('invalid-input', [{ path: ['pairs'], message: 'no pairs' }]);
  const out = pairs.map((raw, i) => {
    const parsed = LabelledPairSchema.safeParse(raw);
    if (!parsed.success) throw GainsayError.fromZod('invalid-input', parsed.error, ['pairs', i]);
    return { ...parsed.data, id: parsed.data.id ?? `pair-${i + 1}` };
  });
  requireUniqueIds(out, (i) => ['pairs', i, 'id']);
  return out;
}

/**
 * Parses JSON Lines of labelled pairs. Blank lines are skipped; any other bad line is a GainsayError
 * whose one message names the file (`where`) and the 1-based line number.
 */
export function parsePairsJsonl(text: string, where = 'pairs.jsonl'): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const lineOf: number[] = [];
  const fail = (line: number, message: string) => new GainsayError('invalid-input', [{ path: [where], message: `line ${line}: ${message}` }]);
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw fail(i + 1, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = LabelledPairSchema.safeParse(json);
    if (!parsed.success) throw fail(i + 1, issueMessage(parsed.error));
    pairs.push({ ...parsed.data, id: parsed.data.id ?? `line-${i + 1}` });
    lineOf.push(i + 1);
  });
  if (pairs.length === 0) throw new GainsayError('invalid-input', [{ path: [where], message: 'no pairs' }]);
  const seen = new Map<string, number>();
  pairs.forEach((pair, i) => {
    const first = seen.get(pair.id);
    if (first !== undefined) throw fail(lineOf[i]!, `duplicate id "${pair.id}" (first on line ${first})`);
    seen.set(pair.id, lineOf[i]!);
  });
  return pairs;
}
