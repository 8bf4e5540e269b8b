// Evaluates the FNC-1 stance mapping over a small grid of thresholds (used to choose relatedCoverage).
// Run: npx tsx scripts/stance-grid.ts '[{"relatedCoverage":0.35},{"relatedCoverage":0.5}]'
import { evaluateStance, STANCE_THRESHOLDS } from '../src/index.js';
import { readFnc1 } from '../src/eval/fnc1-read.js';
const pairs = readFnc1('../shared/data/fnc1-dev');
const grid = JSON.parse(process.argv[2] ?? '[{}]') as Record<string, unknown>[];
for (const g of grid) {
  const r = evaluateStance(pairs, { thresholds: { ...STANCE_THRESHOLDS, ...g } as typeof STANCE_THRESHOLDS });
  console.log(JSON.stringify(g), r.relativeScore?.toFixed(4), r.macroF1?.toFixed(4), JSON.stringify(r.f1));
}
