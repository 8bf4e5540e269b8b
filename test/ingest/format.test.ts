import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { extractClaims } from '../../src/api/stages.js';
import { ConflictIndex } from '../../src/index-store/conflict-index.js';
import type { DocumentInput } from '../../src/model/document.js';
import { GainsayError } from '../../src/model/errors.js';
import type { Report } from '../../src/model/report.js';

const MARKDOWN = [
  '---',
  'title: Ferry disaster',
  'author: The minister will attend the summit',
  '---',
  '# Ferry capsizes off Sulawesi',
  '',
  'At least **40 people** died when the [ferry](https://example.org/f) capsized on Monday, the _police_ said.',
  'Rescuers pulled 112 survivors from the water &amp; the coast guard said more may be found.',
  '',
  '```',
  'The harbour will reopen on Friday.',
  '```',
  '',
  '&copy; 2025 Northwire',
].join('\n');

const HTML = [
  '<html><head><title>Ferry</title><script>var s = "The port will close.";</script></head><body>',
  '<h1>Ferry capsizes</h1>',
  '<p>Twelve people died when the ferry capsized on Tuesday, the <b>rescue&nbsp;agency</b> said.</p>',
  '<p>The agency&rsquo;s chief said the ferry was carrying 150 passengers.</p>',
  '<footer>&copy; 2025 Harbor Daily</footer>',
  '</body></html>',
].join('\n');

const DOCS: DocumentInput[] = [
  { id: 'md', text: MARKDOWN, format: 'markdown', publishedAt: '2025-03-06', source: { name: 'Northwire', kind: 'wire' } },
  { id: 'html', text: HTML, format: 'html', publishedAt: '2025-03-06', source: { name: 'Harbor Daily', kind: 'newspaper' } },
];

/** Every `{ start, end, text }` in the report's claims, conflicts and skips, with the document it belongs to. */
function spans(report: Report): { doc: string; start: number; end: number; text: string }[] {
  const found: { doc: string; start: number; end: number; text: string }[] = [];
  const walk = (value: unknown, doc: string | undefined): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, doc));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const here = typeof record.documentId === 'string' ? record.documentId : doc;
    if (typeof record.start === 'number' && typeof record.end === 'number' && typeof record.text === 'string') {
      found.push({ doc: here!, start: record.start, end: record.end, text: record.text });
    }
    Object.values(record).forEach((v) => walk(v, here));
  };
  walk([report.claims, report.conflicts, report.skipped], undefined);
  return found;
}

function expectSpansInOriginal(report: Report, documents: readonly DocumentInput[]): number {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const all = spans(report);
  for (const s of all) expect(s.text).toBe(texts.get(s.doc)!.slice(s.start, s.end));
  return all.length;
}

describe('analyze reads Markdown and HTML documents', () => {
  const report = analyze({ documents: DOCS });

  it('maps every span back to the original text', () => {
    expect(expectSpansInOriginal(report, DOCS)).toBeGreaterThan(20);
    const bold = report.claims.find((c) => c.documentId === 'md' && c.text.startsWith('At least 40 people'))!;
    expect(bold.span.text).toBe('At least **40 people** died when the [ferry](https://example.org/f) capsized on Monday, the _police_ said');
  });

  it('reads no front matter, fenced code, script or copyright line as a claim; entities are decoded', () => {
    const texts = report.claims.map((c) => c.text);
    expect(texts.some((t) => /minister|harbour|port will|copy|©/i.test(t))).toBe(false);
    expect(report.claims.map((c) => c.attribution.verb)).not.toContain('copy');
    expect(texts).toContain('The agency\u2019s chief said the ferry was carrying 150 passengers');
  });

  it('finds the conflicts between the two formats, their evidence in each original', () => {
    // The toll (twelve vs at least 40 died) and the day (Tuesday vs Monday) of one capsizing.
    expect(report.conflicts.map((c) => [c.kind, c.documents, c.evidence.map((e) => [e.span.text, e.span.start])])).toEqual([
      ['numeric', ['html', 'md'], [['Twelve people', HTML.indexOf('Twelve people')], ['At least **40 people', MARKDOWN.indexOf('At least **40 people')]]],
      ['temporal', ['html', 'md'], [['Tuesday', HTML.indexOf('Tuesday')], ['Monday', MARKDOWN.indexOf('Monday')]]],
    ]);
  });

  it('keeps every span exact on generated Markdown and HTML (property)', () => {
    const sentence = fc.constantFrom('Twelve people died in the flood on Monday.', 'The minister will not attend the summit.', 'Rescuers said 40 people were missing.', 'The port reopened on Friday, officials said.');
    const md = fc.tuple(sentence, fc.constantFrom('**', '_', '`', ''), fc.constantFrom('# ', '> ', '- ', ''), fc.constantFrom(' &amp; ', ' &copy; ', ' &#8217; ', ' ')).map(([s, mark, block, entity]) => {
      const words = s.split(' ');
      return `${block}${words[0]} ${mark}${words.slice(1, 3).join(' ')}${mark}${entity}${words.slice(3).join(' ')}`;
    });
    const html = fc.tuple(sentence, fc.constantFrom('b', 'em', 'a href="x"'), fc.constantFrom('&nbsp;', '&amp;', ' ')).map(([s, tag, entity]) => {
      const words = s.split(' ');
      return `<p>${words[0]} <${tag}>${words.slice(1, 3).join(' ')}</${tag.split(' ')[0]}>${entity}${words.slice(3).join(' ')}</p>`;
    });
    fc.assert(
      fc.property(fc.array(md, { minLength: 1, maxLength: 4 }), fc.array(html, { minLength: 1, maxLength: 4 }), (mdLines, htmlLines) => {
        const documents: DocumentInput[] = [
          { id: 'm', text: ['---', 'a: b', '---', ...mdLines].join('\n\n'), format: 'markdown' },
          { id: 'h', text: htmlLines.join('\n'), format: 'html' },
        ];
        expectSpansInOriginal(analyze({ documents }), documents);
      }),
      { numRuns: 25, seed: 8 },
    );
  });
});

describe('entry points that cannot map spans back refuse markup instead of pointing into stripped text', () => {
  it.each([
    ['ConflictIndex.add', () => new ConflictIndex().add(DOCS[0]!)],
    ['extractClaims', () => extractClaims(DOCS[1]!)],
  ])('%s', (_name, run) => {
    expect(run).toThrow(GainsayError);
    expect(run).toThrow(/format: "(markdown|html)" documents are read by analyze/);
  });
});
