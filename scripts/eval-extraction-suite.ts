// The gold extraction suite (test/fixtures/extraction/*.jsonl): its line schema and loader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CLAIM_STATES } from '../src/model/claim.js';
import { SKIP_REASONS } from '../src/model/report.js';

export const SUITE_DIR = new URL('../test/fixtures/extraction/', import.meta.url).pathname;

/** Skip reasons the gold may use: the model's, plus "boilerplate", which issue 12 asks the model to gain. */
export const GOLD_SKIP_REASONS = [...SKIP_REASONS, 'boilerplate'] as const;

const GoldQuantitySchema = z
  .object({ value: z.number(), unit: z.string().min(1).nullable(), counted: z.string().min(1).nullable() })
  .strict();

export const GoldClaimSchema = z
  .object({
    holder: z.string().min(1).nullable(),
    anonymous: z.boolean(),
    actor: z.string().min(1).nullable(),
    predicate: z.string().min(1),
    theme: z.string().min(1).nullable(),
    state: z.enum(CLAIM_STATES),
    quantities: z.array(GoldQuantitySchema),
    dates: z.array(z.string().min(1)),
    places: z.array(z.string().min(1)),
  })
  .strict();
export type GoldClaim = z.infer<typeof GoldClaimSchema>;
export type GoldQuantity = z.infer<typeof GoldQuantitySchema>;

const BaseSchema = z.object({
  id: z.string().min(1),
  source: z.string().regex(/^(written|fnc1-dev body \d+)$/, 'expected "written" or "fnc1-dev body <Body ID>"'),
  class: z.string().min(1),
  context: z.string().min(1).optional(),
  text: z.string().min(1),
});

const SkipLineSchema = BaseSchema.extend({ skip: z.enum(GOLD_SKIP_REASONS) }).strict();
const ClaimsLineSchema = BaseSchema.extend({ claims: z.array(GoldClaimSchema).min(2) }).strict();
const ClaimLineSchema = BaseSchema.extend(GoldClaimSchema.shape).strict();

/** The line's kind is chosen by its keys, so an error names the field that is wrong, not "no union member". */
function schemaFor(raw: unknown) {
  const has = (key: string) => typeof raw === 'object' && raw !== null && Object.hasOwn(raw, key);
  return has('skip') ? SkipLineSchema : has('claims') ? ClaimsLineSchema : ClaimLineSchema;
}

export interface GoldItem {
  id: string;
  file: string;
  source: string;
  /** The Body ID for a sentence copied from fnc1-dev, else undefined (written for the suite). */
  bodyId?: string;
  class: string;
  context?: string;
  text: string;
  /** The claims the sentence should yield; empty when it should be skipped. */
  claims: GoldClaim[];
  skip?: (typeof GOLD_SKIP_REASONS)[number];
}

/** One suite line, validated; the error names the file and line. */
export function parseSuiteLine(line: string, where: string): GoldItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    throw new Error(`${where}: not JSON (${(e as Error).message})`);
  }
  const parsed = (schemaFor(raw) as typeof ClaimLineSchema | typeof SkipLineSchema | typeof ClaimsLineSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
  const row = parsed.data;
  const item: GoldItem = { id: row.id, file: where.split(':')[0]!, source: row.source, class: row.class, text: row.text, claims: [] };
  const body = /^fnc1-dev body (\d+)$/.exec(row.source);
  if (body) item.bodyId = body[1]!;
  if (row.context !== undefined) item.context = row.context;
  if ('skip' in row) item.skip = row.skip;
  else if ('claims' in row) item.claims = row.claims;
  else {
    const { id: _id, source: _source, class: _class, context: _context, text: _text, ...claim } = row;
    item.claims = [claim];
  }
  return item;
}

/** Every item of every .jsonl file in the directory, in file then line order. */
export function loadSuite(dir: string = SUITE_DIR): GoldItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  if (files.length === 0) throw new Error(`${dir}: no .jsonl suite files`);
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, where }) => parseSuiteLine(line, where)),
  );
}
