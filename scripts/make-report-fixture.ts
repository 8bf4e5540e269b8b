import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { ReportSchema, type Report } from '../src/model/report.js';
import type { Claim } from '../src/model/claim.js';
import type { Conflict, ConflictKind, Band, Evidence } from '../src/model/conflict.js';
import { spanOf } from '../src/model/span.js';

type Part = string | { hl: string };
interface ClaimDef { id: string; parts: Part[]; holder: string; holderKind: 'named' | 'anonymous' | 'author'; sourceIds: string[]; markers?: string[]; state?: Claim['proposition']['state']; negated?: boolean }
interface DocDef { id: string; source: Report['documents'][number]['source']; publishedAt: string; citations?: Report['documents'][number]['citations']; claims: ClaimDef[]; tail?: string }

const HOSTILE_NAME = `<img src=x onerror=alert(1)> Gazette "quote-breaking' attributes`;
const docs: DocDef[] = [
  { id: 'd1', publishedAt: '2025-05-15', source: { id: 'reuters', name: 'Reuters', kind: 'wire', reliability: 0.9 }, claims: [
    { id: 'r1', holder: 'two officials', holderKind: 'anonymous', sourceIds: ['reuters'], state: 'pending', parts: ['Russia had ', { hl: 'not yet confirmed' }, ' attendance at the Istanbul talks.'] },
    { id: 'r2', holder: 'the author', holderKind: 'author', sourceIds: ['reuters'], parts: [{ hl: 'At least 40' }, ' people died in the quake.'] },
    { id: 'r3', holder: 'the author', holderKind: 'author', sourceIds: ['reuters'], parts: ['The talks opened on ', { hl: 'May 16, 2025' }, '.'] },
    { id: 'r4', holder: 'witnesses', holderKind: 'anonymous', sourceIds: ['reuters'], parts: [{ hl: 'Protesters' }, ' fired first near the square.'] },
    { id: 'r5', holder: 'the author', holderKind: 'author', sourceIds: ['reuters'], parts: ['The delegates gathered in ', { hl: 'Istanbul' }, '.'] },
  ], tail: ' Is this the end?' },
  { id: 'd2', publishedAt: '2025-05-15', source: { id: 'tass', name: 'TASS', kind: 'wire', reliability: 0.6 }, claims: [
    { id: 't1', holder: 'the Kremlin', holderKind: 'named', sourceIds: ['tass'], state: 'refused', parts: ['Putin ', { hl: 'explicitly spurned' }, ' the invitation and ', { hl: 'would not attend' }, '.'] },
    { id: 't2', holder: 'officials', holderKind: 'anonymous', sourceIds: ['tass'], parts: ['Officials counted ', { hl: '12' }, ' dead in the quake.'] },
    { id: 't3', holder: 'the author', holderKind: 'author', sourceIds: ['tass'], parts: ['The talks opened on ', { hl: 'May 15, 2025' }, '.'] },
    { id: 't4', holder: 'the author', holderKind: 'author', sourceIds: ['tass'], parts: ['The delegates gathered in ', { hl: 'Ankara' }, '.'] },
  ] },
  { id: 'd3', publishedAt: '2025-05-16', source: { id: 'digest', name: 'Morning Digest', kind: 'newspaper', reliability: 0.7 },
    citations: { '2': { id: 'd3#2', name: 'Anadolu Agency', kind: 'wire', reliability: 0.8 }, '3': { id: 'd3#3', name: 'Kyiv Independent', kind: 'newspaper', reliability: 0.75 } },
    claims: [
    { id: 'g1', holder: 'some reports', holderKind: 'anonymous', sourceIds: ['d3#2'], markers: ['2'], parts: ['Some reports said the delegation ', { hl: 'will attend' }, ' [2].'] },
    { id: 'g2', holder: 'other accounts', holderKind: 'anonymous', sourceIds: ['d3#3'], markers: ['3'], negated: true, state: 'negated', parts: ['Other accounts said it ', { hl: 'will not attend' }, ' [3].'] },
    { id: 'g3', holder: 'the minister', holderKind: 'named', sourceIds: ['digest'], parts: ['The minister called the offer "', { hl: 'insolent' }, '".'] },
    { id: 'g4', holder: 'the author', holderKind: 'author', sourceIds: ['digest'], parts: ['Prices ', { hl: 'rose' }, ' sharply after the talks.'] },
  ] },
  { id: 'd4', publishedAt: '2025-05-16', source: { id: 'hostile', name: HOSTILE_NAME, kind: 'blog', reliability: 0.3, url: 'https://example.org/gazette' }, claims: [
    { id: 'h1', holder: '<script>alert(1)</script>', holderKind: 'named', sourceIds: ['hostile'], parts: [{ hl: 'Police' }, ' fired first, said ', { hl: '<script>alert(1)</script>' }, ' witnesses </script> <img src=x onerror=alert(1)> [link](javascript:alert(1)) "quote-breaking\' attributes\u2028line\u2029para http://example.net/x.'] },
    { id: 'h2', holder: 'the minister', holderKind: 'named', sourceIds: ['hostile'], parts: ['The minister called the offer "', { hl: 'impudent' }, '" </script>.'] },
    { id: 'h3', holder: 'the author', holderKind: 'author', sourceIds: ['hostile'], parts: ['Prices ', { hl: 'fell' }, ' <img src=x onerror=alert(1)> after the talks.'] },
  ] },
];

