// The reference case: one synthesized article that reports two versions of Russia's attendance.
// Run: npx tsx examples/seed.ts
import { readFileSync } from 'node:fs';
import { analyze, renderText } from '../src/index.js';

const article = readFileSync(new URL('./data/seed-article.txt', import.meta.url), 'utf8');
const report = analyze(article);

console.log(renderText(report, { color: process.stdout.isTTY }));
for (const conflict of report.conflicts) {
  const [a, b] = conflict.claims.map((id) => report.claims.find((c) => c.id === id)!);
  console.log(`${conflict.kind} (${conflict.band}, ${conflict.score.toFixed(2)})`);
  console.log(`  ${a!.attribution.holder} → ${a!.proposition.state}, cites [${a!.attribution.markers.join(', ')}]`);
  console.log(`  ${b!.attribution.holder} → ${b!.proposition.state}, cites [${b!.attribution.markers.join(', ')}]`);
  console.log(`  ambiguous citation: ${a!.attribution.ambiguous}`);
}
