import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { blankCitations, findCitations } from '../../src/segment/citations.js';

describe('findCitations and blankCitations', () => {
  const text = 'Troops left the city [1]. Talks resumed [2, 3]. Markets fell [4-6].';

  it('maps bracketed numbers, lists and hyphen ranges to markers', () => {
    expect(findCitations(text)).toEqual([
      { start: 21, end: 24, markers: ['1'] },
      { start: 40, end: 46, markers: ['2', '3'] },
      { start: 61, end: 66, markers: ['4', '5', '6'] },
    ]);
  });

  it('blanks each marker with spaces of the same length', () => {
    const blanked = blankCitations(text, findCitations(text));
    expect(blanked).toBe('Troops left the city    . Talks resumed       . Markets fell      .');
    expect(blanked.length).toBe(text.length);
  });

  it('leaves text without markers unchanged', () => {
    expect(blankCitations('No markers here.', findCitations('No markers here.'))).toBe('No markers here.');
  });
});

describe('contrastive clauses sharing one citation', () => {
  const text = 'While some reports said the minister resigned, other accounts said she stayed in office [2, 3].';
  const report = analyze({ documents: [{ id: 'd', text, source: 'Wire' }] });

  it('gives two claims, each with both markers and flagged ambiguous', () => {
    expect(report.claims.map((c) => ({ span: c.span, holder: c.attribution.holder, markers: c.attribution.markers, ambiguous: c.attribution.ambiguous }))).toEqual([
      { span: { start: 6, end: 45, text: 'some reports said the minister resigned' }, holder: 'some reports', markers: ['2', '3'], ambiguous: true },
      { span: { start: 47, end: 87, text: 'other accounts said she stayed in office' }, holder: 'other accounts', markers: ['2', '3'], ambiguous: true },
    ]);
  });

  it('credits both claims to both cited sources', () => {
    expect(report.claims.map((c) => c.attribution.sourceIds)).toEqual([
      ['d#2', 'd#3'],
      ['d#2', 'd#3'],
    ]);
  });
});

describe('skipped sentences', () => {
  it.each([
    ['unsupported-language', 'Der Minister hat gestern die Stadt nach langen Gesprächen verlassen.'],
    ['question', 'Will the minister resign before the vote?'],
  ])('skips with reason %s', (reason, text) => {
    const report = analyze({ documents: [{ id: 'd', text, source: 'Wire' }] });
    expect(report.claims).toEqual([]);
    expect(report.skipped).toEqual([{ documentId: 'd', span: { start: 0, end: text.length, text }, reason }]);
  });

  it('does not skip an English statement', () => {
    const report = analyze({ documents: [{ id: 'd', text: 'The minister resigned on Friday.', source: 'Wire' }] });
    expect(report.skipped).toEqual([]);
    expect(report.claims).toHaveLength(1);
  });
});