const claims: Claim[] = [];
const evidenceByClaim = new Map<string, Evidence[]>();
const documents: Report['documents'] = [];
const skipped: Report['skipped'] = [];
let totalChars = 0;
let analysed = 0;
for (const doc of docs) {
  let text = '';
  for (const def of doc.claims) {
    if (text) text += ' ';
    const start = text.length;
    const marks: Array<{ from: number; to: number }> = [];
    for (const part of def.parts) {
      if (typeof part === 'string') { text += part; continue; }
      marks.push({ from: text.length, to: text.length + part.hl.length });
      text += part.hl;
    }
    const span = spanOf(text, start, text.length);
    analysed += span.text.length;
    claims.push({
      id: def.id, documentId: doc.id, text: span.text, span,
      attribution: { holder: def.holder, holderKind: def.holderKind, stance: 'reported', sourceIds: def.sourceIds, markers: def.markers ?? [], ambiguous: false },
      publishedAt: doc.publishedAt,
      proposition: { span, negated: def.negated ?? false, state: def.state ?? 'affirmed' },
      certainty: { level: 'reported', value: 0.6, cues: [] },
      quantities: [], times: [], places: [], quotes: [], keys: [],
    });
    evidenceByClaim.set(def.id, marks.map((m) => ({ claim: def.id, documentId: doc.id, span: spanOf(text, m.from, m.to), role: 'a' as const })));
  }
  if (doc.tail) {
    const start = text.length;
    text += doc.tail;
    skipped.push({ documentId: doc.id, span: spanOf(text, start + 1, text.length), reason: 'question' });
  }
  totalChars += text.length;
  documents.push({ id: doc.id, source: doc.source, publishedAt: doc.publishedAt, characters: text.length, citations: doc.citations ?? {} });
}
skipped.push({ documentId: 'd3', span: { start: 0, end: 0, text: '' }, reason: 'no-text' });

