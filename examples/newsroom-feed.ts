/**
 * A live feed: reports arrive one by one into a ConflictIndex, and each new clash is printed the moment it
 * appears. Run with `npx tsx examples/newsroom-feed.ts`.
 */
import { readFileSync } from 'node:fs';
import { ConflictIndex } from '../src/index.js';
import type { Conflict, DocumentInput } from '../src/index.js';

const feed = JSON.parse(readFileSync(new URL('./data/newsroom-feed.json', import.meta.url), 'utf8')) as DocumentInput[];
const index = new ConflictIndex();

function alert(conflict: Conflict): string {
  const [a, b] = conflict.evidence;
  return `  ALERT ${conflict.band.toUpperCase()} ${conflict.kind} (score ${conflict.score.toFixed(2)}): "${a?.span.text}" [${conflict.documents[0]}] vs "${b?.span.text}" [${conflict.documents[1]}]`;
}

for (const report of feed) {
  const found = index.add(report);
  console.log(`${report.publishedAt ?? ''} ${report.id}: ${found.length === 0 ? 'no new conflict' : `${found.length} new conflict(s)`}`);
  for (const conflict of found) console.log(alert(conflict));
}

// The whole index, rescored without re-reading any report; it can be saved and restored as JSON.
const saved = JSON.stringify(index);
const restored = ConflictIndex.fromJSON(saved);
console.log(`\n${restored.size} reports indexed, ${restored.conflicts().length} conflict(s) in all, ${saved.length} bytes saved`);
