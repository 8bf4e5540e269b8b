import { describe, expect, it } from 'vitest';
import { analyze, checkDraft, compareClaims, ConflictIndex, extractClaims, matchClaims } from '../../src/index.js';
import type { Conflict } from '../../src/model/conflict.js';
import type { DocumentInput } from '../../src/model/document.js';
import type { DraftVerdict } from '../../src/draft/verdict.js';

// One definition of "same event" for every entry point (issue 10): each pair goes through analyze (two documents,
// two sources), ConflictIndex.add, compareClaims (with the same sources) and checkDraft, and gets one answer.
interface Row {
  name: string;
  a: string;
  b: string;
  /** The conflict analyze finds, as [kind, band], or null for silence; 'medium+' for a clear clash a refit may move across 0.8. */
  conflict: readonly [Conflict['kind'], Conflict['band'] | 'medium+'] | null;
  /** checkDraft's verdict on b citing a as [1]. */
  verdict: DraftVerdict;
}

const ROWS: readonly Row[] = [
  { name: 'polarity', a: 'The minister will attend the summit in Rome on Friday.', b: 'The minister will not attend the summit in Rome on Friday.', conflict: ['polarity', 'high'], verdict: 'contradicted' },
  // The pair of issue 10: an opposition conflict from analyze, nothing from add(), unverified from checkDraft before.
  { name: 'opposition (rose / fell)', a: 'Prices rose in Lisbon last month, the statistics office said.', b: 'Prices fell.', conflict: ['opposition', 'medium+'], verdict: 'contradicted' },
  { name: 'opposition (confirmed / denied)', a: 'The ministry confirmed that the plant had passed an inspection in May.', b: 'The ministry denied that the plant had passed an inspection.', conflict: ['opposition', 'high'], verdict: 'contradicted' },
  { name: 'status', a: 'The president has not yet confirmed attendance at the summit.', b: 'The president refused to attend the summit.', conflict: ['status', 'high'], verdict: 'contradicted' },
  { name: 'numeric (killed / died)', a: 'Seven workers were killed in the fire at the plant on Tuesday.', b: 'Nine workers died in the fire at the plant on Tuesday.', conflict: ['numeric', 'medium+'], verdict: 'contradicted' },
  // Two counts of one set told with two verbs: below the match floor, paired by the one set (match/counted-sets.ts).
  { name: 'numeric (one set, two verbs)', a: 'Hackers stole the records of 400,000 patients from the Medway clinic, the clinic said.', b: 'The breach at the Medway clinic exposed the files of 90,000 patients.', conflict: ['numeric', 'medium+'], verdict: 'contradicted' },
  { name: 'temporal', a: 'The summit was held on May 15, 2025.', b: 'The summit was held on May 16, 2025.', conflict: ['temporal', 'high'], verdict: 'contradicted' },
  // One event by an event noun said to happen (relate/occurrence-events.ts), judged alike by every entry point.
  { name: 'temporal (an event noun said to happen)', a: 'Rebels attacked the garrison at Kolwe on May 12, 2025.', b: 'The attack on the Kolwe garrison happened on May 11, 2025.', conflict: ['temporal', 'medium+'], verdict: 'contradicted' },
  { name: 'actor', a: 'Police fired tear gas at the crowd, witnesses said.', b: 'Protesters fired tear gas at the crowd, witnesses said.', conflict: ['actor', 'high'], verdict: 'contradicted' },
  { name: 'compatible paraphrase', a: 'The president declined the invitation to the summit.', b: 'The president will not attend the summit.', conflict: null, verdict: 'supported' },
  { name: 'compatible numbers', a: 'At least 40 people died in the flood in Porto.', b: '42 people died in the flood in Porto.', conflict: null, verdict: 'supported' },
  { name: 'different event, same actor', a: 'The Harbour Rowing Club lodged a complaint with the league on Monday.', b: 'The Harbour Rowing Club won the regatta on the lake on Friday.', conflict: null, verdict: 'unverified' },
  { name: 'different event, same act elsewhere', a: 'Shell opened a refinery in Rotterdam.', b: 'Exxon opened a refinery in Texas.', conflict: null, verdict: 'unverified' },
];

const doc = (id: string, text: string): DocumentInput => ({ id, text, source: { id: `${id}-source`, name: `Agency ${id}`, kind: 'wire' } });

/** Kind, band and score: what every entry point must agree on. */
const summary = (c: Conflict | null | undefined) => (c ? { kind: c.kind, band: c.band, score: c.score } : null);

function closeTo(actual: ReturnType<typeof summary>, expected: ReturnType<typeof summary>): void {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(actual!.kind).toBe(expected.kind);
  expect(actual!.band).toBe(expected.band);
  expect(Math.abs(actual!.score - expected.score)).toBeLessThan(1e-9);
}

describe('every entry point gives a pair one answer', () => {
  it.each(ROWS)('$name', (row) => {
    const [da, db] = [doc('a', row.a), doc('b', row.b)];
    const report = analyze({ documents: [da, db] });
    expect(report.claims).toHaveLength(2);
    expect(report.conflicts.length).toBeLessThanOrEqual(1);
    const found = summary(report.conflicts[0]);
    const band = row.conflict?.[1] === 'medium+' ? expect.stringMatching(/^(medium|high)$/) : row.conflict?.[1];
    expect(found && [found.kind, found.band]).toEqual(row.conflict && [row.conflict[0], band]);

    const index = new ConflictIndex();
    expect(index.add(da)).toEqual([]);
    const added = index.add(db);
    expect(added.length).toBeLessThanOrEqual(1);
    closeTo(summary(added[0]), found);

    const [ca, cb] = [extractClaims(da)[0]!, extractClaims(db)[0]!];
    expect([ca, cb]).toEqual(report.claims);
    closeTo(summary(compareClaims(ca, cb, { sources: report.documents.map((d) => d.source) })), found);
    // The match analyze scored the pair with is the one matchClaims gives, whatever the claims around it.
    if (report.conflicts[0]) expect(report.conflicts[0].factors.find((f) => f.name === 'match')?.value).toBeCloseTo(matchClaims(ca, cb), 9);

    // The draft cites the other side as [1]: the same pairing decides the verdict, and a clash keeps its kind.
    const [check] = checkDraft(`${row.b} [1]`, { '1': row.a });
    expect(check!.verdict).toBe(row.verdict);
    expect(check!.conflict?.kind ?? null).toBe(row.conflict?.[0] ?? null);
    expect(check!.evidence.map((e) => e.match)).toEqual(row.verdict === 'unverified' ? [] : [matchClaims(ca, cb)]);
  });

  it('scores a pair the same with other claims around it (fixed word weights, not the claims at hand)', () => {
    const row = ROWS[1]!;
    const alone = analyze({ documents: [doc('a', row.a), doc('b', row.b)] }).conflicts;
    const among = analyze({
      documents: [
        doc('a', `${row.a} The city council approved the budget for the new bridge. Fishermen in the harbour said prices for sardines were stable.`),
        doc('b', `${row.b} A storm closed two schools in the north on Monday.`),
      ],
    }).conflicts.filter((c) => c.kind === 'opposition');
    expect(among).toHaveLength(1);
    closeTo(summary(among[0]), summary(alone[0]));
  });
});
