/**
 * One dispute that a report tells in full (a rumour and the denial of it) is no disagreement between that report and
 * another that carries only the denial: the report already sides the denial's way in its own words. The clash between
 * the rumour and the denial is not raised again across the two documents. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { ConflictIndex, analyze } from '../../src/index.js';

const alerts = (a: string, b: string) =>
  analyze({ documents: [
    { id: 'a', source: { name: 'Harbour Wire' }, text: a, publishedAt: '2026-05-20' },
    { id: 'b', source: { name: 'The Courier' }, text: b, publishedAt: '2026-05-20' },
  ] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

const DENIAL = 'The port authority said on Tuesday that the ferry terminal would not close.';

describe('a rumour and its denial told in one report', () => {
  it('do not clash with another report of the denial', () => {
    expect(alerts('The port authority has rejected claims that it will shut the ferry terminal. A shipping blog reported last week that the terminal would close in the autumn.', DENIAL)).toEqual([]);
  });

  it('the rumour alone still clashes with the denial (positive)', () => {
    expect(alerts('A shipping blog reported last week that the ferry terminal would close in the autumn.', DENIAL)).toEqual(['polarity']);
  });

  it('a report that adds an unrelated fact to the rumour still clashes (hard negative to the rule)', () => {
    expect(alerts('A shipping blog reported last week that the ferry terminal would close in the autumn. The port authority employs 300 people.', DENIAL)).toEqual(['polarity']);
  });
});

describe('a report whose other sentences tell other acts', () => {
  it('still clashes with a report that denies its point (hard negative): the other act is no denial of it', () => {
    expect(alerts('The ferry operator confirmed on Wednesday that a storm caused the cancelled crossings.', 'The ferry operator denied that a storm caused the cancelled crossings, saying in a statement that a crew shortage had halted services.')).toEqual(['opposition']);
  });
});

describe('a report with a second account of the act that is no denial', () => {
  it('still clashes (hard negative): "should never have done it" is no denial that it was done', () => {
    expect(alerts('The surgeon performed the operation on Friday, the clinic said. "She should never have been allowed to perform any procedure," a nurse said.', 'The surgeon denied performing the operation.')).toEqual(['polarity']);
  });
});

describe('a report a document tells and then denies in its own voice', () => {
  const within = (text: string) =>
    analyze({ documents: [{ id: 'a', source: { name: 'Harbour Board', kind: 'official' }, text, publishedAt: '2026-05-20' }] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

  it('is no conflict: the document rebuts it', () => {
    expect(within('The Harbour Board is aware of reports that it has sold the north quay. The board has not sold the north quay.')).toEqual([]);
  });

  it('two hearsay accounts set side by side still clash (positive, as in the seed article)', () => {
    expect(within('Some reports said the board had sold the north quay, while other accounts said the board had not sold the north quay.')).toEqual(['polarity']);
  });
});

describe('the live index drops the same disputes as analyze', () => {
  const indexed = (docs: { id: string; text: string }[]) => {
    const index = new ConflictIndex();
    for (const d of docs) index.add({ id: d.id, source: { name: d.id === 'a' ? 'Harbour Wire' : 'The Courier' }, text: d.text, publishedAt: '2026-05-20' });
    return index.conflicts().filter((c) => c.band !== 'low').map((c) => c.kind);
  };

  it('a rumour and its denial told in one report, added before the other report: no clash', () => {
    expect(indexed([
      { id: 'a', text: 'The port authority has rejected claims that it will shut the ferry terminal. A shipping blog reported last week that the terminal would close in the autumn.' },
      { id: 'b', text: DENIAL },
    ])).toEqual([]);
  });

  it('the rumour alone still clashes (positive)', () => {
    expect(indexed([{ id: 'a', text: 'A shipping blog reported last week that the ferry terminal would close in the autumn.' }, { id: 'b', text: DENIAL }])).toEqual(['polarity']);
  });

  it('a report told and then rebutted in one document: no clash', () => {
    expect(indexed([{ id: 'a', text: 'The Harbour Board is aware of reports that it has sold the north quay. The board has not sold the north quay.' }])).toEqual([]);
  });
});
