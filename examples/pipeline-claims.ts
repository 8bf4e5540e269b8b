// Claims a pipeline already has (from its own extractor or a database), checked against each other.
// Run: npx tsx examples/pipeline-claims.ts
import { analyze } from '../src/index.js';

const report = analyze({
  claims: [
    { id: 'feed-101', text: 'The council approved the stadium expansion plan.', source: { name: 'City Wire', kind: 'wire' } },
    { id: 'feed-102', text: 'The council rejected the stadium expansion plan.', source: { name: 'Valley Post', kind: 'newspaper' } },
    { id: 'feed-103', text: 'The stadium will host a concert in June.', source: { name: 'Fan Blog', kind: 'blog' } },
  ],
});

console.log(JSON.stringify(report.conflicts.map((c) => ({ kind: c.kind, band: c.band, score: c.score, claims: c.claims, message: c.message })), null, 2));
