/**
 * An activity said to have ended against the same activity said to go on (lexicon/status-cues.ts FINISHING_VERBS:
 * FrameNet 1.7 Activity_finish; ONGOING_VERBS: Activity_ongoing). Every sentence is invented for this file; hard
 * negatives: an end reported twice, two dated phases (a sequence), another activity.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence } from '../helpers/two-reports.js';

describe('ended against still going on', () => {
  it.each([
    ['The strike ended.', 'The strike continues.'],
    ['The hunger strike has ended, the lawyers said.', 'The hunger strike is continuing, the family said.'],
  ])('%s / %s: status', (a, b) => {
    expect(alertsWithEvidence(a, b).map((c) => c.kind)).toEqual(['status']);
  });

  it.each([
    ['an end reported twice', 'The strike ended.', 'The strike ended on Friday, union leaders said.'],
    ['two dated phases', 'The talks ended on Friday.', 'The talks continued on Thursday.'],
    ['another activity', 'The company completed the merger.', 'The merger talks continue.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
