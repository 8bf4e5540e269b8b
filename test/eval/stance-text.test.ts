import { describe, expect, it } from 'vitest';
import { LEAD_WORDS, REFUTATION_REACH, refutationsNear, textProfile } from '../../src/eval/stance-text.js';
import { stem } from '../../src/extract/keys.js';
import { stanceSide } from '../../src/eval/stance-features.js';
import { GainsayError } from '../../src/model/errors.js';

describe('textProfile', () => {
  it('keeps content stems once, names after the first word, and counts cue words', () => {
    const p = textProfile('Ministers denied the Reuters report. Ministers may resign, officials never said.');
    expect(p.stems).toEqual(['minist', 'deni', 'reuter', 'report', 'resign', 'offici', 'never']);
    // "Ministers" opens both sentences, so only "Reuters" is a name.
    expect(p.names).toEqual([stem('reuters')]);
    expect(p.words).toBe(11);
    expect([p.refutations, p.hedges, p.negators]).toEqual([1, 1, 1]);
  });

  it('counts lead stems and lead refutations only among the first LEAD_WORDS words', () => {
    const filler = Array.from({ length: LEAD_WORDS }, () => 'weather').join(' ');
    const p = textProfile(`${filler} The claim is false.`);
    expect(p.leadStems.has(stem('claim'))).toBe(false);
    expect(p.stemSet.has(stem('claim'))).toBe(true);
    expect([p.refutations, p.leadRefutations]).toEqual([1, 0]);
  });
});

describe('refutationsNear', () => {
  const topic = new Set([stem('bridge'), stem('collapse')]);
  it('counts a refutation with two topic words within reach, not one or none', () => {
    expect(refutationsNear(textProfile('Engineers said the bridge collapse story was fake.'), topic)).toBe(1);
    expect(refutationsNear(textProfile('Engineers said the bridge story was fake.'), topic)).toBe(0);
    expect(refutationsNear(textProfile('The rumour spread fast.'), topic)).toBe(0);
  });

  it('ignores topic words beyond REFUTATION_REACH words', () => {
    const gap = Array.from({ length: REFUTATION_REACH }, () => 'weather').join(' ');
    expect(refutationsNear(textProfile(`Bridge collapse ${gap} fake.`), topic)).toBe(0);
    expect(refutationsNear(textProfile(`Bridge collapse ${gap.split(' ').slice(2).join(' ')} fake.`), topic)).toBe(1);
  });
});

describe('stanceSide', () => {
  it('names a text that is not a string, or claims that are not an array', () => {
    expect(() => stanceSide(42 as unknown as string, [])).toThrow(GainsayError);
    expect(() => stanceSide(42 as unknown as string, [])).toThrow(/text: expected a string, got number/);
    expect(() => stanceSide('ok', null as unknown as [])).toThrow(/claims: expected an array of claims/);
  });

  it('reads an empty text as no words at all', () => {
    const side = stanceSide('', []);
    expect([side.profile.words, side.profile.stems.length, side.profile.refutations]).toEqual([0, 0, 0]);
  });
});
