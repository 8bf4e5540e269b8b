import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictIndex } from '../../src/index-store/conflict-index.js';
import type { Conflict } from '../../src/model/conflict.js';
import type { DocumentInput } from '../../src/model/document.js';

// Five short wire-style reports of one invented event: together they clash on the toll, the date, the number
// evacuated and whether an inspection was passed (confirmed vs denied).
const S = (id: string, text: string): DocumentInput => ({ id, text, publishedAt: '2025-06-12', source: { name: id, kind: 'wire' } });
const REPORTS: DocumentInput[] = [
  S('r1', 'A fire at a chemical plant in Ostrava killed seven workers on Tuesday, police said. Firefighters said the blaze started in a storage hall. The plant will stay closed until Friday, the company said. About 200 residents were evacuated.'),
  S('r2', 'Nine workers died in a fire at a chemical plant in Ostrava on Wednesday, the regional governor said. The blaze started in a storage hall, according to firefighters. The company denied that the plant will stay closed. More than 500 residents were evacuated.'),
  S('r3', 'Police say seven workers were killed in the Ostrava plant fire. The ministry confirmed that the plant had passed an inspection in May. Some 200 residents were evacuated on Tuesday night.'),
  S('r4', 'The ministry denied that the plant had passed an inspection. Rescuers said 9 workers died in the fire on Tuesday. The blaze started in the control room, the plant manager said.'),
  S('r5', 'The Ostrava plant fire killed seven workers. The plant reopened on Friday. 300 residents were evacuated.'),
];

/** The conflicts `after` has and `before` had not, by id, as `after` scores them: what an alert feed must hear about. */
function gained(before: readonly Conflict[], after: readonly Conflict[]): Conflict[] {
  const had = new Set(before.map((c) => c.id));
  return after.filter((c) => !had.has(c.id));
}

describe('ConflictIndex.add, whatever the order of adding', () => {
  it('the reports contain several conflicts of different kinds', () => {
    const index = new ConflictIndex();
    REPORTS.forEach((doc) => index.add(doc));
    const kinds = new Set(index.conflicts().map((c) => c.kind));
    expect(index.conflicts().length).toBeGreaterThanOrEqual(6);
    // "will stay closed, the company said" / "the company denied that the plant will stay closed" is polarity (a denial negates).
    expect([...kinds].sort()).toEqual(['numeric', 'opposition', 'polarity', 'temporal']);
  });

  it('returns exactly the conflicts that conflicts() gains (property over permutations of 3 and 4 reports)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(REPORTS, { minLength: 3, maxLength: 4 }), (docs) => {
        const index = new ConflictIndex();
        for (const doc of docs) {
          const before = index.conflicts();
          const returned = index.add(doc);
          expect(returned).toEqual(gained(before, index.conflicts()));
        }
      }),
      { numRuns: 30, seed: 13 },
    );
  });
});
