import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { extractClaims } from '../../src/api/stages.js';

const timesOf = (text: string, publishedAt?: string) =>
  extractClaims({ id: 'd', source: { name: 'Desk' }, text, ...(publishedAt ? { publishedAt } : {}) })[0]!.times.map((t) => ({ text: t.span.text, from: t.from, yearless: t.yearless ?? false }));

const temporal = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'First Report' }, text: a }, { id: 'b', source: { name: 'Second Report' }, text: b }] }).conflicts.filter(
    (c) => c.kind === 'temporal' && c.band !== 'low',
  );

describe('dates without a year and without a reference date', () => {
  it('are kept as yearless, with the placeholder year 2000', () => {
    expect(timesOf('The ferry left Piraeus on Aug. 28 with 300 passengers.')).toEqual([{ text: 'Aug. 28', from: '2000-08-28', yearless: true }]);
  });

  it('resolve against the publication date when there is one', () => {
    expect(timesOf('The ferry left Piraeus on Aug. 28 with 300 passengers.', '2024-09-02')).toEqual([{ text: 'Aug. 28', from: '2024-08-28', yearless: false }]);
  });

  it('are not kept for a weekday or a relative day, which need a reference', () => {
    expect(timesOf('The ferry left Piraeus on Tuesday with 300 passengers.')).toEqual([]);
  });

  it('clash with another yearless date of the same event', () => {
    const found = temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 21 August with 300 passengers.');
    expect(found.map((c) => c.evidence.map((e) => e.span.text))).toEqual([['Aug. 28', '21 August']]);
  });

  it('agree with the same day written another way, and are not compared with a dated year', () => {
    expect(temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 28 August with 300 passengers.')).toEqual([]);
    expect(temporal('The ferry left Piraeus on Aug. 28 with 300 passengers.', 'The ferry left Piraeus on 21 August 2019 with 300 passengers.')).toEqual([]);
  });
});
