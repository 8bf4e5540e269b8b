import { describe, expect, it } from 'vitest';
import { analyzeTwoReports, clashes } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// A restitutive verb (lexicon/restitutive-verbs.ts: resume, restore, reopen …) presupposes the earlier state it ends.
describe('a restored state against the state before it', () => {
  it.each([
    ['an undated stop, then a dated resumption', 'Rail services on the coastal line were suspended after a landslide, the operator said.', 'Rail services on the coastal line resumed on Thursday.'],
    ['a halt dated before an undated resumption', 'The lender halted new mortgage approvals in March, a spokeswoman said.', 'The lender resumed new mortgage approvals, the bank said.'],
    ['a closure, then a reopening', 'The museum closed its doors to visitors during the storm.', 'The museum reopened to visitors.'],
    ['a count still cut off on an earlier day, then a restoration', 'About 12,000 homes in the valley were still without water on Tuesday after a main burst, the utility said.', 'The utility has restored supply to all but 500 homes in the valley, it said on Thursday.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });

  it.each([
    ['a stop and a resumption on one day', 'The lender halted new mortgage approvals on Friday.', 'The lender resumed new mortgage approvals on Friday.'],
    ['a closure and a reopening on one day', 'The mill closed on Monday, the owner said.', 'The mill reopened on Monday, the owner said.'],
  ])('%s: still an opposition', (_, a, b) => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(conflicts(a, b)).toEqual([expect.stringMatching(/^opposition:(medium|high)$/)]);
  });

  it('a state told in the present, or said to go on, still clashes with its reopening', () => {
    expect(conflicts('The harbour bridge is closed to traffic, police said.', 'The harbour bridge reopened to traffic, the council said.')).toEqual(['opposition:medium']);
    expect(conflicts('The harbour bridge remains closed to traffic, police said.', 'The harbour bridge reopened to traffic, the council said.')).toEqual(['status:medium']);
  });

  it('a resumption denied is still a polarity conflict', () => {
    expect(conflicts('Services on the coastal line resumed on Thursday.', 'Services on the coastal line did not resume on Thursday.')).toEqual(['polarity:high']);
  });

  it('a decision on the restart still pending is still a status conflict', () => {
    expect(conflicts('The operator has not yet decided whether to restart the smelter, a spokesman said.', 'The smelter was restarted on Monday, the operator said.')).toEqual(['status:medium']);
  });

  it('two restorations of different sizes still clash on the figure', () => {
    // Medium before the refit at the end of session 17, high after it: the band is the weights', the clash is the rule's.
    expect(conflicts('Power was restored to 5,000 homes on Monday.', 'Power was restored to 50,000 homes on Monday.')).toEqual([expect.stringMatching(/^numeric:(medium|high)$/)]);
  });

  it('the restoring act named by its noun is that act, not a state before it: two doers clash', () => {
    // "The restoration … was carried out by X" tells the restoring itself (a nominalisation under a support verb).
    expect(analyzeTwoReports('The restoration of the town clock was carried out by the clockmakers Dent and Harrow.', 'Volunteers from the local horological society restored the town clock.').conflicts.map((c) => c.kind)).toEqual(['actor']);
    // The same restorer twice is no clash.
    expect(conflicts('The restoration of the town clock was carried out by volunteers from the horological society.', 'Volunteers from the horological society restored the town clock.')).toEqual([]);
  });
});

describe('a present-tense state reported before the restoring act (dated reports)', () => {
  it('a closure reported before the day of the reopening is the state before it (hard negative)', () => {
    expect(clashes(
      'The Lanes Bowl in Hexley has closed until further notice after a burst pipe flooded its lanes on Monday.',
      'The Lanes Bowl reopened on Thursday, ten days after a burst pipe flooded the Hexley alley.',
      ['2026-03-03', '2026-03-12'],
    )).toEqual([]);
  });

  it('a reopening its report does not date still clashes: the report may come the day after the act (positive)', () => {
    expect(clashes(
      'The Lanes Bowl in Hexley has closed until further notice after a burst pipe flooded its lanes.',
      'Bowlers queued outside as the Lanes Bowl reopened after a refit.',
      ['2026-03-11', '2026-03-12'],
    ).map(([kind]) => kind)).toEqual(['opposition']);
  });

  it('the same two reports published on one day still clash (positive)', () => {
    expect(clashes(
      'The Lanes Bowl in Hexley has closed until further notice after a burst pipe flooded its lanes on Monday.',
      'The Lanes Bowl reopened on Thursday, ten days after a burst pipe flooded the Hexley alley.',
      ['2026-03-12', '2026-03-12'],
    ).map(([kind]) => kind)).toEqual(['opposition']);
  });
});

describe('a state told in the present holds now, whatever earlier date its sentence names', () => {
  it('"remains closed … following the rockfall of 14 January" / "has reopened", one day: still a clash', () => {
    expect(clashes(
      'The coastal footpath to Penhallow Cove remains closed under a temporary order following the rockfall of 14 January.',
      'The coastal footpath to Penhallow Cove has reopened after new timber steps were installed, the Trust said on Thursday.',
      ['2025-04-25', '2025-04-25'],
    ).map(([kind]) => kind)).toEqual(['status']);
  });
  it('told in the past and dated before, it is the state the reopening ended (hard negative)', () => {
    expect(clashes(
      'The coastal footpath to Penhallow Cove was closed after the rockfall of 14 January.',
      'The coastal footpath to Penhallow Cove has reopened after new timber steps were installed, the Trust said on Thursday.',
      ['2025-04-25', '2025-04-25'],
    )).toEqual([]);
  });
});

// A verb that ends a confinement (free, release, rescue, liberate) presupposes the confinement, as a restitutive verb
// presupposes the state it ends (Karttunen 1974).
describe('a release against the confinement before it', () => {
  it.each([
    ['trapped, then freed', 'Eleven shoppers were trapped in a lift at the Pavilions centre on Friday.', 'The shoppers at the Pavilions centre were freed after about forty minutes by engineers.'],
    ['taken hostage, then released', 'Three workers were held hostage at the Kolwe mine, the company said.', 'The three workers at the Kolwe mine were released unharmed after two days.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(conflicts(a, b)).toEqual([]);
  });

  it('still held against freed still clashes (positive)', () => {
    expect(conflicts('The hostages are still held.', 'The hostages were freed.')).toEqual([expect.stringMatching(/^status:(medium|high)$/)]);
  });
});