const claimDoc = new Map(claims.map((c) => [c.id, c.documentId]));
const claimSources = new Map(claims.map((c) => [c.id, c.attribution.sourceIds]));
const round = (v: number) => Math.round(v * 10000) / 10000;
function factors(values: [number, number, number, number, number], note?: string): Conflict['factors'] {
  const names = ['match', 'strength', 'certainty-a', 'certainty-b', 'credibility'];
  const weights = [1.2, 2, 0.5, 0.5, 0.8];
  return values.map((value, i) => ({ name: names[i]!, value, weight: weights[i]!, contribution: round(weights[i]! * Math.log(value)), ...(i === 1 && note ? { note } : {}) }));
}
function conflict(id: string, kind: ConflictKind, band: Band, score: number, a: string, b: string, message: string, values: [number, number, number, number, number], extra: Partial<Conflict> & { note?: string } = {}): Conflict {
  const { note, ...rest } = extra;
  return {
    id, kind, claims: [a, b], documents: [claimDoc.get(a)!, claimDoc.get(b)!], sources: [claimSources.get(a)!, claimSources.get(b)!],
    evidence: [...evidenceByClaim.get(a)!, ...evidenceByClaim.get(b)!.map((e) => ({ ...e, role: 'b' as const }))], score, band, factors: factors(values, note), also: [], message,
    fingerprint: createHash('sha1').update(`${kind}:${a}:${b}`).digest('hex').slice(0, 16), ...rest,
  };
}
const conflicts: Conflict[] = [
  conflict('k1', 'status', 'high', 0.87, 'r1', 't1', 'Reuters says Russia had not yet confirmed attendance; TASS says Putin spurned the invitation.', [0.92, 0.85, 0.6, 0.8, 0.75], { also: ['polarity'], note: 'pending vs refused' }),
  conflict('k2', 'polarity', 'high', 0.81, 'g1', 'g2', 'Anadolu Agency says the delegation will attend; Kyiv Independent says it will not.', [0.95, 0.9, 0.6, 0.6, 0.7]),
  conflict('k3', 'numeric', 'medium', 0.64, 'r2', 't2', 'Reuters counts at least 40 dead; TASS counts 12.', [0.8, 0.9, 0.7, 0.6, 0.7], { note: '12 is below the bound of at least 40' }),
  conflict('k4', 'actor', 'medium', 0.58, 'r4', 'h1', `Reuters says protesters fired first; ${HOSTILE_NAME} says police fired first.`, [0.7, 0.8, 0.6, 0.5, 0.5], { note: `agent differs: "quote-breaking' <b>police</b>` }),
  conflict('k5', 'temporal', 'medium', 0.52, 'r3', 't3', 'Reuters dates the opening May 16, 2025; TASS dates it May 15, 2025.', [0.75, 0.8, 0.7, 0.7, 0.6]),
  conflict('k6', 'location', 'low', 0.31, 'r5', 't4', 'Reuters places the delegates in Istanbul; TASS in Ankara.', [0.5, 0.7, 0.7, 0.7, 0.6]),
  conflict('k7', 'quote', 'low', 0.22, 'g3', 'h2', 'The minister is quoted as saying "insolent" and "impudent".', [0.6, 0.4, 0.7, 0.5, 0.5], { known: true }),
  conflict('k8', 'opposition', 'low', 0.28, 'g4', 'h3', 'Morning Digest says prices rose; the Gazette says they fell.', [0.5, 0.6, 0.7, 0.6, 0.4]),
].sort((x, y) => y.score - x.score);

const report: Report = {
  documents, claims, conflicts,
  consensus: [
    { proposition: 'Russia attends the Istanbul talks', claims: ['r1', 't1', 'g1', 'g2'], supporting: ['reuters', 'd3#2'], contradicting: ['tass', 'd3#3'], conflicts: ['k1', 'k2'] },
    { proposition: 'Death toll of the quake', claims: ['r2', 't2'], supporting: ['reuters'], contradicting: ['tass'], conflicts: ['k3'] },
    { proposition: 'Who fired first at <script>alert(1)</script> the square', claims: ['r4', 'h1'], supporting: ['reuters'], contradicting: ['hostile'], conflicts: ['k4'] },
    { proposition: 'Date the talks opened', claims: ['r3', 't3'], supporting: ['reuters'], contradicting: ['tass'], conflicts: ['k5'] },
    { proposition: "The minister's word for the offer", claims: ['g3', 'h2'], supporting: ['digest'], contradicting: ['hostile'], conflicts: ['k7'] },
  ],
  skipped,
  truncated: [],
  coverage: { characters: totalChars, analysed, share: round(analysed / totalChars) },
  provenance: { version: '0.1.0', lexiconHash: 'fixture', options: { minBand: 'medium' } },
  timings: { total: 12.5 },
};
const parsed = ReportSchema.parse(report);
writeFileSync(new URL('../test/fixtures/report.json', import.meta.url), `${JSON.stringify(parsed, null, 2).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`);
console.log('conflicts', conflicts.length, 'claims', claims.length, 'coverage', report.coverage);
