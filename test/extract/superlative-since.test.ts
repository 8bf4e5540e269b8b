/**
 * "won the cup for the first time since 1998", "prices reached their highest level since 2008": "since" after "first"
 * or a superlative bounds the stretch of time the comparison runs over (Quirk et al. 1985 § 9.59, §§ 7.82–7.84); its
 * date is when something last happened, not when this event did. Its date leaves the claim's dates, and a clause after
 * it ("since the hall opened in 1974") is a clause of its own. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-03-10' }).map((c) => [c.background ?? 'main', c.proposition.predicate?.lemma, c.times.map((t) => t.span.text)]);

describe('"since" after "first" or a superlative', () => {
  it('a bare date after "the first time since" is no date of the event', () => {
    expect(claims('The team won the cup on Saturday for the first time since 1998.')).toEqual([['main', 'win', ['Saturday']]]);
    // The comma after the weekday is no part of the date's span.
    expect(claims('The team won the cup on Saturday, the first time since 1998.')).toEqual([['main', 'win', ['Saturday']]]);
  });

  it('a bare date after a superlative is no date of the event', () => {
    expect(claims('Bread prices reached their highest level since 2008 in March.')).toEqual([['main', 'reach', ['March']]]);
    expect(claims('The firm reported its biggest loss since 2009 on Tuesday.')).toEqual([['main', 'report', ['Tuesday']]]);
  });

  it('a clause after it is a clause of its own, with its own date', () => {
    expect(claims('A maximum break was recorded at the club on Sunday for the first time since the hall opened in 1974.')).toEqual([
      ['main', 'record', ['Sunday']],
      ['main', 'open', ['1974']],
    ]);
  });

  it('plain "since" still opens a state (hard negatives)', () => {
    expect(claims('The road has been closed since Monday.')).toEqual([['main', 'close', ['Monday']]]);
    expect(claims('Since 2019 the firm has doubled its sales.')).toEqual([['main', 'double', ['2019']]]);
  });
});

describe('reports that date the event alike', () => {
  const temporal = (a: string, b: string) =>
    analyze({ documents: [
      { id: 'a', source: { name: 'The Courier' }, text: a, publishedAt: '2026-03-10' },
      { id: 'b', source: { name: 'Radio North' }, text: b, publishedAt: '2026-03-10' },
    ] }).conflicts.filter((c) => c.band !== 'low' && c.kind === 'temporal').map((c) => c.evidence.map((e) => e.span.text));

  it('the year a comparison runs from does not clash with the day of the event', () => {
    expect(temporal('Harford Town won the county cup on Saturday, the first time since 1998.', 'Harford Town won the county cup on Saturday.')).toEqual([]);
    expect(temporal('Harford Town won the county cup for the first time since 1998.', 'Harford Town won the county cup in 2026, the club said.')).toEqual([]);
  });

  it('two days for one win still clash (positive)', () => {
    expect(temporal('Harford Town won the county cup on Saturday, the first time since 1998.', 'Harford Town won the county cup on Sunday.')).toEqual([['Saturday', 'Sunday']]);
  });
});
