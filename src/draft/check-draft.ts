import { scorePair } from '../api/conflicts.js';
import { extractClaims } from '../api/stages.js';
import { resolveOptions } from '../api/options.js';
import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import { prepareDocument } from '../ingest/prepare.js';
import type { Claim } from '../model/claim.js';
import type { DocumentInput } from '../model/document.js';
import type { Options, OptionsInput } from '../model/options.js';
import type { ResolvedSource } from '../model/source.js';
import { DEFAULT_MIN_MATCH, opposesIn } from '../match/index.js';
import { countedPairMatch } from '../match/candidates.js';
import { countedSetsById, type CountAt } from '../match/counted-sets.js';
import { verdictOf, type DraftCheck, type DraftEvidence } from './verdict.js';

/**
 * Least same-event match (`matchClaims`, in [0, 1]) for a source claim to speak to a draft claim. It is the
 * pipeline's own pairing threshold, and the pair is matched and scored by the same functions as in `analyze`
 * (`pairMatch`, `scorePair`), so a draft claim and a source claim are compared exactly when `analyze` would compare
 * them; `options.minMatch` overrides it.
 */
export const DRAFT_MIN_MATCH = DEFAULT_MIN_MATCH;
/** The id a draft given as a bare string gets. */
export const DRAFT_ID = 'draft';
/** The id a source given as a bare string gets: this prefix, then its marker. */
export const SOURCE_ID_PREFIX = 'source-';

interface SourceClaims {
  marker: string;
  claims: Claim[];
}

/**
 * Checks a draft against the sources its `[n]` markers cite: one result per draft claim, with its verdict,
 * the markers it cites, the source claims that speak to it, and for a contradicted claim the conflict.
 */
export function checkDraft(draft: DocumentInput | string, sources: Readonly<Record<string, DocumentInput | string>>, options?: OptionsInput): DraftCheck[] {
  const resolved = resolveOptions(options);
  const sourceDocs = Object.entries(sources).map(([marker, doc]) => [marker, asDocument(doc, `${SOURCE_ID_PREFIX}${marker}`, `source ${marker}`)] as const);
  const table = sourceDocs.map(([, doc]) => prepareDocument(doc, resolved).source);
  const draftDoc = withCitations(asDocument(draft, DRAFT_ID, DRAFT_ID), sourceDocs, table);
  const draftSources = Object.values(prepareDocument(draftDoc, resolved).citations);
  const judge: PairJudge = { options: resolved, lexicon: buildLexicon(resolved), sources: new Map([...table, ...draftSources].map((s) => [s.id, s])) };
  const bySource: SourceClaims[] = sourceDocs.map(([marker, doc]) => ({ marker, claims: extractClaims(doc, options) }));
  const draftClaims = extractClaims(draftDoc, options);
  // Two counts of one set (match/counted-sets.ts) are read over the draft and its sources, as analyze reads its documents.
  const sets = countedSetsById([...draftClaims, ...bySource.flatMap((s) => s.claims)], judge.lexicon);
  return draftClaims.map((claim) => {
    const cited = claim.attribution.markers;
    const evidence = evidenceFor(claim, bySource, cited, judge, sets);
    const verdict = verdictOf(evidence, claim.attribution.ambiguous);
    const result: DraftCheck = { claim, verdict, cited, evidence };
    const conflict = strongestCitedConflict(evidence);
    if (verdict === 'contradicted' && conflict) result.conflict = conflict;
    return result;
  });
}

/** What a draft claim and a source claim are judged with: the call's options and lexicon, and every source. */
interface PairJudge {
  options: Options;
  lexicon: Lexicon;
  sources: ReadonlyMap<string, ResolvedSource>;
}

function evidenceFor(claim: Claim, bySource: readonly SourceClaims[], cited: readonly string[], judge: PairJudge, sets: ReadonlyMap<string, CountAt[]>): DraftEvidence[] {
  const out: DraftEvidence[] = [];
  const pairing = { minMatch: judge.options.minMatch ?? DRAFT_MIN_MATCH, opposes: opposesIn(judge.lexicon), lexicon: judge.lexicon };
  for (const { marker, claims } of bySource) {
    for (const other of claims) {
      const counts = sets.get(`${claim.id}\u0000${other.id}`);
      const match = countedPairMatch(claim, other, pairing, counts);
      if (match === null) continue;
      const conflict = scorePair(claim, other, match, judge.sources, judge.lexicon, judge.options, undefined, counts);
      const entry: DraftEvidence = { marker, cited: cited.includes(marker), claim: other, match, relation: conflict ? 'contradicts' : 'supports' };
      if (conflict) entry.conflict = conflict;
      out.push(entry);
    }
  }
  return out.sort((x, y) => y.match - x.match || Number(y.cited) - Number(x.cited));
}

function strongestCitedConflict(evidence: readonly DraftEvidence[]): DraftEvidence['conflict'] {
  let best: DraftEvidence['conflict'];
  for (const e of evidence) if (e.cited && e.conflict && (!best || e.conflict.score > best.score)) best = e.conflict;
  return best;
}

function asDocument(doc: DocumentInput | string, id: string, name: string): DocumentInput {
  return typeof doc === 'string' ? { id, text: doc, source: { id, name, kind: 'unknown' } } : doc;
}

/** Each marker the draft cites points at its source (unless the draft already says where it points). */
function withCitations(draft: DocumentInput, sourceDocs: readonly (readonly [string, DocumentInput])[], table: readonly ResolvedSource[]): DocumentInput {
  const citations = Object.fromEntries(sourceDocs.map(([marker], i) => [marker, table[i]!]));
  return { ...draft, citations: { ...citations, ...(draft.citations ?? {}) } };
}
