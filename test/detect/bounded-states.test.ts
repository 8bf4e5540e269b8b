/**
 * Two readings that used to raise status conflicts between compatible accounts (issue 11): a state held "until" the
 * very act the other account reports, and a passive "considered" with a predicative complement (a judgement, not an
 * open question). Every sentence is invented for this file; hard negatives keep the real clashes beside them.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { boundedByOtherAct } from '../../src/detect/bounding-event.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;

const reported = reportedBetween;
const clash = oneClash;

describe('boundedByOtherAct: a state that runs until the act the other claim reports', () => {
  it('"lived there until his death" is bounded by "died"', () => {
    const a = first('a', 'The poet continued to live in the farmhouse until his death.');
    const b = first('b', 'The poet died in the farmhouse.');
    expect(boundedByOtherAct(a, b)).toBe(true);
    expect(boundedByOtherAct(b, a)).toBe(true);
  });

  it('a bound by another act ("until hunters arrived") does not cover "halted"', () => {
    expect(boundedByOtherAct(first('a', 'The bear kept up its attack until hunters arrived.'), first('b', 'The bear halted the attack.'))).toBe(false);
  });

  it('no bound at all', () => {
    expect(boundedByOtherAct(first('a', 'The poet still lives in the farmhouse.'), first('b', 'The poet died in the farmhouse.'))).toBe(false);
  });
});

describe('a life told in sequence is no clash; a state said to persist still clashes with its end', () => {
  it('"continued to live … until his death" / "died": none', () => {
    expect(reported('The poet continued to live in the farmhouse until his death.', 'The poet died in the farmhouse.')).toEqual([]);
  });

  it.each([
    ['The poet continued to live in the farmhouse.', 'The poet died in the farmhouse.'],
    ['The poet still lives in the farmhouse.', 'The poet died in the farmhouse.'],
  ])('%s / %s: status', (a, b) => {
    expect(reported(a, b)).toEqual(clash('status'));
  });
});

describe('"is considered a …" states a judgement; "is being considered" leaves the question open', () => {
  it('the judgement is affirmed, the open question pending', () => {
    expect(first('a', 'The recall is considered a Class II recall.').proposition.state).toBe('affirmed');
    expect(first('a', 'The bridge was considered to be safe.').proposition.state).toBe('affirmed');
    expect(first('a', 'The merger is being considered by the board.').proposition.state).toBe('pending');
  });

  it('a judgement and the plain statement of the same fact: none', () => {
    expect(reported('The recall is considered a Class II recall because it covers products that might cause a minor illness.', 'A Class II recall covers products that might cause a minor illness.')).toEqual([]);
  });

  it('hard negative: an open consideration against the decision still clashes', () => {
    expect(reported('The merger is being considered by the board.', 'The board approved the merger.')).toEqual(clash('status'));
  });
});
