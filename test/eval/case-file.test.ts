import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/eval/case-file.js';
import { GainsayError } from '../../src/model/errors.js';

const validCase = () => ({
  id: 'ferry-delay',
  documents: [
    { id: 'd1', source: { name: 'Coast Courier', kind: 'newspaper' }, publishedAt: '2024-03-02', text: 'The ferry left the harbour at noon.' },
    { id: 'd2', source: { name: 'Port Radio', kind: 'broadcast', reliability: 0.7 }, text: 'The ferry stayed in the harbour all day.' },
  ],
  expected: [{ kind: 'polarity', a: { document: 'd1', quote: 'ferry left the harbour' }, b: { document: 'd2', quote: 'stayed in the harbour' } }],
  note: 'departure versus no departure',
});

const file = (...cases: unknown[]) => ({ version: 1, cases });

/** The issues of the GainsayError a load throws. */
function issuesOf(json: unknown, where?: string) {
  try {
    loadCaseFile(json, where);
  } catch (error) {
    expect(error).toBeInstanceOf(GainsayError);
    expect((error as GainsayError).code).toBe('invalid-input');
    return (error as GainsayError).issues;
  }
  throw new Error('expected loadCaseFile to throw');
}

describe('loadCaseFile', () => {
  it('returns a valid file unchanged, typed', () => {
    const json = file(validCase(), { ...validCase(), id: 'ferry-negative', expected: [] });
    expect(loadCaseFile(json)).toEqual(json);
  });

  it('names the path of missing documents', () => {
    const { documents: _documents, ...noDocuments } = validCase();
    const issues = issuesOf(file(noDocuments));
    expect(issues.map((i) => i.path)).toEqual([['cases', 0, 'documents']]);
  });

  it('names the path of a bad conflict kind', () => {
    const bad = validCase();
    bad.expected[0]!.kind = 'contradiction';
    const issues = issuesOf(file(validCase(), bad));
    expect(issues.map((i) => i.path)).toEqual([['cases', 1, 'expected', 0, 'kind']]);
    expect(issues[0]!.message).toContain('polarity');
  });

  it('prefixes the path with where', () => {
    const bad = validCase();
    bad.documents[1]!.source.kind = 'podcast';
    const issues = issuesOf(file(bad), 'cases/mine.json');
    expect(issues.map((i) => i.path)).toEqual([['cases/mine.json', 'cases', 0, 'documents', 1, 'source', 'kind']]);
  });

  it('rejects a quote that is not an exact substring of its document', () => {
    const bad = validCase();
    bad.expected[0]!.b.quote = 'stayed in port';
    const issues = issuesOf(file(bad));
    expect(issues).toEqual([{ path: ['cases', 0, 'expected', 0, 'b', 'quote'], message: 'not an exact substring of document "d2"' }]);
  });

  it('rejects a side naming a document the case does not have', () => {
    const bad = validCase();
    bad.expected[0]!.a.document = 'd9';
    const issues = issuesOf(file(bad));
    expect(issues).toEqual([{ path: ['cases', 0, 'expected', 0, 'a', 'document'], message: '"d9" is not a document of this case' }]);
  });

  it('rejects duplicate document ids and duplicate case ids', () => {
    const dupDocs = validCase();
    dupDocs.documents.push({ ...dupDocs.documents[1]!, id: 'd1' });
    expect(issuesOf(file(dupDocs)).map((i) => i.path)).toEqual([['cases', 0, 'documents', 2, 'id']]);
    expect(issuesOf(file(validCase(), validCase())).map((i) => i.path)).toEqual([['cases', 1, 'id']]);
  });

  it('rejects more than four documents, a wrong version, an empty case list and a bad date', () => {
    const five = validCase();
    const extra = five.documents[0]!;
    five.documents.push(...[1, 2, 3].map((n) => ({ ...extra, id: `x${n}` })));
    expect(issuesOf(file(five)).map((i) => i.path)).toEqual([['cases', 0, 'documents']]);
    expect(issuesOf({ version: 2, cases: [validCase()] }).map((i) => i.path)).toEqual([['version']]);
    expect(issuesOf({ version: 1, cases: [] }).map((i) => i.path)).toEqual([['cases']]);
    const badDate = validCase();
    badDate.documents[0]!.publishedAt = 'March 2';
    expect(issuesOf(file(badDate)).map((i) => i.path)).toEqual([['cases', 0, 'documents', 0, 'publishedAt']]);
  });

  it('puts the path into the error message', () => {
    const bad = validCase();
    bad.expected[0]!.kind = 'contradiction';
    expect(() => loadCaseFile(file(bad))).toThrow(/^cases\.0\.expected\.0\.kind: /);
  });
});
