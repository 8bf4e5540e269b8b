/**
 * Counts of one counted-noun group in two reports of one story ("40 jobs" / "62 posts": lexicon/counted-nouns.ts)
 * meet in the blocking index by the group's key (relate/count-sets.ts countSetKeys), so two figures for one set are
 * compared whatever verbs carry them. Sentences invented for this file; expectations written before the first run (the part's first pair
 * also dated the closures "by March" on both sides, which the two tenses resolved to two years: reworded).
 * A part counted from its whole ("46 of its 210 stores") counts the whole's noun, so it meets a rival count of the
 * part. Hard negatives: figures that fit (an "about" figure and a bound), the whole of a partitive against its part
 * ("35 of the site's 180 staff" / "35 workers"), a part against its own whole ("104 of the 120 starters" / "120
 * starters"), and two named employers' cuts.
 */
import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

describe('one set counted in two reports', () => {
  it('jobs and posts of one employer clash', () => {
    expect(alertKinds('Up to 40 jobs will go at the Dunmore brickworks, the company said.', 'At the Dunmore brickworks, 62 posts are at risk, the union said.')).toEqual(['numeric']);
  });
});

describe('a part counted from its whole', () => {
  it('the part against a rival count of the same things clashes', () => {
    expect(alertKinds('Harwell Retail will close 46 of its 210 stores, the company said.', 'Harwell Retail will shut 64 of its stores, the union said.')).toEqual(['numeric']);
  });

  it('the part against its own whole is no clash', () => {
    expect(alertKinds('Organisers of the Tarn Valley race said 104 of the 120 starters finished.', 'In all, 120 starters took part in the Tarn Valley race.')).toEqual([]);
  });
});

describe('no clash', () => {
  it('figures that fit', () => {
    expect(alertKinds('About 60 jobs will go at the Dunmore brickworks, the company said.', 'At the Dunmore brickworks, 62 posts are at risk, the union said.')).toEqual([]);
  });

  it('the whole of a partitive against its part', () => {
    expect(alertKinds('Some 35 of the Dunmore site\'s 180 staff are affected.', 'About 35 workers at the Dunmore site will move to other jobs.')).toEqual([]);
  });

  it('two named employers', () => {
    expect(alertKinds('Hallam Foods will cut 40 jobs in Dunmore.', 'Brisk Dairies will cut 62 posts in Dunmore.')).toEqual([]);
  });
});
