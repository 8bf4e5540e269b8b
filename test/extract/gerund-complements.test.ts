/**
 * An aspectual verb of onset or going on with an "-ing" complement tells that the complement's event takes place
 * (extract/gerund-complements.ts; Freed 1979 ch. 3), as its "to" infinitive does: "has started casting bells" is a
 * casting of bells, which "has yet to cast a bell" denies (detect/status.ts: an act not yet done is no activity
 * under way). Sentences invented for this file; expectations written before the first run. Hard negatives: a verb of
 * ending keeps its own reading, and two reports of an activity under way are no clash.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const predicate = (text: string) => extractClaims({ id: 'd', text, source: 'S' })[0]!.proposition.predicate?.lemma;

describe('an aspectual verb with an "-ing" complement', () => {
  it.each([
    ['The foundry has started casting bells again.', 'cast'],
    ['The pumps kept running all night.', 'run'],
    ['The mill resumed grinding flour on Monday.', 'grind'],
    ['The foundry stopped casting bells in May.', 'stop'],
  ])('%s', (text, expected) => {
    expect(predicate(text)).toBe(expected);
  });


  it('started producing and yet to produce clash', () => {
    expect(alertKinds('The foundry has started casting bells at its new site.', 'The foundry has yet to cast a single bell at its new site.')).toEqual(['status']);
  });

  it('an activity under way told twice is no clash', () => {
    expect(alertKinds('The foundry is still casting bells at its new site.', 'The foundry is casting bells at its new site.')).toEqual([]);
  });
});
