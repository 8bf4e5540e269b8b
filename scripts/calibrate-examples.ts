/**
 * Training examples for scripts/calibrate.ts: every conflict the library's own pipeline reports (bands ignored)
 * on the conflict cases and on FNC-1 headline/body pairs, with its six factor values and a real/not-real label.
 */
import { headlineClaims } from '../src/eval/evaluate-stance.js';
import { LIBRARY_PIPELINE, type EvalPipeline } from '../src/eval/pipeline.js';
import { loadCaseFile, type Case } from '../src/eval/case-file.js';
import { goldConflicts, sidesMatch, type ReportedConflict } from '../src/eval/case-pairing.js';
import { DEFAULT_MIN_MATCH } from '../src/match/similarity.js';
import type { StancePair, Stance } from '../src/eval/stance.js';
import type { Claim } from '../src/model/claim.js';
import type { Conflict } from '../src/model/conflict.js';
import type { DocumentInput } from '../src/model/document.js';
import type { Report } from '../src/model/report.js';
import { combine, DEFAULT_WEIGHTS, type FactorValues } from '../src/score/index.js';

/** Values that name every factor; combine() gives them back in its own order, the order of the features. */
const ALL_FACTORS: FactorValues = { match: 1, strength: 1, certaintyA: 1, certaintyB: 1, credibility: 1, independence: 1, kindPrior: 1, alignedEvent: 1, foreground: 1 };
export const FACTOR_NAMES: readonly string[] = combine(ALL_FACTORS, DEFAULT_WEIGHTS).factors.map((f) => f.name);
/** The factors whose logs are fitted as features; the kind term is fitted as one indicator per kind instead. */
export const FIT_FACTORS: readonly string[] = FACTOR_NAMES.filter((name) => name !== 'kindPrior');

/**
 * Weight 1 on every factor: each factor's recorded contribution is then exactly ln(max(floor, value)), the
 * feature combine() uses, floored as combine() floors it, without copying its floor here.
 */
export const UNIT_WEIGHTS: Record<string, number> = Object.fromEntries(FACTOR_NAMES.map((name) => [name, 1]));

/** FNC-1 stances that give a labelled example: disagree is a real conflict, agree and discuss are not. */
const FNC1_LABELS: Partial<Record<Stance, 0 | 1>> = { disagree: 1, agree: 0, discuss: 0 };

/**
 * Data sets the judge is fitted on. The case files (hand-built cases and real stories) share the intercept that
 * ships; the others get an offset each (see calibrate-fit.ts).
 */
export const EXAMPLE_SETS = ['cases', 'stories', 'fnc1', 'rte3', 'emergent'] as const;
export type ExampleSet = (typeof EXAMPLE_SETS)[number];

export interface TrainingExample {
  set: ExampleSet;
  /** case id, or FNC-1 body id and headline number, or pair id */
  where: string;
  /** the unit cross-validation folds by (a case, an FNC-1 body, an RTE-3 premise, an Emergent claim) */
  group: string;
  /** the labelled unit the conflict belongs to (a pair id), or for cases the gold conflict it matched ("case#i") */
  unit: string | null;
  kind: string;
  /** factor values as the conflict recorded them, by FACTOR_NAMES */
  values: Record<string, number>;
  /** ln of each floored factor value, in FIT_FACTORS order */
  logs: number[];
  label: 0 | 1;
}

export function exampleOf(conflict: Conflict, set: ExampleSet, where: string, label: 0 | 1, group = where, unit: string | null = null): TrainingExample {
  const byName = new Map(conflict.factors.map((f) => [f.name, f]));
  const factor = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`conflict ${conflict.id} lacks factor ${name}`);
    return found;
  };
  return {
    set,
    where,
    group,
    unit,
    kind: conflict.kind,
    values: Object.fromEntries(FACTOR_NAMES.map((name) => [name, factor(name).value])),
    logs: FIT_FACTORS.map((name) => factor(name).contribution),
    label,
  };
}

function toDocumentInput(doc: Case['documents'][number]): DocumentInput {
  return { id: doc.id, source: doc.source, text: doc.text, ...(doc.publishedAt === undefined ? {} : { publishedAt: doc.publishedAt }) };
}

/** A report's conflict as the case pairing sees it (claim spans by claim id). */
function asReported(conflict: Conflict, report: Report): ReportedConflict {
  const span = (id: string) => report.claims.find((c) => c.id === id)?.span ?? null;
  return {
    kind: conflict.kind,
    score: conflict.score,
    band: conflict.band,
    a: { document: conflict.documents[0], span: span(conflict.claims[0]) },
    b: { document: conflict.documents[1], span: span(conflict.claims[1]) },
  };
}

/** Every conflict in every case; positive when its sides overlap an expected conflict's quotes (kind ignored). */
export function caseExamples(caseFile: unknown, pipeline: EvalPipeline = LIBRARY_PIPELINE, set: ExampleSet = 'cases'): TrainingExample[] {
  return loadCaseFile(caseFile).cases.flatMap((kase) => {
    const report = pipeline.analyze({ documents: kase.documents.map(toDocumentInput) }, { weights: UNIT_WEIGHTS });
    const gold = goldConflicts(kase);
    return report.conflicts.map((conflict) => {
      const reported = asReported(conflict, report);
      const matched = gold.findIndex((g) => sidesMatch(reported, g));
      return exampleOf(conflict, set, kase.id, matched >= 0 ? 1 : 0, kase.id, matched >= 0 ? `${kase.id}#${matched}` : null);
    });
  });
}

/** extractClaims remembered by document id and text, so the FNC-1 bodies are extracted once for every run. */
export function memoisedPipeline(base: EvalPipeline = LIBRARY_PIPELINE): EvalPipeline {
  const memo = new Map<string, Claim[]>();
  return {
    ...base,
    extractClaims: (document, options) => {
      const key = `${document.id}\u0000${document.text}`;
      const hit = memo.get(key);
      if (hit) return hit;
      const claims = base.extractClaims(document, options);
      memo.set(key, claims);
      return claims;
    },
  };
}

/** Conflicts between each headline claim and each matched body claim (as predict-stance.ts compares them), labelled by gold stance. */
export function fnc1Examples(pairs: readonly StancePair[], pipeline: EvalPipeline): TrainingExample[] {
  const headlineIds = new Map<string, string>();
  const examples: TrainingExample[] = [];
  for (const pair of pairs) {
    const label = pair.stance === undefined ? undefined : FNC1_LABELS[pair.stance];
    if (label === undefined) continue;
    if (!headlineIds.has(pair.headline)) headlineIds.set(pair.headline, `headline-${headlineIds.size + 1}`);
    const headlineId = headlineIds.get(pair.headline)!;
    const heads = headlineClaims(pair.headline, headlineId, pipeline);
    const body = pipeline.extractClaims({ id: `body-${pair.bodyId}`, text: pair.body });
    for (const h of heads) {
      for (const b of body) {
        if (pipeline.matchClaims(h, b) < DEFAULT_MIN_MATCH) continue;
        const conflict = pipeline.compareClaims(h, b, { weights: UNIT_WEIGHTS });
        if (conflict) examples.push(exampleOf(conflict, 'fnc1', `${pair.bodyId}/${headlineId}`, label, `body-${pair.bodyId}`));
      }
    }
  }
  return examples;
}
