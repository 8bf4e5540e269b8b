import { z } from 'zod';
import { DocumentSchema, type Document } from '../model/document.js';
import { GainsayError } from '../model/errors.js';
import { AnalyzeInputSchema, ClaimInputSchema, type AnalyzeInput } from '../model/input.js';
import type { Options } from '../model/options.js';
import type { ResolvedSource } from '../model/source.js';
import { findCitations } from '../segment/citations.js';
import { foldText } from './fold.js';
import { stripMarkup } from './markup.js';
import { resolveSource } from './sources.js';
import type { PreparedDocument } from './types.js';

/** The id a bare string input gets. */
export const ARTICLE_ID = 'article';

/** Validates any accepted input and turns it into prepared documents; throws GainsayError naming the bad path. */
export function prepareInput(input: AnalyzeInput, options: Options, markup: MarkupHandling = 'strip'): PreparedDocument[] {
  const parsed = AnalyzeInputSchema.safeParse(input);
  if (!parsed.success) throw GainsayError.fromZod('invalid-input', explainUnion(input, parsed.error));
  const value = parsed.data;
  if (typeof value !== 'string') checkJsonSize(value, options);
  if (typeof value === 'string') {
    checkLength(value, [], options);
    return [prepareDocument({ id: ARTICLE_ID, text: value, source: { name: 'article', kind: 'unknown' } }, options)];
  }
  if ('documents' in value) {
    checkCount(value.documents.length, ['documents'], options);
    checkUniqueIds(value.documents.map((d) => d.id), 'documents');
    return value.documents.map((doc, i) => {
      checkLength(doc.text, ['documents', i, 'text'], options);
      return prepareDocument(doc, options, markup);
    });
  }
  checkCount(value.claims.length, ['claims'], options);
  checkUniqueIds(value.claims.map((c) => c.id), 'claims');
  return value.claims.map((claim, i) => {
    checkLength(claim.text, ['claims', i, 'text'], options);
    const doc = prepareDocument({ id: claim.id, text: claim.text, source: claim.source, publishedAt: claim.publishedAt }, options);
    return { ...doc, wholeClaim: claim.attribution === undefined ? {} : { attribution: claim.attribution } };
  });
}

/**
 * What a caller does with the spans of a Markdown or HTML document: 'strip' when it maps them back to the
 * original (`analyze`, through the report), 'reject' where nothing would, so no span silently points into
 * the stripped text.
 */
export type MarkupHandling = 'strip' | 'reject';

/** Validates and prepares one document (the entry for `extractClaims`). */
export function prepareDocument(input: z.input<typeof DocumentSchema> | Document, options: Options, markup: MarkupHandling = 'reject'): PreparedDocument {
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) throw GainsayError.fromZod('invalid-input', parsed.error);
  const doc = parsed.data;
  const format = doc.format ?? 'text';
  if (format !== 'text' && markup === 'reject') {
    throw new GainsayError('invalid-input', [{ path: ['format'], message: `"${format}" documents are read by analyze and analyzeMany; strip the markup before this call` }]);
  }
  const stripped = format === 'text' ? undefined : stripMarkup(doc.text, format);
  const text = stripped?.text ?? doc.text;
  const source = resolveSource(doc.source, doc.id, doc.id, options);
  const publishedAt = doc.publishedAt ?? source.publishedAt;
  const prepared: PreparedDocument = {
    id: doc.id,
    source,
    text,
    view: foldText(text),
    citations: resolveCitations({ ...doc, text }, options),
  };
  if (stripped) prepared.markup = stripped;
  if (publishedAt !== undefined) prepared.publishedAt = publishedAt;
  return prepared;
}

/** Given citations are resolved; markers in the text without an entry get a placeholder source "documentId#n". */
function resolveCitations(doc: Document, options: Options): Record<string, ResolvedSource> {
  const out: Record<string, ResolvedSource> = {};
  for (const [marker, source] of Object.entries(doc.citations ?? {})) {
    out[marker] = resolveSource(source, `${doc.id}#${marker}`, `source ${marker}`, options);
  }
  for (const marker of markersIn(foldText(doc.text))) {
    out[marker] ??= resolveSource(undefined, `${doc.id}#${marker}`, `source ${marker}`, options);
  }
  return out;
}

function markersIn(view: string): Set<string> {
  const found = new Set<string>();
  for (const c of findCitations(view)) for (const n of c.markers) found.add(n);
  return found;
}


function checkLength(text: string, path: (string | number)[], options: Options): void {
  const max = options.limits.maxCharactersPerDocument;
  if (text.length > max) {
    throw new GainsayError('limit-exceeded', [{ path, message: `text has ${text.length} characters; the limit is ${max} (options.limits.maxCharactersPerDocument)` }]);
  }
}

/** UTF-8 byte length without Node's Buffer, so the library entry also runs in browsers. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The per-call JSON input limit, measured as the UTF-8 bytes of the input serialised. */
function checkJsonSize(value: unknown, options: Options): void {
  const bytes = utf8Length(JSON.stringify(value));
  const max = options.limits.maxJsonBytes;
  if (bytes > max) {
    throw new GainsayError('limit-exceeded', [{ path: [], message: `input is ${bytes} bytes of JSON; the limit is ${max} (options.limits.maxJsonBytes)` }]);
  }
}

function checkCount(count: number, path: (string | number)[], options: Options): void {
  const max = options.limits.maxDocuments;
  if (count > max) {
    throw new GainsayError('limit-exceeded', [{ path, message: `${count} items; the limit is ${max} (options.limits.maxDocuments)` }]);
  }
}

function checkUniqueIds(ids: string[], field: string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) throw new GainsayError('invalid-input', [{ path: [field, i, 'id'], message: `duplicate id "${id}" (also at ${field}[${first}])` }]);
    seen.set(id, i);
  });
}

/** A failed union says little; re-validate against the branch the input was meant for to name the real path. */
function explainUnion(input: unknown, error: z.ZodError): z.ZodError {
  if (input && typeof input === 'object') {
    if ('documents' in input) {
      const r = z.object({ documents: z.array(DocumentSchema) }).strict().safeParse(input);
      if (!r.success) return r.error;
    }
    if ('claims' in input) {
      const r = z.object({ claims: z.array(ClaimInputSchema) }).strict().safeParse(input);
      if (!r.success) return r.error;
    }
  }
  return error;
}
