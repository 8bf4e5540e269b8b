/**
 * What the two extraction probes (scripts/probe-extraction.ts, scripts/probe-coordination.ts) share: the vocabulary
 * chosen by --second, word forms for filling templates, the verbs whose state the lexicon reads, and the report.
 */
import { buildLexicon } from '../src/lexicon/index.js';
import { PROBE_OBJECTS, PROBE_OBJECTS_B, PROBE_SUBJECTS, PROBE_SUBJECTS_B, PROBE_VERBS, PROBE_VERBS_B } from './probe-data.js';

const GERUND_EXCEPTIONS: Readonly<Record<string, string>> = { cut: 'cutting', open: 'opening', end: 'ending', scrap: 'scrapping', ban: 'banning', shut: 'shutting', win: 'winning', double: 'doubling' };
const second = process.argv.includes('--second');
export const [SUBJECTS, VERBS, OBJECTS] = second ? [PROBE_SUBJECTS_B, PROBE_VERBS_B, PROBE_OBJECTS_B] : [PROBE_SUBJECTS, PROBE_VERBS, PROBE_OBJECTS];
export const gerund = (base: string): string => GERUND_EXCEPTIONS[base] ?? (base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`);
export const inSentence = (s: string): string => (s.startsWith('The ') ? `the ${s.slice(4)}` : s);
export const withoutThe = (s: string): string => s.toLowerCase().replace(/^the /, '');
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Verbs whose claims state a decision, refusal or plan: their state is the lexicon's reading, not the template's. */
const lexicon = buildLexicon();
export const STATE_VERBS: ReadonlySet<string> = new Set([...lexicon.statusVerbs, ...lexicon.refusalVerbs, ...lexicon.abandonVerbs, ...lexicon.pendingVerbs, ...lexicon.awaitVerbs, ...lexicon.planVerbs]);

/** Prints each template's misread sentences (the first N with --show N) and the total; `misread` lists one template's. */
export function report<T extends { text: string }>(templates: readonly T[], misread: (t: T) => string[]): void {
  const showAt = process.argv.indexOf('--show');
  const show = showAt > 0 ? Number(process.argv[showAt + 1]) || 0 : 0;
  const n = SUBJECTS.length * VERBS.length * OBJECTS.length;
  let failed = 0;
  for (const t of templates) {
    const fails = misread(t);
    failed += fails.length;
    console.log(`${String(fails.length).padStart(5)} / ${n}  ${t.text}`);
    for (const f of fails.slice(0, show)) console.log(`        ${f}`);
  }
  const total = n * templates.length;
  console.log(`${failed} of ${total} sentences misread (${((100 * failed) / total).toFixed(1)} %)`);
}
