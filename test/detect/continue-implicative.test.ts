/**
 * "continue to V" asserts that V goes on, and "no longer V" that it stopped: the two clash; "still V" agrees.
 * Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('continue to', () => {
  it('"will continue to stock" / "will no longer stock" clash', () => {
    expect(kinds('The hardware shop will continue to stock paraffin heaters.', 'The hardware shop will no longer stock paraffin heaters.')).toEqual(['polarity']);
  });
  it('"will continue to stock" / "will still stock" agree (paraphrase, hard negative)', () => {
    expect(kinds('The hardware shop will continue to stock paraffin heaters.', 'The hardware shop will still stock paraffin heaters.')).toEqual([]);
  });
  it('"did not continue to run" / "stopped running" agree (hard negative)', () => {
    expect(kinds('The ferry did not continue to run after the storm.', 'The ferry stopped running after the storm.')).toEqual([]);
  });
});
