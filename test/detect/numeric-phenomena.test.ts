/**
 * Figures of one event told in different words (issues 10 and 11): a count under a verb and the verb it causes
 * (WordNet: kill causes die), counts that are objects of one verb under different wrapper verbs, increments ("200 more
 * nurses"), a noun premodifier before the counted noun ("30 ferry passengers"), compound durations ("4 hours 12
 * minutes"), and units of one exact family. Every sentence is invented for this file; each clash has hard negatives
 * beside it (the same figure, a compatible bound, another outcome, a total against an increment).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

/** Conflicts between the two documents, as kind, band and evidence. */
function reported(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a count under a verb and under the verb it causes (WordNet cause: kill → die)', () => {
  it.each([
    ['The landslide on the mountain road killed nine villagers near Kandi.', 'Four villagers died when the slope collapsed onto the road.', ['nine villagers', 'Four villagers']],
    ['The explosion at the fertiliser plant killed eleven workers.', 'Three workers died when a tank blew up at the plant.', ['eleven workers', 'Three workers']],
  ])('%s / %s: numeric, medium or high', (a, b, evidence) => {
    // The band moves with each refit of the weights (session 18's lifted one of these to high); kind and evidence are pinned.
    expect(reported(a, b)).toEqual([{ kind: 'numeric', band: expect.stringMatching(/^(?:medium|high)$/), evidence }]);
  });

  it.each([
    ['the same count', 'Eleven workers died when a tank blew up at the plant.'],
    ['a compatible bound', 'At least eight workers died when a tank blew up at the plant.'],
    ['another outcome (injured, not dead)', 'Thirty workers were injured when a tank blew up at the plant.'],
  ])('%s: no conflict', (_, b) => {
    expect(reported('The explosion at the fertiliser plant killed eleven workers.', b)).toEqual([]);
  });

  it.each([
    ['A witness said that four people had died when a shell struck a bakery.', 'Some 30 people were killed in a wave of air strikes on the northern suburbs of the capital, straining hospitals across the region.'],
    ['A resident said that two people had died when a rocket hit a school.', 'About 25 people were killed in a series of bombings against markets in the capital, raising fears for the truce.'],
  ])('different attacks whose participants do not line up (%s): no conflict', (a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});

describe('counts under one named outcome in claims whose participants line up ("death toll" / "killed")', () => {
  const toll = 'Officials put the death toll from the earthquake at 31 on Friday.';

  it('a toll against a count of the killed: numeric, medium', () => {
    expect(reported(toll, 'On Friday officials said the earthquake had killed 80 people.')).toEqual([
      { kind: 'numeric', band: 'medium', evidence: ['31', '80 people'] },
    ]);
  });

  it.each([
    ['the same count', 'On Friday officials said the earthquake had killed 31 people.'],
    ['another outcome (injured)', 'On Friday officials said the earthquake had injured 80 people.'],
    ['another disaster', 'On Friday officials said the storm in the north had killed 80 people.'],
  ])('%s: no conflict', (_, b) => {
    expect(reported(toll, b)).toEqual([]);
  });
});

describe('counts that are objects of one verb under different wrapper verbs, and increments', () => {
  it('"unveiled plans to hire 200 more" / "announced plans to hire 800 more": numeric', () => {
    expect(reported('The premier unveiled plans to hire 200 more nurses for rural clinics.', 'The premier announced plans to hire 800 more nurses for rural clinics.')).toEqual([
      // High before the second refit of session 17, just under 0.80 after it: the clash is the rule's, the band the weights'.
      { kind: 'numeric', band: expect.stringMatching(/^(medium|high)$/), evidence: ['200 more nurses', '800 more nurses'] },
    ]);
  });

  it.each([
    ['"more" and "additional" are one increment', 'The premier unveiled plans to hire 200 more nurses for rural clinics.', 'The premier announced plans to hire 200 additional nurses for rural clinics.'],
    ['an increment against a total', 'The premier announced plans to hire 200 more nurses for rural clinics.', 'The premier said rural clinics employ 800 nurses.'],
  ])('%s: no conflict', (_, a, b) => {
    expect(reported(a, b)).toEqual([]);
  });
});

describe('a noun premodifier before the counted noun ("30 ferry passengers")', () => {
  it('counts of one group with and without the modifier: numeric', () => {
    expect(reported('Rescuers pulled 12 passengers from the river after the crash.', 'Rescuers pulled 30 ferry passengers from the river after the crash.')).toEqual([
      { kind: 'numeric', band: 'high', evidence: ['12 passengers', '30 ferry passengers'] },
    ]);
  });

  it('the same count: no conflict', () => {
    expect(reported('Rescuers pulled 12 passengers from the river after the crash.', 'Rescuers pulled 12 ferry passengers from the river after the crash.')).toEqual([]);
  });
});

describe('compound durations and units of one exact family', () => {
  it('"4 hours 12 minutes" is one time, past "three hours": numeric', () => {
    expect(reported('The cyclist won the stage in 4 hours 12 minutes.', 'The cyclist won the stage in three hours.')).toEqual([
      { kind: 'numeric', band: 'medium', evidence: ['4 hours 12 minutes', 'three hours'] },
    ]);
  });

  it('the same compound time told twice: no conflict', () => {
    expect(reported('The cyclist won the stage in 4 hours 12 minutes.', 'The cyclist won the stage in 4 hours 12 minutes, officials said.')).toEqual([]);
  });

  it('kilometres against metres, a fifth apart: numeric; the same length: none', () => {
    expect(reported('The bridge is 2 km long.', 'The bridge is 2,400 metres long.')).toEqual([
      { kind: 'numeric', band: 'medium', evidence: ['2 km', '2,400 metres'] },
    ]);
    expect(reported('The bridge is 2 km long.', 'The bridge is 2,000 metres long.')).toEqual([]);
  });
});
