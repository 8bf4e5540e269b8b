import { describe, expect, it } from 'vitest';
import { formatOfPath, stripMarkup, toOriginalSpan } from '../../src/ingest/markup.js';

function spanOfPhrase(original: string, format: 'markdown' | 'html' | 'text', phrase: string) {
  const stripped = stripMarkup(original, format);
  const at = stripped.text.indexOf(phrase);
  expect(at).toBeGreaterThanOrEqual(0);
  return { stripped, span: toOriginalSpan(stripped, at, at + phrase.length) };
}

describe('stripMarkup: markdown', () => {
  const md = '# Talks\n\nThe minister **will not** attend the [summit](https://example.org/a) in Rome [2, 3].\nThe meeting\nlasted _three_ hours.\n\n- Some 40 people `waited`.\n> A quoted line.\n\n```\nconst x = 1;\n```\nsnake_case and 2 * 3 stay; \\*escaped\\*.';

  it('keeps the prose, drops the marks, joins soft breaks and keeps citation markers', () => {
    expect(stripMarkup(md, 'markdown').text).toBe(
      'Talks\n\nThe minister will not attend the summit in Rome [2, 3]. The meeting lasted three hours.\n\nSome 40 people waited.\nA quoted line.\n\n\n\n\nsnake_case and 2 * 3 stay; *escaped*.',
    );
  });

  it('maps a phrase that spans removed marks back to the exact original range', () => {
    const { span } = spanOfPhrase(md, 'markdown', 'will not attend the summit');
    expect(span).toEqual({ start: 24, end: 53, text: 'will not** attend the [summit' });
    expect(md.slice(span.start, span.end)).toBe(span.text);
  });

  it('maps a soft line break back to the newline it replaced', () => {
    const { span } = spanOfPhrase(md, 'markdown', 'meeting lasted');
    expect(span.text).toBe('meeting\nlasted');
  });
});

describe('stripMarkup: html', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><h1>Flood</h1><p>At least 40 people&nbsp;died in <b>Valencia</b> &amp; nearby,\nofficials said.</p><!-- note --><script>alert("x")</script><p>Caf&#233; &#x1F600; ok</p></body></html>';

  it('drops head, script, style and comments; blocks become line breaks; entities are decoded', () => {
    expect(stripMarkup(html, 'html').text).toBe('\n\n\nFlood\n\nAt least 40 people\u00A0died in Valencia & nearby, officials said.\n\nCafé 😀 ok\n\n\n');
  });

  it('maps spans over tags and entities to the original, never splitting an entity', () => {
    const start = html.indexOf('died in <b>');
    expect(spanOfPhrase(html, 'html', 'died in Valencia &').span).toEqual({ start, end: start + 29, text: 'died in <b>Valencia</b> &amp;' });
    const { stripped } = spanOfPhrase(html, 'html', '😀');
    const at = stripped.text.indexOf('😀');
    expect(toOriginalSpan(stripped, at, at + 1).text).toBe('&#x1F600;');
  });

  it('leaves a lone < or & that is not markup as text', () => {
    expect(stripMarkup('<p>3 < 4 & 5 > 2</p>', 'html').text).toBe('\n3 < 4 & 5 > 2\n');
  });
});

describe('stripMarkup: text and formats', () => {
  it('keeps plain text unchanged with an identity map', () => {
    const { stripped, span } = spanOfPhrase('He said **so**.', 'text', '**so**');
    expect(stripped.text).toBe('He said **so**.');
    expect(span).toEqual({ start: 8, end: 14, text: '**so**' });
  });

  it('reads the format from the extension', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.htm', 'e.txt', 'f', 'dir.md/g', '.md'].map(formatOfPath)).toEqual([
      'markdown', 'markdown', 'html', 'html', 'text', 'text', 'text', 'text',
    ]);
  });
});
