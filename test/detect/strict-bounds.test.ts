/**
 * A figure past a sharp bound ("under two hours", "more than 40") breaks it outright, however small the gap; a loose
 * approximator ("nearly", "up to", "close to") is rounding, and a small gap past it stays weak (issue 10). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { detectNumeric } from '../../src/detect/numeric.js';
import { extractClaims } from '../../src/api/stages.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Claim } from '../../src/model/claim.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const first = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase() })[0]!;
const strength = (x: string, y: string) => detectNumeric(first('a', x), first('b', y), { lexicon, sameEvent: true, sameAct: true })?.strength ?? null;

describe('strength of a figure past a sharp bound', () => {
  it.each([
    ['The ferry crossed the strait in 1 hour 3 minutes.', 'The ferry crossed the strait in under an hour.'],
    ['The hospital treated 52 patients overnight.', 'The hospital treated fewer than 50 patients overnight.'],
    ['The auction raised $980,000 for the shelter.', 'The auction raised more than $1 million for the shelter.'],
    ['The choir had 38 singers.', 'The choir had 40 or more singers.'],
  ])('%s / %s: at least 0.75 though the gap is small', (x, y) => {
    expect(strength(x, y)).toBeGreaterThanOrEqual(0.75);
  });

  it('a loose approximator just past the figure stays weak: "nearly 50" / "52"', () => {
    expect(strength('The hospital treated 52 patients overnight.', 'The hospital treated nearly 50 patients overnight.')).toBeLessThan(0.4);
  });

  it('two exact figures a little apart stay weak: "52" / "50"', () => {
    expect(strength('The hospital treated 52 patients overnight.', 'The hospital treated 50 patients overnight.')).toBeLessThan(0.4);
  });

  it('a figure inside the bound is no clash: "48" / "fewer than 50", "1 hour 3 minutes" / "over an hour"', () => {
    expect(strength('The hospital treated 48 patients overnight.', 'The hospital treated fewer than 50 patients overnight.')).toBeNull();
    expect(strength('The ferry crossed the strait in 1 hour 3 minutes.', 'The ferry crossed the strait in over an hour.')).toBeNull();
  });
});

describe('reported between two outlets', () => {
  it('a crossing time past "under an hour" is a numeric clash', () => {
    expect(reportedBetween('The ferry crossed the strait in 1 hour 3 minutes.', 'The ferry crossed the strait in under an hour.')).toEqual(oneClash('numeric'));
  });

  it('a figure inside the sharp bound is not reported: "fewer than 50" / "48"', () => {
    expect(reportedBetween('The hospital treated 48 patients overnight.', 'The hospital treated fewer than 50 patients overnight.')).toEqual([]);
  });
});
