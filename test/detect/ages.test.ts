/**
 * One person given two ages. An age belongs to its bearer: a named person is one person across claims; a description
 * ("the driver") only within one event and one role. Every sentence is invented for this file; hard negatives: ages a
 * year apart (a birthday between two reports), the same age restated, two people sharing a family name, two people in
 * one report, different roles, different events, a count of people.
 */
import { describe, expect, it } from 'vitest';
import { ageStrength, detectAge } from '../../src/detect/ages.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { alertsWithEvidence, analyzeTwoReports, MEDIUM_PLUS } from '../helpers/two-reports.js';

const lexicon = buildLexicon();

describe('ageStrength', () => {
  it('starts at the floor two years apart and is full at ten', () => {
    expect(ageStrength(2)).toBeCloseTo(0.7, 6);
    expect(ageStrength(6)).toBeCloseTo(0.85, 6);
    expect(ageStrength(10)).toBeCloseTo(1, 6);
    expect(ageStrength(30)).toBeCloseTo(1, 6);
  });
});

describe('detectAge on one pair of claims', () => {
  it.each([
    ['a named person in two different acts', 'Lena Voss, 32, sold the house in May.', 'Lena Voss, 36, moved to Bergen.', true, true],
    ['a named person by family name alone', 'Lena Voss, 32, sold the house.', 'Voss, 36, moved to Bergen.', true, true],
    ['two people sharing a family name', 'Lena Voss, 32, sold the house.', 'Mark Voss, 36, moved to Bergen.', true, false],
    ['a description in one event', 'The 45-year-old driver was charged.', 'The driver, 52, was charged with dangerous driving.', true, true],
    ['a description in two events', 'The 45-year-old driver was charged.', 'The driver, 52, was charged with dangerous driving.', false, false],
    ['a description in different roles', 'A 45-year-old man attacked the guard.', 'The man attacked a guard, 52.', true, false],
    ['two descriptions of one role on one side', 'Police arrested a 45-year-old man and a 52-year-old man.', 'Police arrested a man, 52.', true, false],
    ['a year apart', 'The driver, 52, was charged.', 'The 53-year-old driver was charged.', true, false],
  ])('%s', (_, a, b, sameEvent, fires) => {
    const [x, y] = analyzeTwoReports(a, b).claims;
    const hit = detectAge(x!, y!, { lexicon, sameEvent });
    expect(hit !== null).toBe(fires);
  });
});

describe('age conflicts between two reports', () => {
  it.each([
    ['a description given two ages', 'The 45-year-old driver was charged on Monday.', 'The driver, 52, was charged with dangerous driving on Monday.', ['45-year-old', '52']],
    ['a rescued person', 'Rescuers pulled Maria Lopez, 34, from the rubble.', 'Rescuers pulled Maria Lopez, 43, from the rubble of the hotel.', ['34', '43']],
    ['"aged" against a hyphenated age', 'A 17-year-old boy was stabbed outside the school.', 'The boy, aged 15, was stabbed outside the school.', ['17-year-old', '15']],
  ])('%s', (_, a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });

  it('explains the clash with the bearer and both ages', () => {
    const conflict = analyzeTwoReports('The 45-year-old driver was charged on Monday.', 'The driver, 52, was charged with dangerous driving on Monday.').conflicts[0]!;
    expect(conflict.message).toContain('(numeric: "45-year-old" vs "52")');
  });

  it.each([
    ['the same age restated', 'The 45-year-old driver was charged.', 'The driver, 45, was charged with dangerous driving.'],
    ['a year apart', 'The driver, 52, was charged.', 'The 53-year-old driver was charged with dangerous driving.'],
    ['two people sharing a family name', 'Lena Voss, 32, was hurt in the crash.', 'Mark Voss, 36, was hurt in the crash.'],
    ['different people in different events', 'A 45-year-old man was arrested in Leeds.', 'A 52-year-old man was released from hospital in Leeds.'],
    ['an age against a count of people', 'The 45-year-old driver was charged.', 'Police charged 52 drivers.'],
  ])('no age conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});
