import { z } from 'zod';
import { ConflictKindSchema } from '../model/conflict.js';
import { GainsayError } from '../model/errors.js';
import { IsoDateSchema } from '../model/span.js';

/** Schema of a conflict case file, as ../shared/data/cases/FORMAT.md describes it. */

export const CASE_FILE_VERSION = 1;
export const MAX_DOCUMENTS_PER_CASE = 4;
/** Case files name only concrete outlets; "unknown" is the library's default, not a case-file kind. */
export const CASE_SOURCE_KINDS = ['wire', 'newspaper', 'broadcast', 'official', 'social', 'blog'] as const;

export const CaseSourceSchema = z.object({
  name: z.string().min(1),
  kind: z.enum(CASE_SOURCE_KINDS),
  id: z.string().min(1).optional(),
  url: z.string().optional(),
  reliability: z.number().min(0).max(1).optional(),
  syndicatedFrom: z.string().min(1).optional(),
});

export const CaseDocumentSchema = z.object({
  id: z.string().min(1),
  source: CaseSourceSchema,
  publishedAt: IsoDateSchema.optional(),
  text: z.string().min(1),
});

export const CaseSideSchema = z.object({
  document: z.string().min(1),
  quote: z.string().min(1).describe('an exact substring of that document: the key phrase of the claim'),
});

export const ExpectedConflictSchema = z.object({
  kind: ConflictKindSchema,
  a: CaseSideSchema,
  b: CaseSideSchema,
  note: z.string().optional(),
});

export const CaseSchema = z
  .object({
    id: z.string().min(1),
    documents: z.array(CaseDocumentSchema).min(1).max(MAX_DOCUMENTS_PER_CASE),
    expected: z.array(ExpectedConflictSchema).describe('[] marks a negative case'),
    note: z.string().optional(),
  })
  .superRefine((kase, ctx) => {
    const texts = new Map<string, string>();
    kase.documents.forEach((doc, i) => {
      if (texts.has(doc.id)) ctx.addIssue({ code: 'custom', path: ['documents', i, 'id'], message: `duplicate document id "${doc.id}"` });
      else texts.set(doc.id, doc.text);
    });
    kase.expected.forEach((conflict, i) => {
      for (const side of ['a', 'b'] as const) {
        const { document, quote } = conflict[side];
        const text = texts.get(document);
        if (text === undefined) {
          ctx.addIssue({ code: 'custom', path: ['expected', i, side, 'document'], message: `"${document}" is not a document of this case` });
        } else if (!text.includes(quote)) {
          ctx.addIssue({ code: 'custom', path: ['expected', i, side, 'quote'], message: `not an exact substring of document "${document}"` });
        }
      }
    });
  });

export const CaseFileSchema = z
  .object({ version: z.literal(CASE_FILE_VERSION), cases: z.array(CaseSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.cases.forEach((kase, i) => {
      if (seen.has(kase.id)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `duplicate case id "${kase.id}"` });
      seen.add(kase.id);
    });
  });

export type CaseSource = z.infer<typeof CaseSourceSchema>;
export type CaseDocument = z.infer<typeof CaseDocumentSchema>;
export type CaseSide = z.infer<typeof CaseSideSchema>;
export type ExpectedConflict = z.infer<typeof ExpectedConflictSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type CaseFile = z.infer<typeof CaseFileSchema>;

/**
 * Validates a parsed case file. Throws GainsayError('invalid-input') whose issues carry the path to
 * each bad field, prefixed with `where` (e.g. the file name) when given.
 */
export function loadCaseFile(json: unknown, where?: string): CaseFile {
  const parsed = CaseFileSchema.safeParse(json);
  if (!parsed.success) throw GainsayError.fromZod('invalid-input', parsed.error, where === undefined ? [] : [where]);
  return parsed.data;
}
