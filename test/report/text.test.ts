import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claim.js';
import type { Evidence } from '../../src/model/conflict.js';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { spanOf } from '../../src/model/span.js';
import { escapeTerminal } from '../../src/report/escape.js';
import { buildView, highlightSegments, hiddenNote, renderText } from '../../src/report/text.js';
import { atOrAbove, bandCounts, hiddenBelow } from '../helpers/fixture-bands.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8'));
const fixture: Report = ReportSchema.parse(raw);
const ESC = '\u001b';
/** The fixture's conflict of one kind (it has one of each). */
const ofKind = (kind: string) => fixture.conflicts.find((item) => item.kind === kind)!;
/** The fixture with its last consensus group dropped, so one conflict (the quote) is ungrouped. */
const partlyGrouped: Report = { ...fixture, consensus: fixture.consensus.slice(0, -1) };
const counts = bandCounts(fixture);
const total = fixture.conflicts.length;

function claimById(id: string): Claim {
  const claim = fixture.claims.find((item) => item.id === id);
  if (!claim) throw new Error(`no claim ${id} in the fixture`);
  return claim;
}

/** A claim whose text starts at `offset` in a longer document, for offset arithmetic. */
function claimAt(documentText: string, start: number, end: number): Claim {
  const base = claimById('d1:1');
  const span = spanOf(documentText, start, end);
  return { ...base, id: 'x', text: span.text, span };
}

function evidence(documentText: string, start: number, end: number, role: Evidence['role'], claim = 'x'): Evidence {
  return { claim, documentId: 'd', span: spanOf(documentText, start, end), role };
}

describe('report fixture', () => {
  it('is a valid Report with nothing added by the schema', () => {
    expect(fixture).toEqual(raw);
    // One conflict of each kind; their order is the fitted scores' (checked in fixture.test.ts).
    expect(fixture.conflicts.map((conflict) => conflict.kind).sort()).toEqual(['actor', 'location', 'numeric', 'opposition', 'polarity', 'quote', 'status', 'temporal']);
  });
});

