import { analyze } from '../../src/api/analyze.js';
import type { Report } from '../../src/model/types.js';

/** Two reports of one day from two named outlets, analysed together: the set-up of the pair tests. */
export function analyzeTwoReports(a: string, b: string): Report {
  return analyze({
    documents: [
      { id: 'a', source: { name: 'First Report' }, publishedAt: '2025-04-02', text: a },
      { id: 'b', source: { name: 'Second Report' }, publishedAt: '2025-04-02', text: b },
    ],
  });
}
