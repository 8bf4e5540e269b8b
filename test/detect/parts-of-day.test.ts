/**
 * Parts of the day as stretches of the clock (lexicon/clock-words.ts PART_OF_DAY_MINUTES, after the Oxford Dictionary
 * of English): one act told on one day in two parts that do not overlap ("Sunday afternoon" / "Sunday evening"), or
 * at a clock time outside the part the other side names, is a temporal clash; a clock time inside it, the same part,
 * or a part of another day's account left undated is none. Sentences invented for this file; expectations written
 * before the first run.
 */
import { describe, expect, it } from 'vitest';
import { clashes, evidenceOf } from '../helpers/two-reports.js';

const DATES = ['2025-12-01', '2025-12-01'] as const;
const temporal = (a: string, b: string) => evidenceOf('temporal', a, b, DATES);
const fire = (when: string) => `Firefighters were called to a chimney fire at a house in Hebden Royd ${when}, the fire service said.`;

describe('two parts of one day', () => {
  it('"Sunday afternoon" / "Sunday evening" clash', () => {
    expect(temporal(fire('on Sunday afternoon'), fire('on Sunday evening'))).toEqual([['afternoon', 'evening']]);
  });
  it('a clock time before the earliest edge clashes: "at 4 p.m." / "on Sunday evening"', () => {
    expect(temporal(fire('at 4 p.m. on Sunday'), fire('on Sunday evening'))).toEqual([['4 p.m.', 'evening']]);
  });
  it('"on Sunday morning" / "on Sunday afternoon" clash', () => {
    expect(temporal(fire('on Sunday morning'), fire('on Sunday afternoon'))).toEqual([['morning', 'afternoon']]);
  });
  it('a clock time outside the part clashes: "at 18:42" / "on Sunday afternoon"', () => {
    expect(temporal(fire('at 18:42 on Sunday'), fire('on Sunday afternoon'))).toEqual([['18:42', 'afternoon']]);
  });
});

describe('hard negatives', () => {
  it.each([
    ['the same part twice', fire('on Sunday evening'), fire('on Sunday evening')],
    ['a clock time inside the part', fire('at 18:42 on Sunday'), fire('on Sunday evening')],
    // The evening begins "about 6 p.m." (Oxford) or "about 5 or 6 p.m." (Cambridge): 5 p.m. may be either part.
    ['a clock time where dictionaries set the edge apart', fire('at 5 p.m. on Sunday'), fire('on Sunday evening')],
    ['one side gives no part', fire('on Sunday'), fire('on Sunday evening')],
    ['a part with no day before it ("the evening meal")', 'Volunteers served the evening meal at the hall on Sunday, organisers said.', 'Volunteers served lunch at the hall on Sunday afternoon, organisers said.'],
  ])('%s: none', (_, a, b) => expect(temporal(a, b)).toEqual([]));
});

describe('parts of the day do not make two occasions of one state and its change', () => {
  it('"reopened on Monday morning" / "as of Monday evening was still closed" is still a status clash', () => {
    expect(clashes('The thermal basin reopened on Monday morning, the spa said.', 'As of Monday evening the thermal basin was still closed, the spa said.', ['2025-12-02', '2025-12-02']).map(([kind]) => kind)).toEqual(['status']);
  });
});
