/**
 * The judge's known errors (issue 11, "Why"), each on invented sentences: a flag where none is due, or silence
 * where a clash is clear. Two bare reports of unknown kind, as `gainsay check a.txt b.txt` first sees them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { checkDraft } from '../../src/draft/check-draft.js';

function reported(a: string, b: string) {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1]).map((c) => ({ kind: c.kind, band: c.band }));
}

describe('hard negatives the judge must leave alone', () => {
  it('"did not oppose" is no clash with "backed" (not opposing is compatible with backing)', () => {
    expect(reported('The union did not oppose the merger of the two hospitals.', 'The union backed the merger of the two hospitals.')).toEqual([]);
  });

  it('a death toll and a count of people given shelter in one disaster are two referents', () => {
    expect(
      reported(
        'The earthquake killed 14 people in the province, officials said.',
        'About 2,300 people were given emergency shelter after the earthquake in the province.',
      ),
    ).toEqual([]);
  });

  it('a forecast and the value observed are no clash', () => {
    expect(reported('Winds of up to 60 km/h are forecast for the island on Tuesday.', 'Winds on the island reached 85 km/h on Tuesday.')).toEqual([]);
    expect(reported('Forecasters expect winds to reach 60 km/h on the island on Tuesday.', 'Winds on the island reached 85 km/h on Tuesday.')).toEqual([]);
  });

  it('two forecasts of one value still clash', () => {
    const found = reported('Forecasters expect the river to crest at 9 metres in Ostrava on Friday.', 'Forecasters expect the river to crest at 6 metres in Ostrava on Friday.');
    expect(found).toEqual([{ kind: 'numeric', band: found[0]?.band }]);
    expect(found[0]!.band).not.toBe('low');
  });
});

describe('clashes the judge must see', () => {
  it('one speaker quoted with opposite words about one report', () => {
    const found = reported(
      'The health minister called the audit "accurate and fair" on Monday.',
      'The health minister called the audit "misleading" on Monday.',
    );
    expect(found.length).toBe(1);
    expect(['quote', 'opposition']).toContain(found[0]!.kind);
  });

  it('one speaker characterising two different things is no clash', () => {
    expect(reported('The health minister called the audit "accurate and fair" on Monday.', 'The health minister called the budget "misleading" on Monday.')).toEqual([]);
  });

  it('a confirmation and a denial of one fact, two bare reports of unknown kind, reach medium', () => {
    const found = reported('The ministry confirmed that the plant will close in June.', 'The ministry denied that the plant will close in June.');
    expect(found).toHaveLength(1);
    expect(found[0]!.band === 'medium' || found[0]!.band === 'high').toBe(true);
  });

  it('checkDraft: a misquote of the cited source is not "unverified"', () => {
    const [check] = checkDraft('The health minister called the audit "misleading" [1].', {
      '1': 'The health minister called the audit "accurate and fair".',
    });
    expect(check!.verdict).toBe('contradicted');
  });
});

describe('polarity needs one proposition', () => {
  it('the same light verb on two different things is no clash', () => {
    expect(reported('The guard said he did not see the point of the new rules.', 'The guard was seen at the gate of the depot on Friday.')).toEqual([]);
    expect(reported('The driver did not have any weapons in the car.', 'The driver will have his day in court, his lawyer said.')).toEqual([]);
  });

  it('the same verb on the same thing, affirmed and negated, still clashes', () => {
    expect(reported('The driver had a knife in the car.', 'The driver did not have a knife in the car.')).toEqual([{ kind: 'polarity', band: expect.stringMatching(/medium|high/) }]);
  });
});

describe('sequences the relation keeps apart', () => {
  it('one player beating one rival and losing to another on the next day is no date clash (converse roles not swapped)', () => {
    expect(
      reported(
        'Lena Brandt beat Mia Kovac in the semi-final of the Lisbon Open on 14 June 2025.',
        'Lena Brandt lost the Lisbon Open final to Ana Sousa on 15 June 2025.',
      ),
    ).toEqual([]);
  });

  it('a rise and a fall are no numeric clash of their sizes', () => {
    const found = reported('Bus fares in the city will rise by 2% in October 2025.', 'Bus fares in the city will fall by 4% in January 2026.');
    expect(found.filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});

describe('status needs a decision, not the same activity reported again', () => {
  it('an activity still under way and the same activity reported are no status clash', () => {
    const found = reported('Fierce fighting is still ongoing on the outskirts of the city.', 'Fierce fighting has been reported on the outskirts of the city.');
    expect(found.filter((c) => c.kind === 'status')).toEqual([]);
  });

  it('a pending process against its outcome still is', () => {
    expect(reported('The two airlines are still negotiating the codeshare agreement.', 'The two airlines signed the codeshare agreement.')).toEqual([
      { kind: 'status', band: expect.stringMatching(/medium|high/) },
    ]);
  });
});