describe('highlightSegments', () => {
  it('cuts the claim at its evidence spans, relative to the claim start', () => {
    const claim = claimById('d2:2');
    expect(claim.span.start).toBe(62);
    const conflict = ofKind('numeric');
    expect(conflict.evidence[1]?.span).toEqual({ start: 77, end: 86, text: '12 people' });
    expect(highlightSegments(claim, conflict.evidence)).toEqual([
      { text: 'Officials said ', highlight: false, roles: [] },
      { text: '12 people', highlight: true, roles: ['b'] },
      { text: ' died in the quake in Izmir', highlight: false, roles: [] },
    ]);
  });

  it('highlights one side\'s span and skips the other claim\'s evidence', () => {
    expect(highlightSegments(claimById('d2:1'), ofKind('status').evidence)).toEqual([
      { text: 'Putin ', highlight: false, roles: [] },
      { text: 'refused', highlight: true, roles: ['b'] },
      { text: ' to attend the Istanbul talks, the Kremlin said', highlight: false, roles: [] },
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
    expect(view.shown.map((item) => item.conflict.id)).toEqual(atOrAbove(fixture, 'medium').map((c) => c.id));
    expect(view.hidden).toEqual({ low: counts.low, medium: 0, high: 0 });
  });

  it('names every hidden band and uses the singular for one', () => {
    expect(buildView(fixture, { minBand: 'high' }).hidden).toEqual(hiddenBelow(fixture, 'high'));
    expect(hiddenNote({ low: 1, medium: 5, high: 0 })).toBe('1 low-band and 5 medium-band conflicts hidden');
    expect(hiddenNote({ low: 1, medium: 0, high: 0 })).toBe('1 low-band conflict hidden');
    expect(hiddenNote({ low: 0, medium: 2, high: 0 })).toBe('2 medium-band conflicts hidden');
    expect(hiddenNote(buildView(fixture, { minBand: 'low' }).hidden)).toBeUndefined();
  });

  it('groups by proposition, strongest group first, ungrouped conflicts last', () => {
    const groups = buildView(partlyGrouped, { minBand: 'low' }).groups;
    // Each kind's proposition; the groups come strongest first, so their order follows the fitted scores.
    const proposition: Record<string, string> = {
      numeric: 'People died',
      polarity: 'The delegation will attend the summit',
      temporal: 'The talks opened',
      location: 'The delegates gathered',
      status: 'Russia has not yet confirmed attendance',
      opposition: 'Prices rose',
      actor: 'Protesters fired tear gas',
    };
    const grouped = fixture.conflicts.filter((c) => c.kind !== 'quote').sort((x, y) => y.score - x.score);
    expect(groups.map((group) => [group.proposition, group.items.map((item) => item.conflict.kind)])).toEqual([
      ...grouped.map((c) => [proposition[c.kind], [c.kind]]),
      [undefined, ['quote']],
    ]);
  });
});

describe('renderText', () => {
  const plain = renderText(fixture);
  const lines = plain.split('\n');

  it('writes each conflict as band, kind, score, both sides, message and factors', () => {
    const status = ofKind('status');
    const at = lines.indexOf(`  ${status.band.toUpperCase()}  status  score ${status.score.toFixed(2)}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 1]).toBe('Proposition: Russia has not yet confirmed attendance');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    A  Reuters [two officials]: "Russia has »not yet confirmed« attendance at the Istanbul talks, two officials said"',
      '    B  TASS [the Kremlin]: "Putin »refused« to attend the Istanbul talks, the Kremlin said"',
      `    ${status.message}`,
    ]);
    const match = status.factors.find((f) => f.name === 'match')!;
    expect(lines[at + 4]).toMatch(new RegExp(`^ {4}factors: match ${match.value.toFixed(2)} ×${match.weight.toFixed(2)} = `));
  });

  it('shows the medium band and above and ends on the summary line', () => {
    expect(lines.filter((line) => /^ {2}(HIGH|MEDIUM|LOW) {2}/.test(line))).toHaveLength(counts.high + counts.medium);
    expect(plain).not.toContain('LOW  ');
    expect(lines.at(-2)).toBe(
      `Summary: ${total} conflicts (${counts.high} high, ${counts.medium} medium, ${counts.low} low) · ${hiddenNote(hiddenBelow(fixture, 'medium'))} · 16 claims · 1 skipped sentence · coverage ${Math.round(fixture.coverage.share * 100)}%`,
    );
  });

  it('shows all of them with minBand low, the ungrouped ones under "Other conflicts" last', () => {
    const all = renderText(partlyGrouped, { minBand: 'low' }).split('\n');
    expect(all.filter((line) => /^ {2}(HIGH|MEDIUM|LOW) {2}/.test(line))).toHaveLength(total);
    const other = all.indexOf('Other conflicts');
    const quote = ofKind('quote');
    expect(all.slice(other + 1, other + 2)).toEqual([`  ${quote.band.toUpperCase()}  quote  score ${quote.score.toFixed(2)}`]);
    expect(all.lastIndexOf('Proposition: Prices rose')).toBeLessThan(other);
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
    expect(plain).toContain('said <script>alert(1)</script> witnesses </script> <img src=x onerror=alert(1)> [link](javascript:alert(1))');
  });

  it('neutralises terminal control sequences from the input', () => {
    const hostile = 'Title\u001b]0;pwned\u0007 \u001b[2J\u202eevil\r\nnext';
    expect(escapeTerminal(hostile)).toBe('Title\\u001b]0;pwned\\u0007 \\u001b[2J\\u202eevil next');
    const rendered = renderText(fixture, { title: hostile });
    expect(rendered).not.toContain(ESC);
    expect(rendered.split('\n')[0]).toBe('Title\\u001b]0;pwned\\u0007 \\u001b[2J\\u202eevil next');
  });
});
