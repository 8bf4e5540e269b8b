/**
 * An extraction probe of sentences with two predications (scripts/probe-data.ts, PAIR_TEMPLATES): each sentence passes
 * when one claim reads the first verb with its object and the subject as actor, another reads the second verb with its
 * object, the subject as actor and the template's state, and each keeps its own date and not the other's. The second
 * verb and object are the first's partners further down the same lists (the state is not asked of status, refusal and
 * plan verbs, which the lexicon reads). A measure on invented text, not a test.
 *   npx tsx scripts/probe-coordination.ts [--show N] [--second]   (--second: the second vocabulary)
 */
import { extractClaims } from '../src/index.js';
import type { Claim } from '../src/model/claim.js';
import { PAIR_TEMPLATES, type PairTemplate } from './probe-data.js';
import { capital, gerund, inSentence, OBJECTS, report, STATE_VERBS, SUBJECTS, VERBS, withoutThe } from './probe-common.js';

/** How far down the verb and object lists the second predication's partner stands. */
const VERB_STEP = 7;
const OBJECT_STEP = 1;
type Verb = readonly [string, string, string];
const head = (s: string) => s.split(' ').at(-1);

function sentence(t: PairTemplate, subject: string, v: Verb, w: Verb, o: string, o2: string): string {
  const fill: Record<string, string> = { S: subject, s: inSentence(subject), V: v[0], O: o, V2: w[0], B2: w[1], Z2: w[2], G2: gerund(w[1]), O2: o2 };
  return capital(t.text.replace(/\{(S|s|V2|B2|Z2|G2|O2|V|O)\}/g, (_, k: string) => fill[k]!));
}

function reads(c: Claim | undefined, subject: string, object: string, own: string, other: string): c is Claim {
  if (!c) return false;
  const p = c.proposition;
  if (head(p.theme?.text ?? '') !== head(object) || withoutThe(p.actor?.text ?? '') !== withoutThe(subject)) return false;
  const times = c.times.map((t) => t.span.text.toLowerCase());
  if (own !== '' && !times.some((t) => t.includes(own.toLowerCase()))) return false;
  return other === '' || !times.some((t) => t.includes(other.toLowerCase()));
}

function passes(t: PairTemplate, text: string, subject: string, v: Verb, w: Verb, o: string, o2: string): boolean {
  const claims = extractClaims({ id: 'probe', text, source: 'Probe', publishedAt: '2026-04-15' });
  const first = claims.find((c) => c.proposition.predicate?.lemma === v[1]);
  const next = claims.find((c) => c !== first && c.proposition.predicate?.lemma === w[1]);
  if (!reads(first, subject, o, t.dates[0], t.dates[1]) || !reads(next, subject, o2, t.dates[1], t.dates[0])) return false;
  return t.second === 'any' || STATE_VERBS.has(w[1]) || next.proposition.state === t.second;
}

report(PAIR_TEMPLATES, (t) => {
  const fails: string[] = [];
  VERBS.forEach((v, i) => {
    const w = VERBS[(i + VERB_STEP) % VERBS.length]!;
    OBJECTS.forEach((o, j) => {
      const o2 = OBJECTS[(j + OBJECT_STEP) % OBJECTS.length]!;
      for (const subject of SUBJECTS) {
        const text = sentence(t, subject, v, w, o, o2);
        if (!passes(t, text, subject, v, w, o, o2)) fails.push(text);
      }
    });
  });
  return fails;
});
