// Where each missed gold conflict of a case file is lost: no claim over a quote (extraction), a pair below the match
// floor, a gate that rules the expected kind out, another kind firing, or no detector firing at all; then a census.
// Run: npx tsx scripts/trace-misses.ts CASEFILE [caseIdSubstring]
import { readFileSync } from 'node:fs';
import { analyze, matchClaims } from '../src/index.js';
import { evaluateCases } from '../src/eval/index.js';
import { buildLexicon } from '../src/lexicon/index.js';
import { resolveOptions } from '../src/api/options.js';
import { lazyPlan } from '../src/detect/gates.js';
import { DETECTORS } from '../src/detect/registry.js';
import { DEFAULT_MIN_MATCH } from '../src/match/index.js';
import type { Claim } from '../src/model/claim.js';
import type { ConflictKind } from '../src/model/conflict.js';
import type { CaseFile } from '../src/eval/case-file.js';
import type { QuoteLocation } from '../src/eval/case-pairing.js';

/** Stages from the earliest loss to the latest: a pair's stage is the latest any of its claim pairs reached. */
const STAGES = ['no-detector', 'other-kind', 'below-floor', 'scored-low'] as const;

const [file, only] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: npx tsx scripts/trace-misses.ts CASEFILE [caseIdSubstring]');
const data = JSON.parse(readFileSync(file, 'utf8')) as CaseFile;
const lexicon = buildLexicon(resolveOptions());
const census = new Map<string, number>();
const over = (c: Claim, q: QuoteLocation) => c.documentId === q.document && c.span.start < q.end && q.start < c.span.end;

for (const miss of evaluateCases(data).misses.filter((m) => only === undefined || m.caseId.includes(only))) {
  const kase = data.cases.find((k) => k.id === miss.caseId)!;
  const { claims } = analyze({ documents: kase.documents.map((d) => ({ id: d.id, source: d.source, text: d.text, ...(d.publishedAt ? { publishedAt: d.publishedAt } : {}) })) });
  const [sideA, sideB] = [claims.filter((c) => over(c, miss.a)), claims.filter((c) => over(c, miss.b))];
  console.log(`\n## ${miss.caseId} [${miss.kind}]\n  A: ${JSON.stringify(miss.a.text)}\n  B: ${JSON.stringify(miss.b.text)}`);
  let stage = sideA.length && sideB.length ? 'no-detector' : 'extraction';
  for (const a of sideA) for (const b of sideB) if (a.id !== b.id) stage = latest(stage, tracePair(a, b, miss.kind));
  console.log(`  STAGE ${stage}`);
  census.set(stage, (census.get(stage) ?? 0) + 1);
}
console.log(`\n# stages ${JSON.stringify(Object.fromEntries(census))}`);

function tracePair(a: Claim, b: Claim, kind: ConflictKind): string {
  const match = matchClaims(a, b);
  const context = { lexicon };
  const plan = lazyPlan(a, b, context, match);
  const fired = DETECTORS.flatMap(([k, detect]) => {
    const hit = detect(a, b, context);
    return hit ? [`${k}:${hit.strength.toFixed(2)}(${hit.detail})`] : [];
  });
  const gate = plan.gate(kind);
  console.log(`  pair match ${match.toFixed(2)} relation ${plan.relation.relation ?? '-'} gate(${kind}) ${gate ?? 'open'} fired [${fired.join('; ')}]`);
  console.log(`     a: ${slots(a)}\n     b: ${slots(b)}`);
  if (!fired.some((f) => f.startsWith(`${kind}:`))) return fired.length ? 'other-kind' : 'no-detector';
  if (gate !== undefined) return `gate:${gate}`;
  return match < DEFAULT_MIN_MATCH ? 'below-floor' : 'scored-low';
}

function slots(c: Claim): string {
  const p = c.proposition;
  const list = (xs: readonly { span: { text: string } }[]) => xs.map((x) => x.span.text).join(', ');
  return `${p.actor?.text ?? '-'} | ${p.predicate?.lemma ?? '-'}${p.negated ? ' NEG' : ''} | ${p.theme?.text ?? ''} | quantities ${list(c.quantities)} · times ${list(c.times)} · places ${list(c.places)}`;
}

/** A gate outranks every other stage (the detector fired and a reading stopped it); else the later stage wins. */
function latest(current: string, next: string): string {
  if (current.startsWith('gate:')) return current;
  if (next.startsWith('gate:') || current === 'extraction') return next;
  return STAGES.indexOf(next as (typeof STAGES)[number]) > STAGES.indexOf(current as (typeof STAGES)[number]) ? next : current;
}
