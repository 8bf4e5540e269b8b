/**
 * Phases of one activity (FrameNet 1.7 Activity_ongoing against Activity_stop, Activity_pause and the cancelling
 * verbs), and an arranged event told as going ahead against called off, which matching now reads as one event.
 * Every sentence is invented for this file; hard negatives: the same phase twice, another activity with the same head
 * noun, a hedged or negated stop, a paraphrase.
 */
import { describe, expect, it } from 'vitest';
import { activityPhaseHit } from '../../src/detect/activity-phase.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { matchScore, opposesIn, DEFAULT_MIN_MATCH } from '../../src/match/index.js';
import { alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

describe('an activity going on against the same activity stopped: status', () => {
  it.each([
    ["Talks between the dockers' union and the port authority are continuing.", "Talks between the dockers' union and the port authority have been suspended.", ['continuing', 'suspended']],
    ['Volunteers continued the clean-up of the beach on Saturday.', 'Volunteers halted the clean-up of the beach on Saturday.', ['continued', 'halted']],
    ['The search for the two missing divers has been called off.', 'The search for the two missing divers is continuing.', ['called', 'continuing']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: 'medium', evidence }]);
  });

  it('names the phases in pair order', () => {
    const lexicon = buildLexicon();
    const [a, b] = analyzeTwoReports('The strike at the mill is continuing.', 'The strike at the mill has been suspended.').claims;
    expect(activityPhaseHit(a!, b!, lexicon)?.detail).toBe('ongoing vs stopped');
    expect(activityPhaseHit(b!, a!, lexicon)?.detail).toBe('stopped vs ongoing');
  });

  it.each([
    ['the same stop twice', 'Rescuers suspended the search for the divers.', 'Rescuers halted the search for the divers for the night.'],
    ['the same phase repeated by a holder', 'The ferry service has been suspended.', 'The ferry service has been suspended, the operator said.'],
    ['another activity of one doer', 'The bakery continued to grow last year.', 'The bakery stopped hiring last year.'],
    ['a hedged stop', 'The ferry service continues.', 'The ferry service may be suspended.'],
    ['a negated stop', 'The ferry service continues.', 'The ferry service has not been suspended.'],
    ['another search', 'The search for the two divers is continuing.', 'The search for the missing hikers has been called off.'],
    ['a paraphrase', 'Talks between the union and the port are continuing.', 'Talks between the union and the port are going on.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('going ahead against called off is one event for matching', () => {
  it('the pair reaches the match threshold through the called-off reading', () => {
    const lexicon = buildLexicon();
    const [a, b] = analyzeTwoReports('The harvest fair will go ahead as planned.', 'The harvest fair has been called off.').claims;
    expect(matchScore(a!, b!, opposesIn(lexicon), lexicon)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it.each([
    ['The harvest fair will go ahead as planned, the council said.', 'The harvest fair has been called off, the council said.', 'status', ['go', 'called']],
    ['The dock strike was called off after talks.', 'The dock strike went ahead after talks failed.', 'opposition', ['called', 'went']],
  ])('%s / %s: %s', (a, b, kind, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind, band: 'medium', evidence }]);
  });

  it.each([
    ['the same plan twice', 'The harvest fair will go ahead as planned.', 'The harvest fair will take place as scheduled.'],
    ['the same cancellation twice', 'The harvest fair was called off.', 'The harvest fair was cancelled.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
