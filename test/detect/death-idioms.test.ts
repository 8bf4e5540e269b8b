/**
 * One death toll told by the idioms of FrameNet's Death and Killing frames ("lost their lives", "claimed 87 lives",
 * "claimed the lives of 21 workers") and by one doer's two verbs ("caused 3 fatalities" / "killed nine people").
 * Every sentence is invented for this file; each clash has hard negatives beside it (the same toll in the idiom,
 * another outcome, a compatible bound, the counted people as subject of another event).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string): { kind: string; band: string; evidence: string[] }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a death toll told by an idiom of losing or claiming lives', () => {
  it.each([
    ['The rockfall killed five climbers on the north face.', 'Three climbers lost their lives in the rockfall on the north face.', ['five climbers', 'Three climbers']],
    ['The tanker explosion killed 64 people at the port.', 'The tanker explosion claimed 41 lives at the port.', ['64 people', '41 lives']],
    ['The warehouse blaze killed 9 firefighters.', 'The warehouse blaze claimed the lives of 14 firefighters.', ['9 firefighters', '14 firefighters']],
  ])('%s / %s: numeric, medium', (a, b, evidence) => {
    expect(reported(a, b)).toEqual([{ kind: 'numeric', band: 'medium', evidence }]);
  });

  it.each([
    ['the same toll in the idiom', 'Five climbers lost their lives in the rockfall on the north face.'],
    ['another outcome (hurt, not dead)', 'Three climbers were injured in the rockfall on the north face.'],
    ['a compatible bound', 'At least four climbers lost their lives in the rockfall on the north face.'],
  ])('%s: no conflict', (_, b) => {
    expect(reported('The rockfall killed five climbers on the north face.', b)).toEqual([]);
  });

  it('lives saved are no deaths: no conflict', () => {
    expect(reported('The tanker explosion killed 64 people at the port.', 'Firefighters saved 41 lives at the port after the tanker explosion.')).toEqual([]);
  });
});

describe('one doer\'s toll under two verbs ("caused 3 fatalities" / "killed nine people")', () => {
  it('a clash of counts of the dead by one doer: numeric, medium', () => {
    expect(reported('The cyclone caused 4 fatalities on the island.', 'The cyclone killed eleven people on the island.')).toEqual([
      { kind: 'numeric', band: 'medium', evidence: ['4 fatalities', 'eleven people'] },
    ]);
  });

  it.each([
    ['the same toll', 'The cyclone killed four people on the island.'],
    ['another outcome', 'The cyclone injured eleven people on the island.'],
  ])('%s: no conflict', (_, b) => {
    expect(reported('The cyclone caused 4 fatalities on the island.', b)).toEqual([]);
  });

  it('the counted people as subject of another event in one document: no conflict', () => {
    const text =
      'Officials described how a drone had flown over a wedding party in the hills and fired, killing more than a dozen guests. ' +
      'A shopkeeper said that six guests had died when a shell hit the bazaar.';
    expect(analyzeTwoReports(text, 'The weather was calm.').conflicts.map((c) => c.kind)).toEqual([]);
  });
});
