/**
 * An English place name with its distinguishing affix ("Bowness-on-Windermere", "Stratford-upon-Avon",
 * "Chester-le-Street") and the name before the affix are one place in running copy (extract/gazetteer.ts
 * samePlaceOrWithin). Sentences invented for this file; expectations written before the first run. Hard negatives: a
 * name that only begins like the other ("Bownessfield"), two different towns.
 */
import { describe, expect, it } from 'vitest';
import { samePlaceOrWithin } from '../../src/extract/gazetteer.js';
import type { Place } from '../../src/model/claim.js';
import { alertKinds } from '../helpers/two-reports.js';

const place = (key: string): Place => ({ name: key, key, role: 'at', within: [], span: { start: 0, end: key.length, text: key } });

describe('a place name and its affixed form', () => {
  it.each([
    ['bowness', 'bowness-on-windermere'],
    ['stratford', 'stratford-upon-avon'],
    ['chester', 'chester-le-street'],
  ])('%s / %s: one place', (a, b) => {
    expect([samePlaceOrWithin(place(a), place(b)), samePlaceOrWithin(place(b), place(a))]).toEqual([true, true]);
  });

  it.each([
    ['bowness', 'bownessfield'],
    ['bowness', 'ambleside'],
    ['stratford', 'stratford-avon-road'],
  ])('%s / %s: two places (hard negative)', (a, b) => {
    expect(samePlaceOrWithin(place(a), place(b))).toBe(false);
  });

  it('two reports placing one boatyard in the town by each name raise no location clash', () => {
    expect(alertKinds('The Lakeland boatyard in Bowness-on-Windermere closed on Friday.', 'The Lakeland boatyard in Bowness closed on Friday.')).toEqual([]);
  });

  it('two different towns still clash', () => {
    expect(alertKinds('The Lakeland boatyard in Bowness-on-Windermere closed on Friday.', 'The Lakeland boatyard in Ambleside closed on Friday.')).toEqual(['location']);
  });
});
