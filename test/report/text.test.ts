import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import type { Evidence } from '../../src/model/conflict.js';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { spanOf } from '../../src/model/span.js';
import { escapeTerminal } from '../../src/report/escape.js';
import { buildView, highlightSegments, hiddenNote, renderText } from '../../src/report/text.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8'));
const fixture: Report = ReportSchema.parse(raw);
const ESC = '\u001b';

function claimById(id: string): Claim {
  const claim = fixture.claims.find((item) => item.id === id);
  if (!claim) throw new Error(`no claim ${id} in the fixture`);
  return claim;
}

/** A claim whose text starts at `offset` in a longer document, for offset arithmetic. */
function claimAt(documentText: string, start: number, end: number): Claim {
  const base = claimById('r1');
  const span = spanOf(documentText, start, end);
  return { ...base, id: 'x', text: span.text, span };
}

function evidence(documentText: string, start: number, end: number, role: Evidence['role'], claim = 'x'): Evidence {
  return { claim, documentId: 'd', span: spanOf(documentText, start, end), role };
}

describe('report fixture', () => {
  it('is a valid Report with nothing added by the schema', () => {
    expect(fixture).toEqual(raw);
    expect(fixture.conflicts.map((conflict) => `${conflict.id}:${conflict.kind}:${conflict.band}`)).toEqual([
      'k1:status:high', 'k2:polarity:high', 'k3:numeric:medium', 'k4:actor:medium',
      'k5:temporal:medium', 'k6:location:low', 'k8:opposition:low', 'k7:quote:low',
    ]);
  });
});

describe('highlightSegments', () => {
  it('cuts the claim at its evidence spans, relative to the claim start', () => {
    const claim = claimById('r2');
    expect(claim.span.start).toBe(63);
    const conflict = fixture.conflicts.find((item) => item.id === 'k3');
    expect(conflict?.evidence[0]?.span).toEqual({ start: 63, end: 74, text: 'At least 40' });
    expect(highlightSegments(claim, conflict?.evidence ?? [])).toEqual([
      { text: 'At least 40', highlight: true, roles: ['a'] },
      { text: ' people died in the quake.', highlight: false, roles: [] },
    ]);
  });

  it('highlights two separate spans of one claim and skips the other claim\'s evidence', () => {
    const conflict = fixture.conflicts.find((item) => item.id === 'k1');
    expect(highlightSegments(claimById('t1'), conflict?.evidence ?? [])).toEqual([
      { text: 'Putin ', highlight: false, roles: [] },
      { text: 'explicitly spurned', highlight: true, roles: ['b'] },
      { text: ' the invitation and ', highlight: false, roles: [] },
      { text: 'would not attend', highlight: true, roles: ['b'] },
      { text: '.', highlight: false, roles: [] },
    ]);
  });

  it('uses the offsets, not the words: only the second of two equal words is marked', () => {
    const text = 'Intro. Not here, not there.';
    const claim = claimAt(text, 7, 27);
    expect(highlightSegments(claim, [evidence(text, 17, 20, 'a')])).toEqual([
      { text: 'Not here, ', highlight: false, roles: [] },
      { text: 'not', highlight: true, roles: ['a'] },
      { text: ' there.', highlight: false, roles: [] },
    ]);
  });

  it('merges overlapping spans and keeps both roles', () => {
    const text = 'Prices rose by ten percent.';
    const claim = claimAt(text, 0, 27);
    expect(highlightSegments(claim, [evidence(text, 7, 14, 'a'), evidence(text, 12, 18, 'b')])).toEqual([
      { text: 'Prices ', highlight: false, roles: [] },
      { text: 'rose by ten', highlight: true, roles: ['a', 'b'] },
      { text: ' percent.', highlight: false, roles: [] },
    ]);
  });

  it('ignores spans outside the claim, with mismatched text, or of another claim', () => {
    const text = 'Before. The vote passed.';
    const claim = claimAt(text, 8, 24);
    const outside = evidence(text, 0, 6, 'a');
    const mismatched = { ...evidence(text, 12, 16, 'a'), span: { start: 12, end: 16, text: 'fail' } };
    const other = evidence(text, 17, 23, 'a', 'y');
    expect(highlightSegments(claim, [outside, mismatched, other])).toEqual([
      { text: 'The vote passed.', highlight: false, roles: [] },
    ]);
  });
});

