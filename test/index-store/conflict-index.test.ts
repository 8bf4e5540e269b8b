import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { ConflictIndex } from '../../src/index-store/conflict-index.js';
import { DEPENDENT_VALUE } from '../../src/score/factors.js';
import type { Conflict } from '../../src/model/conflict.js';
import type { DocumentInput } from '../../src/model/document.js';
import { GainsayError } from '../../src/model/errors.js';

const FEED: DocumentInput[] = [
  { id: 'a', text: 'The minister will attend the summit in Rome on Friday. At least 40 people died in the flood in Porto.', source: { name: 'Wire A', kind: 'wire' } },
  { id: 'b', text: 'The minister will not attend the summit in Rome on Friday.', source: { name: 'Paper B', kind: 'newspaper' } },
  { id: 'c', text: '12 people died in the flood in Porto. The harbour reopened on Monday.', source: { name: 'Station C', kind: 'broadcast' } },
  { id: 'd', text: 'The city council approved the budget for the new bridge.', source: { name: 'Blog D', kind: 'blog' } },
];

function shape(conflicts: readonly Conflict[]) {
  return conflicts.map((c) => ({ id: c.id, kind: c.kind, claims: c.claims, fingerprint: c.fingerprint }));
}

function expectSameAsAnalyze(index: ConflictIndex, documents: DocumentInput[]) {
  const expected = analyze({ documents }).conflicts;
  const actual = index.conflicts();
  expect(shape(actual)).toEqual(shape(expected));
  actual.forEach((c, i) => expect(Math.abs(c.score - expected[i]!.score)).toBeLessThanOrEqual(1e-9));
}

describe('ConflictIndex', () => {
  it('returns, for each added document, the conflicts it makes with what is indexed', () => {
    const index = new ConflictIndex();
    const added = FEED.map((doc) => index.add(doc).map((c) => [c.kind, c.claims]));
    expect(added).toEqual([[], [['polarity', ['a:1', 'b:1']]], [['numeric', ['a:2', 'c:1']]], []]);
    expect(index.size).toBe(4);
    expect(index.ids()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('conflicts() equals analyze over the same documents, after each add and after a remove', () => {
    const index = new ConflictIndex();
    FEED.forEach((doc, i) => {
      index.add(doc);
      expectSameAsAnalyze(index, FEED.slice(0, i + 1));
    });
    expect(index.conflicts().length).toBe(2);
    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expectSameAsAnalyze(index, FEED.filter((d) => d.id !== 'b'));
    expect(index.conflicts().map((c) => c.kind)).toEqual(['numeric']);
  });

  it('round-trips through JSON with identical conflicts, and keeps adding after restore', () => {
    const index = new ConflictIndex();
    FEED.slice(0, 3).forEach((doc) => index.add(doc));
    const restored = ConflictIndex.fromJSON(JSON.stringify(index));
    expect(restored.conflicts()).toEqual(index.conflicts());
    expect(ConflictIndex.fromJSON(index.toJSON()).conflicts()).toEqual(index.conflicts());
    expect(restored.add(FEED[3]!)).toEqual(index.add(FEED[3]!));
    expect(restored.conflicts()).toEqual(index.conflicts());
  });

  it('stores claims and sources only, never the text or any pair', () => {
    const index = new ConflictIndex();
    FEED.forEach((doc) => index.add(doc));
    const snapshot = index.toJSON();
    expect(Object.keys(snapshot).sort()).toEqual(['documents', 'format', 'options', 'version']);
    expect(Object.keys(snapshot.documents[0]!).sort()).toEqual(['citations', 'claims', 'id', 'source']);
    expect(snapshot.documents.reduce((n, d) => n + d.claims.length, 0)).toBe(index.allClaims().length);
  });

  it('counts a syndicated copy as the same source as its origin', () => {
    const index = new ConflictIndex();
    index.add({ id: 'wire', text: 'The minister will attend the summit in Rome on Friday.', source: { id: 'wire', name: 'Wire', kind: 'wire' } });
    const copy = index.add({ id: 'copy', text: 'The minister will not attend the summit in Rome on Friday.', source: { name: 'Local paper', kind: 'newspaper', syndicatedFrom: 'wire' } });
    const other = index.add({ id: 'other', text: 'The minister will not attend the summit in Rome on Friday.', source: { name: 'Other paper', kind: 'newspaper' } });
    expect(copy.map((c) => [c.kind, c.factors.find((f) => f.name === 'independence')?.value])).toEqual([['polarity', DEPENDENT_VALUE]]);
    expect(other.map((c) => [c.kind, c.claims, c.factors.find((f) => f.name === 'independence')?.value])).toEqual([['polarity', ['other:1', 'wire:1'], 1]]);
    expect(copy[0]!.score).toBeLessThan(other[0]!.score);
  });

  it('rejects a duplicate id and a malformed snapshot with the path of the bad field', () => {
    const index = new ConflictIndex();
    index.add(FEED[0]!);
    expect(() => index.add(FEED[0]!)).toThrow('document "a" is already indexed');
    const snapshot = JSON.parse(JSON.stringify(index)) as { documents: { claims: { documentId: unknown }[] }[] };
    snapshot.documents[0]!.claims[1]!.documentId = 7;
    expect(() => ConflictIndex.fromJSON(snapshot)).toThrow(GainsayError);
    expect(() => ConflictIndex.fromJSON(snapshot)).toThrow(/^index\.documents\.0\.claims\.1\.documentId: /);
    expect(() => ConflictIndex.fromJSON('{"format": "gainsay-conflict-index", ')).toThrow(/^index: not valid JSON/);
    expect(() => ConflictIndex.fromJSON({ format: 'other', version: 1, options: {}, documents: [] })).toThrow(/^index\.format: /);
  });

  it('drops __proto__ keys from a snapshot text instead of polluting prototypes', () => {
    const text = JSON.stringify(new ConflictIndex().toJSON()).replace('{', '{"__proto__": {"polluted": true},');
    const restored = ConflictIndex.fromJSON(text);
    expect(restored.size).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
