import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/report.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { hiddenNote } from '../../src/report/text.js';
import { atOrAbove, bandCounts, hiddenBelow } from '../helpers/fixture-bands.js';

const fixture = ReportSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8')));
const markdown = renderMarkdown(fixture);
const counts = bandCounts(fixture);
const shown = atOrAbove(fixture, 'medium');

/** Each hostile string, the escaped form the Markdown must hold, and the raw pieces that must be gone. */
const HOSTILE: Array<{ input: string; escaped: string; absent: string[] }> = [
  { input: '<script>alert(1)</script>', escaped: '&lt;script&gt;alert\\(1\\)&lt;/script&gt;', absent: ['<script>', 'alert(1)'] },
  { input: '</script>', escaped: '&lt;/script&gt;', absent: ['</script>'] },
  { input: '<img src=x onerror=alert(1)>', escaped: '&lt;img src=x onerror=alert\\(1\\)&gt;', absent: ['<img'] },
  {
    input: '[link](javascript:alert(1))',
    escaped: '\\[link\\]\\(javascript&#x3A;alert\\(1\\)\\)',
    absent: ['[link]', '](', 'javascript:'],
  },
  { input: `"quote-breaking' attributes`, escaped: `"quote\\-breaking' attributes`, absent: ['quote-breaking'] },
  { input: 'attributes\u2028line', escaped: 'attributes&#x2028;line', absent: ['\u2028'] },
  { input: 'line\u2029para', escaped: 'line&#x2029;para', absent: ['\u2029'] },
];

describe('escapeMarkdown', () => {
  it.each(HOSTILE)('escapes $input', ({ input, escaped, absent }) => {
    expect(escapeMarkdown(input)).toBe(escaped);
    for (const piece of absent) expect(escapeMarkdown(input)).not.toContain(piece);
  });

  it.each([
    ['**bold** _em_ `code`', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\`'],
    ['# heading + item - item', '\\# heading \\+ item \\- item'],
    ['![img](x) | cell | ~strike~', '\\!\\[img\\]\\(x\\) \\| cell \\| \\~strike\\~'],
    ['back\\slash & {curly}', 'back\\\\slash &amp; \\{curly\\}'],
    ['see https://example.org and www.example.org', 'see https&#x3A;//example.org and www\\.example.org'],
    ['VBScript:run data:text file :x, note: fine', 'VBScript&#x3A;run data&#x3A;text file &#x3A;x, note: fine'],
    ['two\nlines\r\nhere\u202eevil', 'two lines here&#x202E;evil'],
  ])('escapes %j', (input, escaped) => {
    expect(escapeMarkdown(input)).toBe(escaped);
  });

  it('leaves plain prose alone', () => {
    expect(escapeMarkdown('Putin would not attend the talks, officials said.')).toBe('Putin would not attend the talks, officials said.');
  });
});

describe('renderMarkdown', () => {
  it.each(HOSTILE)('holds no raw $input from the fixture, only its escaped form', ({ input, escaped }) => {
    expect(markdown).not.toContain(input);
    expect(markdown).toContain(escaped);
  });

  it('writes the line separators of the hostile claim as entities', () => {
    expect(markdown).toContain('attributes&#x2028;line&#x2029;para \\[&lt;script&gt;alert\\]');
    expect(markdown).toContain('at http&#x3A;//example.net/x on Friday');
  });

  it('summarises counts and the hidden low band', () => {
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '## gainsay report',
      '',
      `**${fixture.conflicts.length} conflicts** (${counts.high} high, ${counts.medium} medium, ${counts.low} low; ${hiddenNote(hiddenBelow(fixture, 'medium'))}) · 4 documents · 16 claims · 1 skipped sentence · coverage ${Math.round(fixture.coverage.share * 100)}%`,
    ]);
  });

  it('tables the shown conflicts, one row each, with no cell broken by input', () => {
    const rows = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(shown.length);
    const row = (kind: string) => {
      const at = shown.findIndex((c) => c.kind === kind);
      return `| ${at + 1} | ${shown[at]!.band} | ${kind} | ${shown[at]!.score.toFixed(2)} |`;
    };
    expect(rows[shown.findIndex((c) => c.kind === 'status')]).toBe(`${row('status')} Reuters \\[two officials\\] | TASS \\[the Kremlin\\] |`);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(7);
    expect(rows[shown.findIndex((c) => c.kind === 'actor')]).toBe(
      `${row('actor')} Reuters \\[witnesses\\] | &lt;img src=x onerror=alert\\(1\\)&gt; Gazette "quote\\-breaking' attributes&#x2028;line&#x2029;para \\[&lt;script&gt;alert\\] |`,
    );
  });

  it('bolds only the clashing words of each side', () => {
    expect(markdown).toContain('- **A** Reuters \\[two officials\\]: “Russia has **not yet confirmed** attendance at the Istanbul talks, two officials said”');
    expect(markdown).toContain('“**Police** fired tear gas at the crowd near the square, said &lt;script&gt;alert\\(1\\)&lt;/script&gt; witnesses &lt;/script&gt;');
  });

  it('shows all of them with minBand low and none hidden', () => {
    const all = renderMarkdown({ ...fixture, consensus: fixture.consensus.slice(0, -1) }, { minBand: 'low' });
    expect(all.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(fixture.conflicts.length);
    expect(all).not.toContain('hidden');
    expect(all).toContain('### Other conflicts');
  });

  it('says so when nothing reaches the band', () => {
    const none = renderMarkdown({ ...fixture, conflicts: fixture.conflicts.filter((conflict) => conflict.band === 'low') });
    expect(none).toContain('No conflicts at or above the medium band.');
    expect(none).not.toContain('| # |');
  });
});
