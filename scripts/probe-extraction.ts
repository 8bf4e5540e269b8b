/**
 * An extraction probe on invented sentences (scripts/probe-data.ts): every subject, verb and object in every template,
 * each read by extractClaims; a sentence passes when its main claim has the verb's lemma, the object's head as its
 * theme's last word, the template's state (for verbs outside the lexicon's status, refusal and plan lists) and the subject (any leading "the" aside) as its actor. Prints the failures
 * by template. A measure of general constructions on text no evaluation file holds, not a test: nothing asserts.
 *   npx tsx scripts/probe-extraction.ts [--show N] [--second]   (--second: the second vocabulary)
 */
import { extractClaims } from '../src/index.js';
import { buildLexicon } from '../src/lexicon/index.js';
import { PROBE_OBJECTS, PROBE_OBJECTS_B, PROBE_SUBJECTS, PROBE_SUBJECTS_B, PROBE_TEMPLATES, PROBE_VERBS, PROBE_VERBS_B, type ProbeTemplate } from './probe-data.js';

const GERUND_EXCEPTIONS: Readonly<Record<string, string>> = { cut: 'cutting', open: 'opening', end: 'ending', scrap: 'scrapping', ban: 'banning', shut: 'shutting', win: 'winning', double: 'doubling' };
const second = process.argv.includes('--second');
const [SUBJECTS, VERBS, OBJECTS] = second ? [PROBE_SUBJECTS_B, PROBE_VERBS_B, PROBE_OBJECTS_B] : [PROBE_SUBJECTS, PROBE_VERBS, PROBE_OBJECTS];
const gerund = (base: string) => GERUND_EXCEPTIONS[base] ?? (base.endsWith('e') ? `${base.slice(0, -1)}ing` : `${base}ing`);
const inSentence = (s: string) => (s.startsWith('The ') ? `the ${s.slice(4)}` : s);
const withoutThe = (s: string) => s.toLowerCase().replace(/^the /, '');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(t: ProbeTemplate, subject: string, [past, base, present]: readonly [string, string, string], object: string): string {
  const fill: Record<string, string> = { S: subject, s: inSentence(subject), V: past, B: base, Z: present, G: gerund(base), O: object, P: capital(object.replace(/^its /, 'the ')) };
  return capital(t.text.replace(/\{([SsVBZGOP])\}/g, (_, k: string) => fill[k]!));
}

/** Verbs whose claims state a decision, refusal or plan: their state is the lexicon's reading, not the template's. */
const lexicon = buildLexicon();
const STATE_VERBS: ReadonlySet<string> = new Set([...lexicon.statusVerbs, ...lexicon.refusalVerbs, ...lexicon.abandonVerbs, ...lexicon.pendingVerbs, ...lexicon.awaitVerbs, ...lexicon.planVerbs]);

function passes(t: ProbeTemplate, text: string, subject: string, lemma: string, object: string): boolean {
  const claims = extractClaims({ id: 'probe', text, source: 'Probe' });
  const p = (claims.find((c) => c.proposition.predicate?.lemma === lemma) ?? claims[0])?.proposition;
  if (!p || p.predicate?.lemma !== lemma) return false;
  if (t.state !== 'any' && !STATE_VERBS.has(lemma) && p.state !== t.state) return false;
  if ((p.theme?.text ?? '').split(' ').at(-1) !== object.split(' ').at(-1)) return false;
  if (t.actor === 'none') return p.actor === undefined;
  return t.actor === 'any' || withoutThe(p.actor?.text ?? '') === withoutThe(subject);
}

const showAt = process.argv.indexOf('--show');
const show = showAt > 0 ? Number(process.argv[showAt + 1]) || 0 : 0;
let total = 0;
let failed = 0;
for (const t of PROBE_TEMPLATES) {
  const fails: string[] = [];
  for (const subject of SUBJECTS) for (const verb of VERBS) for (const object of OBJECTS) {
    const text = sentence(t, subject, verb, object);
    if (!passes(t, text, subject, verb[1], object)) fails.push(text);
  }
  const n = SUBJECTS.length * VERBS.length * OBJECTS.length;
  total += n;
  failed += fails.length;
  console.log(`${String(fails.length).padStart(5)} / ${n}  ${t.text}`);
  for (const f of fails.slice(0, show)) console.log(`        ${f}`);
}
console.log(`${failed} of ${total} sentences misread (${((100 * failed) / total).toFixed(1)} %)`);
