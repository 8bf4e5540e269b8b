/**
 * Training examples from labelled sentence pairs for scripts/calibrate.ts: RTE-3 dev (premise vs hypothesis,
 * real = labelled contradiction) and Emergent train (rumoured claim vs a news headline, real = against). Each
 * pair runs through analyze as two documents from two independent sources, as `gainsay eval pairs` does; only
 * conflicts between the two documents count.
 */
import { readFileSync } from 'node:fs';
import type { EvalPipeline } from '../src/eval/pipeline.js';
import type { StancePair } from '../src/eval/stance.js';
import { exampleOf, UNIT_WEIGHTS, type ExampleSet, type TrainingExample } from './calibrate-examples.js';

/** One labelled pair: the unit pair-level precision and recall count. */
export interface PairUnit {
  set: ExampleSet;
  id: string;
  group: string;
  label: 0 | 1;
}

export interface PairExamples {
  examples: TrainingExample[];
  units: PairUnit[];
}

interface TextPair {
  id: string;
  group: string;
  first: string;
  second: string;
  label: 0 | 1;
}

function pairExamples(set: ExampleSet, pairs: readonly TextPair[], pipeline: EvalPipeline): PairExamples {
  const examples: TrainingExample[] = [];
  for (const pair of pairs) {
    const report = pipeline.analyze(
      {
        documents: [
          { id: 'first', source: { id: 'first', name: 'First source' }, text: pair.first },
          { id: 'second', source: { id: 'second', name: 'Second source' }, text: pair.second },
        ],
      },
      { weights: UNIT_WEIGHTS },
    );
    for (const conflict of report.conflicts) {
      if (conflict.documents[0] === conflict.documents[1]) continue;
      examples.push(exampleOf(conflict, set, pair.id, pair.label, pair.group, pair.id));
    }
  }
  return { examples, units: pairs.map((p) => ({ set, id: p.id, group: p.group, label: p.label })) };
}

/** RTE-3 rows (`id`, `premise`, `hypothesis`, `label`); folds by premise, which several pairs share. */
export function rte3Examples(path: string, pipeline: EvalPipeline): PairExamples {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; premise: string; hypothesis: string; label: string });
  const pairs = rows.map((r) => ({ id: r.id, group: r.premise, first: r.premise, second: r.hypothesis, label: (r.label === 'contradiction' ? 1 : 0) as 0 | 1 }));
  return pairExamples('rte3', pairs, pipeline);
}

/** Emergent rows in FNC-1 layout: the claim is the "headline", the article headline the "body"; folds by claim. */
export function emergentExamples(rows: readonly StancePair[], pipeline: EvalPipeline): PairExamples {
  const pairs = rows
    .filter((r) => r.stance !== undefined && r.stance !== 'unrelated')
    .map((r) => ({ id: `${r.bodyId}`, group: r.headline, first: r.headline, second: r.body, label: (r.stance === 'disagree' ? 1 : 0) as 0 | 1 }));
  return pairExamples('emergent', pairs, pipeline);
}
