import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/report.js';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { renderHtml } from '../../src/report/html.js';
import { CONTENT_SECURITY_POLICY, DATA_ELEMENT_ID, PAGE_SCRIPT, PAGE_STYLE } from '../../src/report/html-template.js';
import { hiddenNote } from '../../src/report/text.js';
import { atOrAbove, bandCounts, hiddenBelow } from '../helpers/fixture-bands.js';

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8'));
const fixture = ReportSchema.parse(raw);
const html = renderHtml(fixture);
const counts = bandCounts(fixture);
const DATA_BLOCK = new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">([\\s\\S]*?)</script>`);

function dataBlock(page: string): string {
  const match = DATA_BLOCK.exec(page);
  if (!match?.[1]) throw new Error('no data block');
  return match[1];
}

/** Every string value anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const HOSTILE: Array<{ input: string; escaped: string }> = [
  { input: '<script>alert(1)</script>', escaped: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { input: '</script> <img', escaped: '&lt;/script&gt; &lt;img' },
  { input: '<img src=x onerror=alert(1)>', escaped: '&lt;img src=x onerror=alert(1)&gt;' },
  { input: `"quote-breaking' attributes`, escaped: '&quot;quote-breaking&#39; attributes' },
  { input: '\u2028', escaped: '&#x2028;' },
  { input: '\u2029', escaped: '&#x2029;' },
];

describe('escapeHtml', () => {
  it('escapes the five markup characters and the line separators', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>\u2028\u2029`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;&#x2028;&#x2029;',
    );
  });
});

describe('jsonForScript', () => {
  const value = { text: '</script><!-- & \u2028 \u2029 >', list: ['<b>'] };

  it('writes <, >, &, U+2028 and U+2029 as \\u escapes', () => {
    expect(jsonForScript(value)).toBe(
      '{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029 \\u003e","list":["\\u003cb\\u003e"]}',
    );
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});

describe('renderHtml escaping', () => {
  it.each(HOSTILE)('holds no raw $input in its markup, only its escaped form', ({ input, escaped }) => {
    const markup = html.replace(DATA_BLOCK, '');
    expect(markup).not.toContain(input);
    expect(markup).toContain(escaped);
  });

  it('closes exactly its own two script elements and opens no other element from input', () => {
    expect(count(html, '<script')).toBe(2);
    expect(count(html, '</script>')).toBe(2);
    expect(html).not.toMatch(/<[a-z][^>]*\s(?:href|src|on[a-z]+)\s*=/i);
    expect(html).not.toMatch(/<(?:img|a|iframe|link|object|embed)[\s>]/i);
  });

  it('keeps the hostile conflict id and fingerprint inside quoted, escaped attributes', () => {
    const hostile = renderHtml({
      ...fixture,
      conflicts: fixture.conflicts.map((conflict) => (conflict.kind === 'actor' ? { ...conflict, id: `k4" onclick="alert(1)` } : conflict)),
    });
    expect(hostile).toContain('data-id="k4&quot; onclick=&quot;alert(1)"');
    expect(hostile).not.toContain('onclick="');
  });

  it('escapes the title option in <title> and <h1>', () => {
    const titled = renderHtml(fixture, { title: '<b>Desk</b> & "check"' });
    expect(titled).toContain('<title>&lt;b&gt;Desk&lt;/b&gt; &amp; &quot;check&quot;</title>');
    expect(titled).toContain('<h1>&lt;b&gt;Desk&lt;/b&gt; &amp; &quot;check&quot;</h1>');
  });
});

describe('renderHtml data block', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(dataBlock(html))).toEqual(raw);
  });

  it('holds no raw <, >, &, U+2028 or U+2029 (quotes are inert inside a script element)', () => {
    expect(dataBlock(html)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(dataBlock(html)).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(dataBlock(html)).toContain('attributes\\u2028line\\u2029para');
  });
});

describe('renderHtml is self-contained', () => {
  it('sets the content policy and holds no URL or url() in its own style and script', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
    for (const part of [PAGE_STYLE, PAGE_SCRIPT, CONTENT_SECURITY_POLICY]) {
      expect(part).not.toMatch(/\/\/|https?:|url\(|@import/i);
    }
  });

  it('has no URL outside escaped user text', () => {
    const userText = [...new Set(strings(raw))].filter((text) => text.includes('/')).sort((a, b) => b.length - a.length);
    expect(userText.some((text) => text.includes('http://example.net/x'))).toBe(true);
    expect(html).toContain('http://example.net/x');
    // Highlights split a claim into pieces; without the marks each claim is its escaped text again.
    let rest = html.replace(DATA_BLOCK, '').replace(/<mark>|<\/mark>/g, '');
    for (const text of userText) rest = rest.split(escapeHtml(text)).join('');
    expect(rest).not.toMatch(/https?:|\/\//i);
  });
});

describe('renderHtml content', () => {
  it('renders one card per conflict at or above the band, none below', () => {
    expect(count(html, '<article class="card')).toBe(counts.high + counts.medium);
    expect(html).not.toContain('data-band="low"');
    expect(count(renderHtml(fixture, { minBand: 'low' }), '<article class="card')).toBe(fixture.conflicts.length);
    expect(count(renderHtml(fixture, { minBand: 'high' }), '<article class="card')).toBe(counts.high);
    expect(html).toContain(`${hiddenNote(hiddenBelow(fixture, 'medium'))}; showing the medium band and above.`);
  });

  it('marks the clashing spans from their offsets', () => {
    expect(html).toContain('Russia has <mark>not yet confirmed</mark> attendance at the Istanbul talks, two officials said');
    expect(html).toContain('<mark>Police</mark> fired tear gas at the crowd near the square, said &lt;script&gt;alert(1)&lt;/script&gt; witnesses');
  });

  it('offers filters for the shown kinds and bands only', () => {
    const kinds = [...html.matchAll(/name="kind" value="([a-z]+)"/g)].map((match) => match[1]);
    const bands = [...html.matchAll(/name="band" value="([a-z]+)"/g)].map((match) => match[1]);
    const shown = atOrAbove(fixture, 'medium');
    expect(kinds).toEqual(shown.map((c) => c.kind));
    expect(bands).toEqual(['high', 'medium'].filter((band) => shown.some((c) => c.band === band)));
  });

  it('puts the message before the two quotes and folds the factor table in <details>', () => {
    const card = html.slice(html.indexOf('<article class="card'), html.indexOf('</article>'));
    expect(card.indexOf('<p class="message">')).toBeLessThan(card.indexOf('<div class="sides">'));
    expect(card.indexOf('<div class="sides">')).toBeLessThan(card.indexOf('<details class="factors">'));
    expect(card).toMatch(/<details class="factors"><summary>How the score was reached \(\d+ factors\)<\/summary><div class="scroll"><table>/);
    expect(count(html, '<details class="factors">')).toBe(count(html, '<article class="card'));
  });

  it('tables the factors and the consensus', () => {
    const strength = fixture.conflicts.find((c) => c.kind === 'status')!.factors.find((f) => f.name === 'strength')!;
    expect(html).toContain(
      `<tr><td>strength</td><td class="num">${strength.value.toFixed(2)}</td><td class="num">${strength.weight.toFixed(2)}</td><td class="num">${strength.contribution.toFixed(2)}</td><td>${strength.note}</td></tr>`,
    );
    expect(strength.note).toBe('how clear the clash is on the words alone');
    const row = /<tr><td>Russia has not yet confirmed attendance<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td class="num">2<\/td><td class="num">1<\/td><\/tr>/.exec(html);
    expect(row?.slice(1)).toEqual(['Reuters', 'TASS']);
  });

  it('renders a page without cards or filters when nothing reaches the band', () => {
    const empty = renderHtml({ ...fixture, conflicts: fixture.conflicts.filter((conflict) => conflict.band === 'low') });
    expect(empty).toContain('<p class="note">No conflicts at or above the medium band.</p>');
    expect(count(empty, '<article class="card')).toBe(0);
    expect(empty).not.toContain('id="filters"');
  });
});
