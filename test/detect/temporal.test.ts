import { describe, expect, it } from 'vitest';
import { detectTemporal } from '../../src/detect/temporal.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Time } from '../../src/model/claim.js';
import { makeClaim, span, timeIn } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

const day = (iso: string, relative = false): Omit<Time, 'span'> => ({ from: iso, to: iso, granularity: 'day', relative });
const month = (from: string, to: string): Omit<Time, 'span'> => ({ from, to, granularity: 'month', relative: false });
const year = (y: number): Omit<Time, 'span'> => ({ from: `${y}-01-01`, to: `${y}-12-31`, granularity: 'year', relative: false });

function claimWith(text: string, times: [string, Omit<Time, 'span'>][], publishedAt?: string) {
  return makeClaim({ text, times: times.map(([surface, fields]) => timeIn(text, surface, fields)), ...(publishedAt ? { publishedAt } : {}) });
}

const NEW_YORK_EVENING = '2025-05-15T22:00:00-04:00';
const TOKYO_MORNING = '2025-05-16T11:00:00+09:00';
const ISTANBUL_NOON = '2025-05-15T12:00:00+03:00';

describe('detectTemporal: clashes', () => {
  const cases = [
    {
      name: 'May 16 vs May 15, both absolute',
      a: claimWith('The talks opened on May 16, 2025.', [['on May 16, 2025', day('2025-05-16')]]),
      b: claimWith('The talks opened on May 15, 2025.', [['on May 15, 2025', day('2025-05-15')]]),
      strength: 0.9,
      evidence: [span(17, 'on May 16, 2025'), span(17, 'on May 15, 2025')],
    },
    {
      name: 'two different years',
      a: claimWith('The treaty was signed in 2023.', [['in 2023', year(2023)]]),
      b: claimWith('The treaty was signed in 2024.', [['in 2024', year(2024)]]),
      strength: 0.9,
      evidence: [span(22, 'in 2023'), span(22, 'in 2024')],
    },
    {
      name: 'a month vs a day outside it',
      a: claimWith('The vote took place in April 2025.', [['in April 2025', month('2025-04-01', '2025-04-30')]]),
      b: claimWith('The vote took place on May 3, 2025.', [['on May 3, 2025', day('2025-05-03')]]),
      strength: 0.9,
      evidence: [span(20, 'in April 2025'), span(20, 'on May 3, 2025')],
    },
    {
      name: 'a relative date one day off, both documents in one time zone',
      a: claimWith('The ministers met on Tuesday.', [['on Tuesday', day('2025-05-13', true)]], ISTANBUL_NOON),
      b: claimWith('The ministers met on May 14, 2025.', [['on May 14, 2025', day('2025-05-14')]], '2025-05-15T08:00:00+03:00'),
      strength: 0.7,
      evidence: [span(18, 'on Tuesday'), span(18, 'on May 14, 2025')],
    },
    {
      name: 'a relative date two days off across time zones (more than the zone explains)',
      a: claimWith('The ministers met on Sunday.', [['on Sunday', day('2025-05-11', true)]], NEW_YORK_EVENING),
      b: claimWith('The ministers met on Tuesday.', [['on Tuesday', day('2025-05-13', true)]], TOKYO_MORNING),
      strength: 0.7,
      evidence: [span(18, 'on Sunday'), span(18, 'on Tuesday')],
    },
    {
      name: 'several dates: the shared later date is set aside, the event dates clash',
      a: claimWith('Fighting began on May 15, 2025, and talks resume on May 20, 2025.', [
        ['on May 15, 2025', day('2025-05-15')],
        ['on May 20, 2025', day('2025-05-20')],
      ]),
      b: claimWith('Fighting began on May 16, 2025, and talks resume on May 20, 2025.', [
        ['on May 16, 2025', day('2025-05-16')],
        ['on May 20, 2025', day('2025-05-20')],
      ]),
      strength: 0.9,
      evidence: [span(15, 'on May 15, 2025'), span(15, 'on May 16, 2025')],
    },
    {
      name: 'a relative date one day off when the time zones are unknown',
      a: claimWith('The blast happened on Monday.', [['on Monday', day('2025-05-12', true)]]),
      b: claimWith('The blast happened on May 13, 2025.', [['on May 13, 2025', day('2025-05-13')]]),
      strength: 0.7,
      evidence: [span(19, 'on Monday'), span(19, 'on May 13, 2025')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectTemporal(c.a, c.b, context);
      expect(hit?.kind).toBe('temporal');
      expect(hit!.strength).toBe(c.strength);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectTemporal: compatible dates', () => {
  const cases = [
    {
      name: 'a month vs a day inside it',
      a: claimWith('The vote took place in April 2025.', [['in April 2025', month('2025-04-01', '2025-04-30')]]),
      b: claimWith('The vote took place on April 9.', [['on April 9', day('2025-04-09')]]),
    },
    {
      name: 'a time of day vs its day',
      a: claimWith('The blast came at 3 p.m. on May 15.', [['at 3 p.m. on May 15', { from: '2025-05-15T15:00:00+03:00', to: '2025-05-15T15:00:00+03:00', granularity: 'time', relative: false }]]),
      b: claimWith('The blast came on May 15, 2025.', [['on May 15, 2025', day('2025-05-15')]]),
    },
    {
      name: 'a relative date one day off across time zones',
      a: claimWith('The ministers met on Thursday.', [['on Thursday', day('2025-05-15', true)]], NEW_YORK_EVENING),
      b: claimWith('The ministers met on Friday.', [['on Friday', day('2025-05-16', true)]], TOKYO_MORNING),
    },
    {
      name: 'an extra date on one side only',
      a: claimWith('Fighting began on May 15, 2025.', [['on May 15, 2025', day('2025-05-15')]]),
      b: claimWith('Fighting began on May 15, 2025, and talks resume on May 20, 2025.', [
        ['on May 15, 2025', day('2025-05-15')],
        ['on May 20, 2025', day('2025-05-20')],
      ]),
    },
    {
      name: 'an interval containing the other date',
      a: claimWith('The strike ran from May 10 to May 20.', [['from May 10 to May 20', { from: '2025-05-10', to: '2025-05-20', granularity: 'day', relative: false }]]),
      b: claimWith('Workers walked out on May 15.', [['on May 15', day('2025-05-15')]]),
    },
    {
      name: 'a relative and an absolute date on the same day',
      a: claimWith('The ministers met on Thursday.', [['on Thursday', day('2025-05-15', true)]], ISTANBUL_NOON),
      b: claimWith('The ministers met on May 15, 2025.', [['on May 15, 2025', day('2025-05-15')]]),
    },
    {
      name: 'no dates on one side',
      a: claimWith('The talks opened on May 16, 2025.', [['on May 16, 2025', day('2025-05-16')]]),
      b: claimWith('The talks opened in Istanbul.', []),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectTemporal(c.a, c.b, context)).toBeNull();
      expect(detectTemporal(c.b, c.a, context)).toBeNull();
    });
  }
});

describe('detectTemporal: "since" a date (a state still holding) against an onset or a later day', () => {
  const PUBLISHED = '2025-05-14T09:00:00Z';
  const since = (iso: string): Omit<Time, 'span'> => ({ ...day(iso), opens: 'state' });
  const onset = (iso: string): Omit<Time, 'span'> => ({ ...day(iso), opens: 'event' });

  it('"flooded since May 8" holds on May 12: no clash with "flooded on May 12"', () => {
    const a = claimWith('The cellar has been flooded since May 8, 2025.', [['May 8, 2025', since('2025-05-08')]], PUBLISHED);
    const b = claimWith('The cellar was flooded on May 12, 2025.', [['May 12, 2025', day('2025-05-12')]], PUBLISHED);
    expect(detectTemporal(a, b, context)).toBeNull();
    expect(detectTemporal(b, a, context)).toBeNull();
  });

  it('"on strike since May 8" vs "the strike began on May 11": two starts of one state clash', () => {
    const a = claimWith('Dockers have been on strike since May 8, 2025.', [['May 8, 2025', since('2025-05-08')]], PUBLISHED);
    const b = claimWith('The dockers strike began on May 11, 2025.', [['May 11, 2025', onset('2025-05-11')]], PUBLISHED);
    const hit = detectTemporal(a, b, context);
    expect(hit?.kind).toBe('temporal');
    expect(hit?.strength).toBe(0.9);
    expect(hit?.detail).toBe('May 8, 2025 vs May 11, 2025 (3 days apart)');
  });

  it('"since May 8" vs "since May 11": two starts clash', () => {
    const a = claimWith('The road has been shut since May 8, 2025.', [['May 8, 2025', since('2025-05-08')]], PUBLISHED);
    const b = claimWith('The road has been shut since May 11, 2025.', [['May 11, 2025', since('2025-05-11')]], PUBLISHED);
    expect(detectTemporal(a, b, context)?.detail).toBe('May 8, 2025 vs May 11, 2025 (3 days apart)');
  });

  it('a day after publication is not inside "since": "shut since May 8" vs "shut on May 20" clash', () => {
    const a = claimWith('The road has been shut since May 8, 2025.', [['May 8, 2025', since('2025-05-08')]], PUBLISHED);
    const b = claimWith('The road was shut on May 20, 2025.', [['May 20, 2025', day('2025-05-20')]], PUBLISHED);
    expect(detectTemporal(a, b, context)?.detail).toBe('May 8, 2025 vs May 20, 2025 (6 days apart)');
  });
});