describe('band filtering', () => {
  it('hides conflicts below medium by default and counts them', () => {
    const view = buildView(fixture);
    expect(view.shown.map((item) => item.conflict.id)).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
    expect(view.hidden).toEqual({ low: 3, medium: 0, high: 0 });
    expect(hiddenNote(view.hidden)).toBe('3 low-band conflicts hidden');
  });

  it('names every hidden band and uses the singular for one', () => {
    expect(hiddenNote(buildView(fixture, { minBand: 'high' }).hidden)).toBe('3 low-band and 3 medium-band conflicts hidden');
    expect(hiddenNote({ low: 1, medium: 0, high: 0 })).toBe('1 low-band conflict hidden');
    expect(hiddenNote(buildView(fixture, { minBand: 'low' }).hidden)).toBeUndefined();
  });

  it('groups by proposition, strongest group first, ungrouped conflicts last', () => {
    const groups = buildView(fixture, { minBand: 'low' }).groups;
    expect(groups.map((group) => [group.proposition, group.items.map((item) => item.conflict.id)])).toEqual([
      ['Russia attends the Istanbul talks', ['k1', 'k2']],
      ['Death toll of the quake', ['k3']],
      ['Who fired first at <script>alert(1)</script> the square', ['k4']],
      ['Date the talks opened', ['k5']],
      ["The minister's word for the offer", ['k7']],
      [undefined, ['k6', 'k8']],
    ]);
  });
});

describe('renderText', () => {
  const plain = renderText(fixture);
  const lines = plain.split('\n');

  it('writes each conflict as band, kind, score, both sides, message and factors', () => {
    const at = lines.indexOf('  HIGH  status  score 0.87  (also: polarity)');
    expect(at).toBe(3);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '    A  Reuters [two officials]: "Russia had »not yet confirmed« attendance at the Istanbul talks."',
      '    B  TASS [the Kremlin]: "Putin »explicitly spurned« the invitation and »would not attend«."',
      '    Reuters says Russia had not yet confirmed attendance; TASS says Putin spurned the invitation.',
      '    factors: match 0.92 ×1.20 = -0.10 · strength 0.85 ×2.00 = -0.33 (pending vs refused) · certainty-a 0.60 ×0.50 = -0.26 · certainty-b 0.80 ×0.50 = -0.11 · credibility 0.75 ×0.80 = -0.23',
    ]);
  });

  it('shows the medium band and above and ends on the summary line', () => {
    expect(lines.filter((line) => /^ {2}(HIGH|MEDIUM|LOW) {2}/.test(line))).toHaveLength(5);
    expect(plain).not.toContain('LOW  ');
    expect(lines.at(-2)).toBe(
      'Summary: 8 conflicts (2 high, 3 medium, 3 low) · 3 low-band conflicts hidden · 16 claims · 2 skipped sentences · coverage 97%',
    );
  });

  it('shows all eight with minBand low, the ungrouped ones under "Other conflicts" last', () => {
    const all = renderText(fixture, { minBand: 'low' }).split('\n');
    expect(all.filter((line) => /^ {2}(HIGH|MEDIUM|LOW) {2}/.test(line))).toHaveLength(8);
    const other = all.indexOf('Other conflicts');
    expect(all.slice(other + 1, other + 2)).toEqual(['  LOW  location  score 0.31']);
    expect(all.lastIndexOf("Proposition: The minister's word for the offer")).toBeLessThan(other);
    expect(all.at(-2)).not.toContain('hidden');
  });

  it('writes no escape code without colour and ANSI highlights with colour', () => {
    expect(plain).not.toContain(ESC);
    const coloured = renderText(fixture, { color: true });
    expect(coloured).toContain(`${ESC}[1;4mnot yet confirmed${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[1;31mHIGH${ESC}[0m`);
    expect(coloured).not.toContain('»');
  });

  it('writes separators visibly and keeps markup literal (a terminal does not run it)', () => {
    expect(plain).not.toContain('\u2028');
    expect(plain).not.toContain('\u2029');
    expect(plain).toContain('attributes\\u2028line\\u2029para');
    expect(plain).toContain('»<script>alert(1)</script>« witnesses </script> <img src=x onerror=alert(1)> [link](javascript:alert(1))');
  });

  it('neutralises terminal control sequences from the input', () => {
    const hostile = 'Title\u001b]0;pwned\u0007 \u001b[2J\u202eevil\r\nnext';
    expect(escapeTerminal(hostile)).toBe('Title\\u001b]0;pwned\\u0007 \\u001b[2J\\u202eevil next');
    const rendered = renderText(fixture, { title: hostile });
    expect(rendered).not.toContain(ESC);
    expect(rendered.split('\n')[0]).toBe('Title\\u001b]0;pwned\\u0007 \\u001b[2J\\u202eevil next');
  });
});
