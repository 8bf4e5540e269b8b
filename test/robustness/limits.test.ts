import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { resolveOptions } from '../../src/api/options.js';
import { GainsayError } from '../../src/model/errors.js';

/** The error `run` throws, for exact assertions on its code and issues. */
function thrown(run: () => unknown): GainsayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GainsayError) return error;
    throw error;
  }
  throw new Error('expected a GainsayError, but nothing was thrown');
}

const docs = (n: number, text: (i: number) => string) => ({
  documents: Array.from({ length: n }, (_, i) => ({ id: `d${String(i).padStart(2, '0')}`, text: text(i) })),
});
const ATTEND = 'Officials said Putin will attend the talks in Istanbul.';
const NOT_ATTEND = 'Officials said Putin will not attend the talks in Istanbul.';
const REFUSED = 'Officials said Putin refused to attend the talks in Istanbul.';

describe('limits: safe defaults', () => {
  it('has the documented defaults', () => {
    expect(resolveOptions().limits).toEqual({
      maxDocuments: 1000,
      maxCharactersPerDocument: 1_000_000,
      maxJsonBytes: 64 * 1024 * 1024,
      maxSentenceLength: 2000,
      maxClaimsPerDocument: 5000,
      maxPairs: 200_000,
    });
  });
});

describe('limits per call: exceeding one throws GainsayError limit-exceeded with the path', () => {
  it('maxDocuments, for documents and for claims, and not at the limit', () => {
    const error = thrown(() => analyze(docs(3, () => 'x'), { limits: { maxDocuments: 2 } }));
    expect(error.code).toBe('limit-exceeded');
    expect(error.issues).toEqual([{ path: ['documents'], message: '3 items; the limit is 2 (options.limits.maxDocuments)' }]);
    const claims = { claims: [1, 2, 3].map((n) => ({ id: `c${n}`, text: 'Putin will attend.', source: 'wire' })) };
    expect(thrown(() => analyze(claims, { limits: { maxDocuments: 2 } })).issues[0]!.path).toEqual(['claims']);
    expect(analyze(docs(2, () => 'x'), { limits: { maxDocuments: 2 } }).documents).toHaveLength(2);
  });

  it('maxCharactersPerDocument, for a string, a document and a claim, and not at the limit', () => {
    const error = thrown(() => analyze('a'.repeat(11), { limits: { maxCharactersPerDocument: 10 } }));
    expect(error.code).toBe('limit-exceeded');
    expect(error.issues).toEqual([{ path: [], message: 'text has 11 characters; the limit is 10 (options.limits.maxCharactersPerDocument)' }]);
    const second = thrown(() => analyze(docs(2, (i) => 'a'.repeat(9 + i * 2)), { limits: { maxCharactersPerDocument: 10 } }));
    expect(second.issues[0]!.path).toEqual(['documents', 1, 'text']);
    const claim = thrown(() => analyze({ claims: [{ id: 'c', text: 'a'.repeat(11), source: 'wire' }] }, { limits: { maxCharactersPerDocument: 10 } }));
    expect(claim.issues[0]!.path).toEqual(['claims', 0, 'text']);
    expect(analyze('a'.repeat(10), { limits: { maxCharactersPerDocument: 10 } }).documents[0]!.characters).toBe(10);
  });

  it('maxJsonBytes: an input whose JSON is larger than the limit throws, naming the input', () => {
    const input = docs(2, () => 'Putin will attend the talks.');
    const bytes = Buffer.byteLength(JSON.stringify(input));
    const error = thrown(() => analyze(input, { limits: { maxJsonBytes: bytes - 1 } }));
    expect(error.code).toBe('limit-exceeded');
    expect(error.issues.map((i) => i.path)).toEqual([[]]);
    expect(analyze(input, { limits: { maxJsonBytes: bytes } }).documents).toHaveLength(2);
  });

  it('invalid limits are invalid options, not silently ignored', () => {
    const error = thrown(() => analyze('x', { limits: { maxDocuments: 0 } }));
    expect(error.code).toBe('invalid-options');
    expect(error.issues[0]!.path).toEqual(['options', 'limits', 'maxDocuments']);
  });
});

