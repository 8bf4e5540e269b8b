/**
 * Content keys are stemmed from the American spelling, so two reports spelling one word two ways share its key
 * ("licence" / "license", "organised" / "organized", "centre" / "center"), while short words that only look alike
 * ("hour", "four") are left as they are (issue 10). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims, matchClaims } from '../../src/api/stages.js';
import { stem } from '../../src/extract/keys.js';

const first = (id: string, text: string) => extractClaims({ id, text, source: id.toUpperCase() })[0]!;

describe('stems of British and American spellings', () => {
  it.each([
    ['licence', 'license'],
    ['licences', 'licenses'],
    ['organised', 'organized'],
    ['organisations', 'organizations'],
    ['colours', 'colors'],
    ['analysed', 'analyzed'],
    ['centres', 'centers'],
    ['defence', 'defense'],
  ])('%s and %s share one stem', (british, american) => {
    expect(stem(british)).toBe(stem(american));
  });

  it('short words that only end alike keep their own stems', () => {
    expect(stem('hour')).toBe('hour');
    expect(stem('four')).toBe('four');
    expect(stem('rise')).not.toBe(stem('rize'));
  });
});

describe('matching two spellings of one report', () => {
  const british = 'The port authority suspended the ferry licence of the Meridian line after the collision.';
  const american = 'The port authority suspended the ferry license of the Meridian line after the collision.';

  it('the two spellings match as fully as one text with itself', () => {
    expect(matchClaims(first('a', british), first('b', american))).toBe(matchClaims(first('a', british), first('b', british)));
  });

  it('keys of the two claims are identical', () => {
    expect(first('a', british).keys).toEqual(first('b', american).keys);
  });
});
