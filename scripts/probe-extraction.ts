/**
 * An extraction probe on invented sentences (scripts/probe-data.ts): every subject, verb and object in every template,
 * each read by extractClaims; a sentence passes when its main claim has the verb's lemma, the object's head as its
 * theme's last word, the template's state (for verbs outside the lexicon's status, refusal and plan lists) and the subject (any leading "the" aside) as its actor. Prints the failures
 * by template. A measure of general constructions on text no evaluation file holds, not a test: nothing asserts.
 *   npx tsx scripts/probe-extraction.ts [--show N] [--second]   (--second: the second vocabulary)
 */
import { extractClaims } from '../src/index.js';
import { PROBE_TEMPLATES, type ProbeTemplate } from './probe-data.js';
import { capital, gerund, inSentence, OBJECTS, report, STATE_VERBS, SUBJECTS, VERBS, withoutThe } from './probe-common.js';

function sentence(t: ProbeTemplate, subject: string, [past, base, present]: readonly [string, string, string], object: string): string {
  const fill: Record<string, string> = { S: subject, s: inSentence(subject), V: past, B: base, Z: present, G: gerund(base), O: object, P: capital(object.replace(/^its /, 'the ')) };
  return capital(t.text.replace(/\{([SsVBZGOP])\}/g, (_, k: string) => fill[k]!));
}

function passes(t: ProbeTemplate, text: string, subject: string, lemma: string, object: string): boolean {
  const claims = extractClaims({ id: 'probe', text, source: 'Probe' });
  const p = (claims.find((c) => c.proposition.predicate?.lemma === lemma) ?? claims[0])?.proposition;
  if (!p || p.predicate?.lemma !== lemma) return false;
  if (t.state !== 'any' && !STATE_VERBS.has(lemma) && p.state !== t.state) return false;
  if ((p.theme?.text ?? '').split(' ').at(-1) !== object.split(' ').at(-1)) return false;
  if (t.actor === 'none') return p.actor === undefined;
  return t.actor === 'any' || withoutThe(p.actor?.text ?? '') === withoutThe(subject);
}

report(PROBE_TEMPLATES, (t) => {
  const fails: string[] = [];
  for (const subject of SUBJECTS) for (const verb of VERBS) for (const object of OBJECTS) {
    const text = sentence(t, subject, verb, object);
    if (!passes(t, text, subject, verb[1], object)) fails.push(text);
  }
  return fails;
});