describe('limits per sentence and per document: never throw, recorded in skipped or truncated', () => {
  const sentence = 'The minister will attend the talks in Istanbul.';

  it('maxSentenceLength: a longer sentence is skipped as too-long with its span; one at the limit is analysed', () => {
    const over = analyze(sentence, { limits: { maxSentenceLength: 46 } });
    expect(over.claims).toEqual([]);
    expect(over.skipped).toEqual([{ documentId: 'article', span: { start: 0, end: 47, text: sentence }, reason: 'too-long' }]);
    const at = analyze(sentence, { limits: { maxSentenceLength: 47 } });
    expect(at.claims.map((c) => c.span)).toEqual([{ start: 0, end: 46, text: sentence.slice(0, 46) }]);
    expect(at.skipped).toEqual([]);
  });

  it('maxClaimsPerDocument: the excess clause is skipped as claim-limit and counted in truncated, per document', () => {
    const text = 'Putin will attend. Officials said Putin will not attend the talks. The minister refused to go.';
    const one = analyze(text, { limits: { maxClaimsPerDocument: 2 } });
    expect(one.claims.map((c) => c.span)).toEqual([
      { start: 0, end: 17, text: 'Putin will attend' },
      { start: 19, end: 65, text: 'Officials said Putin will not attend the talks' },
    ]);
    expect(one.skipped).toEqual([{ documentId: 'article', span: { start: 67, end: 93, text: 'The minister refused to go' }, reason: 'claim-limit' }]);
    expect(one.truncated).toEqual([{ what: 'claims of document article', limit: 2, dropped: 1 }]);
    const two = analyze({ documents: [{ id: 'a', text }, { id: 'b', text }] }, { limits: { maxClaimsPerDocument: 2 } });
    expect(two.claims.map((c) => c.id)).toEqual(['a:1', 'a:2', 'b:1', 'b:2']);
    expect(two.truncated).toEqual([
      { what: 'claims of document a', limit: 2, dropped: 1 },
      { what: 'claims of document b', limit: 2, dropped: 1 },
    ]);
    expect(analyze(text).truncated).toEqual([]);
  });

  it('maxPairs: pairs beyond the limit are dropped, counted in truncated, and the best-matched pair is kept', () => {
    const three = docs(3, (i) => [ATTEND, NOT_ATTEND, REFUSED][i]!);
    expect(analyze(three).conflicts.map((c) => c.documents)).toEqual([['d00', 'd01'], ['d00', 'd02']]);
    const capped = analyze(three, { limits: { maxPairs: 1 } });
    expect(capped.truncated).toEqual([{ what: 'candidate pairs', limit: 1, dropped: 2 }]);
    expect(capped.conflicts.map((c) => [c.kind, c.documents])).toEqual([['polarity', ['d00', 'd01']]]);
  });

  it('a claim with more partners than the per-claim cap loses none of them silently', () => {
    const report = analyze(docs(45, (i) => (i === 0 ? ATTEND : NOT_ATTEND)));
    const declared = report.truncated.some((t) => t.what === 'candidate partners per claim' && t.limit === 40 && t.dropped > 0);
    expect(report.conflicts.length === 44 || declared, JSON.stringify({ conflicts: report.conflicts.length, truncated: report.truncated })).toBe(true);
  });

  it('a large call about one event still finds its conflicts (or declares what it dropped)', () => {
    const report = analyze(docs(60, (i) => (i % 2 ? ATTEND : NOT_ATTEND)));
    const declared = report.truncated.some((t) => t.dropped > 0);
    expect(report.conflicts.length === 900 || declared, JSON.stringify({ conflicts: report.conflicts.length, truncated: report.truncated })).toBe(true);
  });
});
