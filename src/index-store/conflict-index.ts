import { extractAll } from '../api/analyze.js';
import { candidateOptions, finalise, findConflicts, oriented, scorePair } from '../api/conflicts.js';
import { resolveOptions } from '../api/options.js';
import { prepareInput } from '../ingest/prepare.js';
import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { Conflict } from '../model/conflict.js';
import type { DocumentInput } from '../model/document.js';
import { GainsayError } from '../model/errors.js';
import type { Options, OptionsInput } from '../model/options.js';
import type { ResolvedSource } from '../model/source.js';
import { effectiveWeights, type ScoreWeights } from '../score/index.js';
import { countedPairMatch } from '../match/candidates.js';
import { countedSetPairs, type CountAt } from '../match/counted-sets.js';
import { PairStore, type KeptPair } from './pair-store.js';
import { withoutDisputesToldInside } from '../api/told-inside.js';
import { parseJsonSafely } from './parse-json.js';
import { INDEX_FORMAT, INDEX_VERSION, IndexSnapshotSchema, type IndexedDocument, type IndexSnapshot } from './snapshot.js';

/**
 * A growing set of reports for a live feed. `add` extracts only the new document and matches its claims against the
 * stored ones (fixed word weights: a stored pair's match never changes), and returns exactly the conflicts that
 * `conflicts()` gains. `conflicts()` equals `analyze({ documents })` over the same documents, in the order they were
 * added. Two things still make an add rescore more than the new pairs: a new claim can push a stored pair out of both
 * sides' capped partner lists (that pair is dropped, as analyze would drop it), and a document that changes an
 * indexed source's details (the smaller document id wins, as in analyze) rescores every stored conflict; past
 * `limits.maxPairs` matched pairs, where analyze keeps the best-matched, conflicts() is recomputed in full. It keeps
 * the claims, the source table, the compared pairs and their conflicts — memory linear in the claims. Syndicated
 * copies (a source's `syndicatedFrom`) share an origin, and the scorer counts them as one source.
 */
export class ConflictIndex {
  private readonly options: Options;
  private readonly lexicon: Lexicon;
  private readonly weights: ScoreWeights;
  private documents: IndexedDocument[] = [];
  private store: PairStore;
  /** The conflict of each compared pair that has one, by pair. */
  private found = new Map<string, Conflict>();
  /** conflicts() as it stands, so `add` can tell what it gained; null after a change until asked for. */
  private current: Conflict[] | null = null;
  private sources = new Map<string, ResolvedSource>();
  /** Which document each source entry came from: where two disagree, the smaller document id wins. */
  private sourceOwners = new Map<string, string>();
  /** How many stored claims cite each source id: a change to a cited entry rescores. */
  private cited = new Map<string, number>();
  /**
   * Pairs of two documents that count one set (match/counted-sets.ts), by pair: as in analyze, the two counts go to
   * the detectors and a compared pair below the match floor is still scored. Each document's counts are its own, so a
   * pair found when its later document arrives never changes.
   */
  private countedSets = new Map<string, CountAt[]>();

  constructor(options?: OptionsInput | Options) {
    this.options = resolveOptions(options);
    this.lexicon = buildLexicon(this.options);
    this.weights = effectiveWeights(this.options.weights, this.options.bands);
    this.store = this.newStore();
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
    return [...this.store.claims];
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
    const before = new Set(this.standing().map((c) => c.id));
    this.append(entry);
    return this.standing().filter((c) => !before.has(c.id)).map((c) => structuredClone(c));
  }

  /** Drops a document and its claims; false when no document has that id. */
  remove(id: string): boolean {
    const kept = this.documents.filter((d) => d.id !== id);
    if (kept.length === this.documents.length) return false;
    this.rebuild(kept);
    return true;
  }

  /** Every conflict among the indexed claims, scored as `analyze` would score the same documents. */
  conflicts(): Conflict[] {
    // Copies, so a caller that edits a conflict cannot change what the next add() compares against.
    return this.standing().map((c) => structuredClone(c));
  }

  /** The current conflicts, not copied: for the index's own comparisons. */
  private standing(): readonly Conflict[] {
    this.current ??= this.store.matched > this.options.limits.maxPairs ? findConflicts(this.store.claims, this.sources, this.lexicon, this.options).conflicts : finalise(this.withoutToldInside());
    return this.current;
  }

  /** The found conflicts less disputes one document tells in full, as `analyze` drops them (api/told-inside.ts). */
  private withoutToldInside(): Conflict[] {
    return withoutDisputesToldInside([...this.found.values()], this.store.claims, (i, j) => this.store.matchedPair(i, j));
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
    const changed = this.mergeSources(entry);
    for (const claim of entry.claims) for (const id of claim.attribution.sourceIds) this.cited.set(id, (this.cited.get(id) ?? 0) + 1);
    const { added, removed } = this.store.add(entry.claims);
    const first = this.store.claims.length - entry.claims.length;
    for (const pair of countedSetPairs(this.store.claims, this.lexicon, (i) => i >= first)) this.countedSets.set(keyOf(pair), pair.counts);
    for (const pair of removed) this.found.delete(keyOf(pair));
    if (changed) this.rescoreAll();
    else for (const pair of added) this.score(pair);
    this.current = null;
  }

  /** Adds the document's sources under analyze's rule; true when an entry a stored claim cites changed. */
  private mergeSources(entry: IndexedDocument): boolean {
    let changed = false;
    for (const source of [entry.source, ...Object.values(entry.citations)]) {
      const owner = this.sourceOwners.get(source.id);
      if (owner !== undefined && owner <= entry.id) continue;
      const before = this.sources.get(source.id);
      this.sources.set(source.id, source);
      this.sourceOwners.set(source.id, entry.id);
      if (this.cited.has(source.id) && JSON.stringify(before) !== JSON.stringify(source)) changed = true;
    }
    return changed;
  }

  private score(pair: KeptPair): void {
    const counts = this.countedSets.get(keyOf(pair));
    const [x, y] = [this.store.claims[pair.a]!, this.store.claims[pair.b]!];
    const match = pair.match ?? (counts ? countedPairMatch(x, y, this.store.options, counts) : null);
    if (match === null) return;
    const [a, b] = oriented(x, y);
    const conflict = scorePair(a, b, match, this.sources, this.lexicon, this.options, this.weights, counts);
    if (conflict) this.found.set(keyOf(pair), conflict);
  }

  private rescoreAll(): void {
    this.found = new Map();
    for (const pair of this.store.pairs()) this.score(pair);
  }

  private newStore(): PairStore {
    return new PairStore(candidateOptions(this.lexicon, this.options));
  }

  private rebuild(documents: IndexedDocument[]): void {
    this.documents = [];
    this.store = this.newStore();
    this.found = new Map();
    this.countedSets = new Map();
    this.sources = new Map();
    this.sourceOwners = new Map();
    this.cited = new Map();
    for (const entry of documents) this.append(entry);
  }
}

const keyOf = (pair: { a: number; b: number }): string => `${pair.a},${pair.b}`;
