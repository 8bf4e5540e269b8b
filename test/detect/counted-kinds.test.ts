/**
 * Issue 10/11: counts whose nouns WordNet relates. A shared sense or a kind against its hypernym in one role of one
 * act is one group; a smaller count of a kind may be a part of the general count; co-hyponyms are two groups.
 * Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('counted nouns related by WordNet: one group', () => {
  it('a kind and its hypernym in one role of one act: numeric', () => {
    expect(reported('Nine miners were trapped underground after the collapse.', '11 workers were trapped underground after the collapse.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['Nine miners', '11 workers'] },
    ]);
  });

  it('a reduced passive names the object of its verb: numeric', () => {
    expect(reported('A flood trapped nine miners in the pit on Monday.', 'The 11 workers trapped in the pit are believed to be alive, officials said on Tuesday.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['nine miners', '11 workers'] },
    ]);
  });

  it('synonyms of one sense: numeric', () => {
    expect(reported('The clinic hired 40 physicians last year.', 'The clinic hired 25 doctors last year.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['40 physicians', '25 doctors'] },
    ]);
  });

  it('more of the kind than of the whole cannot be a part: numeric', () => {
    expect(reported('The fire destroyed 14 trucks at the depot.', 'The fire destroyed nine vehicles at the depot.')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['14 trucks', 'nine vehicles'] },
    ]);
  });
});

describe('counted nouns related by WordNet: hard negatives', () => {
  it('fewer children than people aboard: a part, no clash', () => {
    expect(reported('60 people were aboard the ferry.', '11 children were aboard the ferry.')).toEqual([]);
    expect(reported('60 people were killed, including 11 children.', 'The blast killed 11 children.')).toEqual([]);
  });

  it('fewer children than people on board: a part, no clash (a toll of people is the whole a kind is part of)', () => {
    expect(reported('60 people were on board the ferry.', '11 children were on board the ferry.')).toEqual([]);
    expect(reported('Twelve doctors were killed in the city.', 'The envoy said 790 people were killed in the country in January.')).toEqual([]);
  });

  it('officers injured / police deployed: no clash', () => {
    expect(reported('Twelve officers were injured at the protest.', 'Some 300 police were deployed at the protest.')).toEqual([]);
  });

  it('co-hyponyms are two groups: doctors / nurses', () => {
    expect(reported('40 doctors signed the letter.', '25 nurses signed the letter.')).toEqual([]);
  });

  it('trucks within a convoy of vehicles: a part, no clash', () => {
    expect(reported('A convoy of 12 vehicles was stopped at the border on Monday.', 'Five trucks were stopped at the border on Monday.')).toEqual([]);
  });

  it('compatible rounding: about 50 miners / 52 workers trapped', () => {
    expect(reported('About 50 miners were trapped underground after the collapse.', '52 workers were trapped underground after the collapse.')).toEqual([]);
  });

  it('a kind as the object, its hypernym as the subject of one act: no clash', () => {
    expect(reported('Guards searched nine miners at the gate.', '11 workers searched the tunnel at the gate.')).toEqual([]);
  });

  it('a kind and its hypernym trapped in two different events: no numeric clash', () => {
    const kinds = reported('Nine miners were trapped underground at a copper mine in Chile on Monday.', '11 workers were trapped in a burning factory in Ohio on Monday.').map((c) => c.kind);
    expect(kinds).not.toContain('numeric');
  });

  it('a kind and its hypernym in two acts: no clash', () => {
    expect(reported('Nine miners were rescued after the collapse.', '11 workers were injured in the collapse.')).toEqual([]);
  });
});
