/**
 * Held fast, then set loose (lexicon/pending-states.ts: aground, stuck, trapped, stranded, ended by refloat, free,
 * rescue …): a thing said to be still held fast against a report that it was set loose. Also an event called off
 * whose object a genitive date opens ("called off Friday's strike", relate/verb-object.ts). Every sentence is
 * invented; the hard negatives are a past state (a sequence), another thing, other members of the set, a state on a
 * dated earlier day.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, oneClash, reportedBetween } from '../helpers/two-reports.js';

describe('still held fast against set loose: status', () => {
  it.each([
    ['The freighter was refloated on Sunday.', 'The freighter remains aground off the cape.'],
    ['The bus was freed by a tractor.', 'The bus is still stuck in the mud.'],
    ['The cavers have been rescued from the flooded passage.', 'The cavers remain trapped in the flooded passage.'],
    ['The hikers were rescued by helicopter.', 'The hikers remain stranded on the ridge.'],
    ["The nurses' union has called off Thursday's walkout.", "Thursday's walkout will go ahead, the nurses' union said."],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual(oneClash('status'));
  });

  it('shows the state and the act that ended it', () => {
    const [alert] = alertsWithEvidence('The freighter was refloated on Sunday.', 'The freighter remains aground off the cape.');
    expect(alert?.evidence.map((e) => e.toLowerCase())).toEqual(expect.arrayContaining(['aground']));
  });
});

describe('hard negatives: no clash', () => {
  it.each([
    ['The bus was stuck for six hours.', 'The bus was freed by a tractor.'],
    ['The freighter was refloated on Sunday.', 'The barge remains aground off the cape.'],
    ['The cavers have been rescued from the flooded passage.', 'Two other cavers remain trapped.'],
    ['The cavers have been rescued.', 'Other cavers remain missing.'],
    ['The freighter ran aground on Friday.', 'The freighter was refloated on Saturday.'],
    ['The freighter remained stuck on Friday.', 'The freighter was refloated on Sunday.'],
    ["The nurses' union has called off Thursday's walkout.", "The drivers' union said Friday's walkout will go ahead."],
  ])('%s / %s', (a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
