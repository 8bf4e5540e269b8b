/**
 * One outcome denied to everyone and told of some: "Nobody died in the crash" / "Two people were killed in the crash"
 * (verbs of one outcome frame, lexicon/event-frames.ts: die / kill, hurt / injure). "Nobody" ranges over whoever the
 * other side counts, so the descriptions need not match, and the pair is one event for matching too. Every sentence
 * invented for this file; hard negatives: two outcome frames (killed / injured), another day, both sides denying, the
 * same denial in other words.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

describe('no one vs some, in one outcome frame: polarity', () => {
  it.each([
    ['Nobody died in the crash on the bypass.', 'Two people were killed in the crash on the bypass.', ['Nobody died', 'killed']],
    ['No one was hurt in the fire at the mill.', 'Two firefighters were injured in the fire at the mill.', ['No one was hurt', 'injured']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('no clash', () => {
  it.each([
    ['two outcome frames', 'No one was killed in the crash on the bypass.', 'Two people were injured in the crash on the bypass.'],
    ['another day', 'Nobody died in the crash on the bypass on Sunday.', 'Two people were killed in a crash on the bypass in 2019.'],
    ['both deny', 'Nobody was injured in the fire at the mill.', 'No one was hurt in the fire at the mill.'],
  ])('%s', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
