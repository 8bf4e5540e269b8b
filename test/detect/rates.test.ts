/**
 * A rate is not a total (issue 15, figures of different counted things): "$10 a month" does not contradict "$3
 * billion", nor "40 patients a day" "400 patients"; rates per one unit still clash. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('rates and totals', () => {
  it('a monthly price / a purchase price: no clash', () => {
    expect(reported('Since then, the chief executive has praised the streaming service, which sells unlimited music for $10 a month.', 'Vantel bought the streaming service in May for $3 billion.')).toEqual([]);
  });

  it('patients a day / patients in all: no clash', () => {
    expect(reported('The clinic treats 40 patients a day.', 'The clinic treats 400 patients.')).toEqual([]);
  });

  it('rates per different periods are not compared', () => {
    expect(reported('The streaming service sells unlimited music for $10 a month.', 'The streaming service sells unlimited music for $100 a year.')).toEqual([]);
  });

  it('two monthly prices: numeric', () => {
    expect(reported('The streaming service sells unlimited music for $10 a month.', 'The streaming service sells unlimited music for $15 a month.')).toEqual([
      { kind: 'numeric', band: 'medium', evidence: ['$10', '$15'] },
    ]);
  });

  it('"per" and "a" name one rate: numeric', () => {
    expect(reported('The clinic treats 40 patients per day.', 'The clinic treats 90 patients a day.')).toEqual([
      { kind: 'numeric', band: 'high', evidence: ['40 patients', '90 patients'] },
    ]);
  });

  it('two totals: numeric', () => {
    expect(reported('Vantel bought the streaming service in May for $3 billion.', 'Vantel bought the streaming service in May for $5 billion.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['$3 billion', '$5 billion'] },
    ]);
  });

  it('a measure "of" something per day is a rate too', () => {
    // "30 tonnes of paper a day" / "400 tonnes of paper last year": a daily rate against a year's total.
    expect(reported('The mill can produce up to 30 tonnes of paper a day, the owners said.', 'The mill produced 400 tonnes of paper last year, the owners said.')).toEqual([]);
    // Two daily rates of one thing still clash.
    expect(reported('The mill produces 30 tonnes of paper a day, the owners said.', 'The mill produces 45 tonnes of paper a day, the union said.').map((x) => x.kind)).toEqual(['numeric']);
  });
});
