/**
 * A noun of intention as the subject ("The aim was to carry gas to Poland") names what someone meant to do, not who
 * did it (lexicon/purpose-nouns.ts, WordNet 3.1 purpose / goal / idea synsets): it is no rival doer to the thing or
 * party the other report says acts ("The pipeline was intended to carry gas to Poland"). Every sentence is invented
 * for this file; the positives keep two rival doers, and a rival doer beside an aim, an actor clash.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('an aim is not a doer', () => {
  it.each([
    ['the intent and the pipeline', 'The new pipeline was intended to carry gas from Norway to Poland, the agency reported.', 'The intent was to carry gas from Norway to Poland, the minister said.'],
    ['the goal and the fund', 'The fund will rebuild the harbour wall in Tarvel, the council said.', 'The goal is to rebuild the harbour wall in Tarvel, the mayor said.'],
    ['the plan and the ministry', 'The ministry will close three rural clinics next year.', 'The plan is to close three rural clinics next year, officials said.'],
    ['the aim and the talks', 'The talks were meant to end the strike at the port.', 'The aim of the meeting was to end the strike at the port.'],
  ])('no actor clash: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'actor')).toEqual([]);
  });

  it('two rival doers still clash', () => {
    expect(alertsWithEvidence('Soldiers closed the border crossing on Monday.', 'Police officers closed the border crossing on Monday.')).toEqual([
      { kind: 'actor', band: MEDIUM_PLUS, evidence: ['Soldiers', 'Police officers'] },
    ]);
  });

  it('a named planner against another doer still clashes', () => {
    expect(alertsWithEvidence('The ministry closed three rural clinics last year.', 'The health board closed three rural clinics last year.')).toEqual([
      { kind: 'actor', band: MEDIUM_PLUS, evidence: ['The ministry', 'The health board'] },
    ]);
  });
});
