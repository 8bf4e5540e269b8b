/**
 * Writes test/fixtures/report.json, the report the renderers are tested on, as the real pipeline makes it:
 *   npx tsx scripts/make-report-fixture.ts
 * Four short invented reports of one event, with hostile markup in a source name and in one report's text, go
 * through `analyze`; only the timings (which vary run to run) are set to zero. test/report/fixture.test.ts fails when
 * the committed file is no longer what this script writes (after a change to extraction, matching, weights or
 * lexicons): run the script again and review the diff.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/api/analyze.js';
import type { DocumentInput } from '../src/model/document.js';
import type { OptionsInput } from '../src/model/options.js';
import type { Report } from '../src/model/report.js';

// Line separators end a sentence in a text, so they ride in the source name, which renderers print whole.
export const HOSTILE_NAME = `<img src=x onerror=alert(1)> Gazette "quote-breaking' attributes\u2028line\u2029para`;
const HOSTILE_TAIL = `said <script>alert(1)</script> witnesses </script> <img src=x onerror=alert(1)> [link](javascript:alert(1)) at http://example.net/x on Friday.`;

export const FIXTURE_DOCUMENTS: DocumentInput[] = [
  {
    id: 'd1',
    publishedAt: '2025-05-15',
    source: { id: 'reuters', name: 'Reuters', kind: 'wire', reliability: 0.9 },
    text: 'Russia has not yet confirmed attendance at the Istanbul talks, two officials said. At least 40 people died in the quake in Izmir. The talks opened on May 16, 2025. Protesters fired tear gas at the crowd near the square, witnesses said. The delegates gathered in Istanbul. Is this the end?',
  },
  {
    id: 'd2',
    publishedAt: '2025-05-15',
    source: { id: 'tass', name: 'TASS', kind: 'wire', reliability: 0.6 },
    text: 'Putin refused to attend the Istanbul talks, the Kremlin said. Officials said 12 people died in the quake in Izmir. The talks opened on May 15, 2025. The delegates gathered in Ankara.',
  },
  {
    id: 'd3',
    publishedAt: '2025-05-16',
    source: { id: 'digest', name: 'Morning Digest', kind: 'newspaper', reliability: 0.7 },
    citations: { '2': { id: 'd3#2', name: 'Anadolu Agency', kind: 'wire', reliability: 0.8 }, '3': { id: 'd3#3', name: 'Kyiv Independent', kind: 'newspaper', reliability: 0.75 } },
    text: 'Some reports said the delegation will attend the summit [2]. Other accounts said the delegation will not attend the summit [3]. The minister called the offer "insolent". Prices rose sharply after the talks.',
  },
  {
    id: 'd4',
    publishedAt: '2025-05-16',
    source: { id: 'hostile', name: HOSTILE_NAME, kind: 'blog', reliability: 0.3, url: 'https://example.org/gazette' },
    text: `Police fired tear gas at the crowd near the square, ${HOSTILE_TAIL} The minister called the offer "impudent" </script>. Prices fell <img src=x onerror=alert(1)> after the talks.`,
  },
];

/** Band cut-offs above the defaults, so the fixture's real scores fall in all three bands (moved with session 18's and session 22's refits). */
export const FIXTURE_OPTIONS: OptionsInput = { bands: { medium: 0.71, high: 0.86 } };

/** The fixture: analyze's report on the documents, timings zeroed. */
export function fixtureReport(): Report {
  const report = analyze({ documents: FIXTURE_DOCUMENTS }, FIXTURE_OPTIONS);
  const timings = Object.fromEntries(Object.keys(report.timings).map((k) => [k, 0])) as Report['timings'];
  return { ...report, timings };
}

/** The file text: two-space JSON with the line separators escaped, as renderers receive hostile text. */
export function fixtureText(report: Report = fixtureReport()): string {
  return `${JSON.stringify(report, null, 2).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = fixtureReport();
  writeFileSync(new URL('../test/fixtures/report.json', import.meta.url), fixtureText(report));
  console.log('conflicts', report.conflicts.map((c) => `${c.kind}:${c.band}`).join(' '), 'claims', report.claims.length);
}
