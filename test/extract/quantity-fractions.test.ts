/**
 * Fractions of a scale word ("a quarter of a million") and "and a half" figures ("two and a half hours", "an hour
 * and a half", "one and a half million"): one figure each, never the bare whole number or the scale alone.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import type { Quantity } from '../../src/model/claim.js';

const doc = (text: string) => ({ text, view: text });
const all = (text: string) => extractQuantities(doc(text), { start: 0, end: text.length });
const sp = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
const HOUR = 3600;
const YEAR = 31556952;

type Case = [string, (text: string) => Quantity[]];

const fractions: Case[] = [
  ['Organisers expect up to a quarter of a million visitors at the fair.', (t) => [
    { value: 250000, dimension: 'count', bound: 'at-most', base: { from: 0, to: 250000 }, noun: 'visitors', span: sp(t, 'up to a quarter of a million visitors') },
  ]],
  ['The debt reached three quarters of a billion dollars last spring.', (t) => [
    { value: 7.5e8, unit: 'USD', dimension: 'money', bound: 'exact', base: { from: 7.5e8, to: 7.5e8 }, span: sp(t, 'three quarters of a billion dollars') },
  ]],
  ['About a third of a million households lost power.', (t) => [
    { value: 1e6 / 3, dimension: 'count', bound: 'about', base: { from: 300000, to: 366666.666667 }, noun: 'households', span: sp(t, 'About a third of a million households') },
  ]],
  ['Half a million tickets were sold.', (t) => [
    { value: 500000, dimension: 'count', bound: 'exact', base: { from: 500000, to: 500000 }, noun: 'tickets', span: sp(t, 'Half a million tickets') },
  ]],
  ['Two thirds of a million voters stayed home.', (t) => [
    { value: 2e6 / 3, dimension: 'count', bound: 'exact', base: { from: 666666.666667, to: 666666.666667 }, noun: 'voters', span: sp(t, 'Two thirds of a million voters') },
  ]],
];

const halves: Case[] = [
  ['The hearing lasted two and a half hours on Friday.', (t) => [
    { value: 2.5, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 2.5 * HOUR, to: 2.5 * HOUR }, span: sp(t, 'two and a half hours') },
  ]],
  ['The rescue took an hour and a half.', (t) => [
    { value: 1.5, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 1.5 * HOUR, to: 1.5 * HOUR }, span: sp(t, 'an hour and a half') },
  ]],
  ['She waited a year and a half for the verdict.', (t) => [
    { value: 1.5, unit: 'year', dimension: 'duration', bound: 'exact', base: { from: 1.5 * YEAR, to: 1.5 * YEAR }, span: sp(t, 'a year and a half') },
  ]],
  ['One and a half million people signed the petition.', (t) => [
    { value: 1.5e6, dimension: 'count', bound: 'exact', base: { from: 1.5e6, to: 1.5e6 }, noun: 'people', span: sp(t, 'One and a half million people') },
  ]],
  ['Rents rose two and a half times over the period.', (t) => [
    { value: 2.5, dimension: 'count', bound: 'exact', base: { from: 2.5, to: 2.5 }, span: sp(t, 'two and a half') },
  ]],
  ['The talks ran for more than 3 and a half days.', (t) => [
    { value: 3.5, unit: 'day', dimension: 'duration', bound: 'at-least', base: { from: 3.5 * 86400, to: null }, span: sp(t, 'more than 3 and a half days') },
  ]],
  ['A million and a half fans watched the final.', (t) => [
    { value: 1.5e6, dimension: 'count', bound: 'exact', base: { from: 1.5e6, to: 1.5e6 }, noun: 'fans', span: sp(t, 'A million and a half fans') },
  ]],
];

// Hard negatives: these readings were right before and must stay so.
const kept: Case[] = [
  ['A quarter of the 400 members voted against.', (t) => [
    { value: 400, dimension: 'count', bound: 'exact', base: { from: 400, to: 400 }, noun: 'members', span: sp(t, '400 members') },
  ]],
  ['The fire burned for half an hour.', (t) => [
    { value: 0.5, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 1800, to: 1800 }, span: sp(t, 'half an hour') },
  ]],
  ['A third of the town, some 2,000 homes, flooded.', (t) => [
    { value: 2000, dimension: 'count', bound: 'about', base: { from: 1800, to: 2200 }, noun: 'homes', span: sp(t, 'some 2,000 homes') },
  ]],
];


describe('fractions of a scale word', () => {
  it.each(fractions)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});

describe('"and a half" figures', () => {
  it.each(halves)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});

describe('readings that stay as they were', () => {
  it.each(kept)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});

/** A fraction of one unit ("three quarters of an hour") is that share of the unit; "two hours and a half" adds half. */
const unitShares: Case[] = [
  ['The queue took three quarters of an hour.', (t) => [
    { value: 0.75, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 2700, to: 2700 }, span: sp(t, 'three quarters of an hour') },
  ]],
  ['It took a quarter of an hour to clear the road.', (t) => [
    { value: 0.25, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 900, to: 900 }, span: sp(t, 'a quarter of an hour') },
  ]],
  ['They walked a quarter of a mile to the shore.', (t) => [
    { value: 0.25, unit: 'mile', dimension: 'length', bound: 'exact', base: { from: 402.336, to: 402.336 }, span: sp(t, 'a quarter of a mile') },
  ]],
  ['The talks lasted two hours and a half.', (t) => [
    { value: 2.5, unit: 'hour', dimension: 'duration', bound: 'exact', base: { from: 2.5 * HOUR, to: 2.5 * HOUR }, span: sp(t, 'two hours and a half') },
  ]],
];

/** "three quarters of residents" is a share, not a count of three "quarters"; the figure after "of" still counts. */
const shares: Case[] = [
  ['Three quarters of residents voted yes.', () => []],
  ['Nine tenths of the old town flooded.', () => []],
  ['Two thirds of the 90 members backed it.', (t) => [
    { value: 90, dimension: 'count', bound: 'exact', base: { from: 90, to: 90 }, noun: 'members', span: sp(t, '90 members') },
  ]],
  ['Profits fell for three straight quarters.', (t) => [
    { value: 3, dimension: 'count', bound: 'exact', base: { from: 3, to: 3 }, noun: 'quarters', span: sp(t, 'three straight quarters') },
  ]],
];

describe('fractions of a unit', () => {
  it.each(unitShares)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});

describe('fraction nouns are shares', () => {
  it.each(shares)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});
