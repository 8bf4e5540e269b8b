/**
 * A postponed event did not take place when it was due (WordNet 3.1 postpone v.01 "hold back to a later time"): a report
 * that it took place by the day the postponement was told clashes with it ("the lido reopened" / "the reopening of the
 * lido has been postponed"). One told as taking place after that day may be the new date, and is no clash. Every
 * sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: string, pa: string, b: string, pb: string) =>
  analyze({ documents: [
    { id: 'a', source: { name: 'Bay Courier' }, text: a, publishedAt: pa },
    { id: 'b', source: { name: 'Coast Radio' }, text: b, publishedAt: pb },
  ] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('an event reported held and reported postponed', () => {
  it('held the same day the postponement is told: polarity', () => {
    expect(kinds(
      'Hundreds of swimmers queued on Saturday morning as Bayside Lido reopened after a long restoration.', '2026-06-06',
      'The reopening of Bayside Lido has been postponed at the last minute, the council said.', '2026-06-06',
    )).toEqual(['polarity']);
    expect(kinds(
      'The market hall reopened on Friday, traders said.', '2026-03-07',
      'The reopening of the market hall has been delayed until March, traders said.', '2026-03-07',
    )).toEqual(['polarity']);
  });

  it('an undated report of the holding published the next day tells the same day: polarity', () => {
    expect(kinds(
      'Hundreds of swimmers cheered as Bayside Lido reopened after a long restoration.', '2026-06-07',
      'The reopening of Bayside Lido has been postponed at the last minute, the council said.', '2026-06-06',
    )).toEqual(['polarity']);
  });

  it('held after the day the postponement was told: maybe the new date (silent)', () => {
    expect(kinds(
      'Hundreds of swimmers cheered as Bayside Lido reopened after a long restoration.', '2026-06-10',
      'The reopening of Bayside Lido has been postponed at the last minute, the council said.', '2026-06-06',
    )).toEqual([]);
    expect(kinds(
      'The market hall reopened on Friday, traders said.', '2026-03-14',
      'The reopening of the market hall has been postponed, traders said.', '2026-03-02',
    )).toEqual([]);
  });

  it('the same postponement reported twice, a coming date, another event (silent)', () => {
    expect(kinds(
      'The reopening of the market hall has been postponed, traders said.', '2026-03-02',
      'The reopening of the market hall was put off on Monday, the council confirmed.', '2026-03-02',
    )).toEqual([]);
    expect(kinds(
      'The reopening of the market hall has been postponed, traders said.', '2026-03-02',
      'The market hall will reopen in May, the council said.', '2026-03-02',
    )).toEqual([]);
    expect(kinds(
      'The reopening of the pier has been postponed, the council said.', '2026-03-07',
      'The market hall reopened on Friday, traders said.', '2026-03-07',
    )).toEqual([]);
  });
});
