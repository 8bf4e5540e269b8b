import { extractAll } from '../api/analyze.js';
import { findConflicts } from '../api/conflicts.js';
import { resolveOptions } from '../api/options.js';
import { prepareInput } from '../ingest/prepare.js';
import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { DocumentInput } from '../model/document.js';
import { GainsayError } from '../model/errors.js';
import type { Options, OptionsInput } from '../model/options.js';
import type { ResolvedSource } from '../model/source.js';
import { parseJsonSafely } from './parse-json.js';
import { INDEX_FORMAT, INDEX_VERSION, IndexSnapshotSchema, type IndexedDocument, type IndexSnapshot } from './snapshot.js';

/**
 * A growing set of reports for a live feed. `add` extracts only the new document, rescores the stored claims
 * (no re-extraction) and returns exactly the conflicts that `conflicts()` gains — a new report changes the
 * word weights every match uses, so it can also join two claims indexed before it. `conflicts()` equals
 * `analyze({ documents })` over the same documents. It keeps the claims, the source table and the current
 * conflicts — memory linear in the claims and conflicts. The price of exactness: each add rescores every
 * stored claim, so its time grows with the size of the index. Syndicated copies (a source's `syndicatedFrom`)
 * share an origin, and the scorer counts them as one source.
 */
export class ConflictIndex {
  private readonly options: Options;
  private readonly lexicon: Lexicon;
  private documents: IndexedDocument[] = [];
  private claims: Claim[] = [];
  /** conflicts() as it stands, so `add` can tell what it gained; null until first asked for or after a remove. */
  private current: Conflict[] | null = null;
  private sources = new Map<string, ResolvedSource>();

  constructor(options?: OptionsInput | Options) {
    this.options = resolveOptions(options);
    this.lexicon = buildLexicon(this.options);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.documents.length;
  }

  /** Ids of the indexed documents, in the order they were added. */
  ids(): string[] {
    return this.documents.map((d) => d.id);
  }

  /** Every indexed claim, in document order. */
  allClaims(): Claim[] {
    return [...this.claims];
  }

  has(id: string): boolean {
    return this.documents.some((d) => d.id === id);
  }

  /** Indexes one document and returns the conflicts `conflicts()` gains by it, scored as `conflicts()` now scores them. */
  add(document: DocumentInput): Conflict[] {
    const max = this.options.limits.maxDocuments;
    if (this.documents.length >= max) throw new GainsayError('limit-exceeded', [{ path: [], message: `the index holds ${max} documents, the limit (options.limits.maxDocuments)` }]);
    // The index keeps claims without their text, so it has no map back from stripped markup: plain text only.
    const [doc] = prepareInput({ documents: [document] }, this.options, 'reject');
    if (this.has(doc!.id)) throw new GainsayError('invalid-input', [{ path: ['id'], message: `document "${doc!.id}" is already indexed` }]);
    const { claims } = extractAll([doc!], this.options);
    const entry: IndexedDocument = { id: doc!.id, source: doc!.source, citations: doc!.citations, claims };
    if (doc!.publishedAt !== undefined) entry.publishedAt = doc!.publishedAt;
    const before = new Set(this.conflicts().map((c) => c.id));
    this.append(entry);
    return this.conflicts().filter((c) => !before.has(c.id));
  }

  /** Drops a document and its claims; false when no document has that id. */
  remove(id: string): boolean {
    const kept = this.documents.filter((d) => d.id !== id);
    if (kept.length === this.documents.length) return false;
    this.rebuild(kept);
    return true;
  }

  /** Every conflict among the indexed claims, rescored as `analyze` would score the same documents. */
  conflicts(): Conflict[] {
    this.current ??= findConflicts(this.claims, this.sources, this.lexicon, this.options).conflicts;
    // Copies, so a caller that edits a conflict cannot change what the next add() compares against.
    return this.current.map((c) => structuredClone(c));
  }

  /** A JSON-representable snapshot: options, sources and claims of every document. */
  toJSON(): IndexSnapshot {
    return { format: INDEX_FORMAT, version: INDEX_VERSION, options: this.options, documents: this.documents.map((d) => ({ ...d, claims: [...d.claims] })) };
  }

  /** Restores a snapshot (the object `toJSON` made, or its JSON text), validated; GainsayError with the path of the bad field. */
  static fromJSON(json: unknown): ConflictIndex {
    const maxBytes = resolveOptions().limits.maxJsonBytes;
    const value = typeof json === 'string' ? parseJsonSafely(json, maxBytes, ['index']) : json;
    const parsed = IndexSnapshotSchema.safeParse(value);
    if (!parsed.success) throw GainsayError.fromZod('invalid-input', parsed.error, ['index']);
    const index = new ConflictIndex(parsed.data.options);
    index.rebuild(parsed.data.documents);
    return index;
  }

  private append(entry: IndexedDocument): void {
    this.documents.push(entry);
    this.sources.set(entry.source.id, entry.source);
    for (const cited of Object.values(entry.citations)) this.sources.set(cited.id, cited);
    this.claims.push(...entry.claims);
    this.current = null;
  }

  private rebuild(documents: IndexedDocument[]): void {
    this.documents = [];
    this.claims = [];
    this.sources = new Map();
    for (const entry of documents) this.append(entry);
  }
}
