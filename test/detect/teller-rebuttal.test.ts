/**
 * A story named by its teller alone and rejected ("the Harbour Times report is not true", "denied the Harbour Times
 * report") against what that teller told (issue 15: truth-value disputes whose referent is a whole story). Sentences
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';

/** Medium-or-high conflicts among the texts, each as kind, band, the two documents and the evidence's words. */
function alerts(...texts: string[]) {
  const report = analyze({ documents: texts.map((text, i) => ({ id: `d${i}`, source: { name: `Outlet ${i}` }, text })) });
  return report.conflicts
    .filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, band: c.band, documents: c.documents, evidence: c.evidence.map((e) => e.span.text) }));
}

const told = 'The Harbour Times reported that the mayor sold the old pier to a developer.';

describe('a teller\'s story rejected against what the teller told', () => {
  it('"the Harbour Times story was a fabrication": polarity', () => {
    expect(alerts(told, 'A spokesman said the Harbour Times story was a fabrication.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd1'], evidence: ['reported', 'was a fabrication'] },
    ]);
  });

  it('"the Harbour Times report is not true": polarity', () => {
    expect(alerts(told, 'A city spokeswoman told reporters the Harbour Times report is not true.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd1'], evidence: ['reported', 'is not true'] },
    ]);
  });

  it('"has denied the Harbour Times report": polarity', () => {
    expect(alerts(told, 'The mayor has denied the Harbour Times report.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd1'], evidence: ['reported', 'denied'] },
    ]);
  });
});

describe('no teller rebuttal', () => {
  it('another teller told the same: only the rejected teller\'s claim clashes', () => {
    expect(alerts(told, 'The Evening Star said the mayor sold the old pier.', 'A spokesman said the Harbour Times story was a fabrication.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd2'], evidence: ['reported', 'was a fabrication'] },
    ]);
  });

  it('both reject the story: no conflict', () => {
    expect(alerts('A spokesman said the Harbour Times story was a fabrication.', 'The mayor said the Harbour Times report is false.')).toEqual([]);
  });

  it('the writer\'s own sentence about the teller: no conflict', () => {
    expect(alerts('The Harbour Times has been the city\'s newspaper since 1900.', 'A city spokeswoman told reporters the Harbour Times report is not true.')).toEqual([]);
  });
});

describe('a story whose teller is named after "by" or "from"', () => {
  it('"has denied the allegations by the Harbour Times": polarity', () => {
    expect(alerts(told, 'The mayor has denied the allegations by the Harbour Times.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd1'], evidence: ['reported', 'denied'] },
    ]);
  });

  it('"the report from the Harbour Times is not true": polarity', () => {
    expect(alerts(told, 'The report from the Harbour Times is not true, a spokeswoman said.')).toEqual([
      { kind: 'polarity', band: 'medium', documents: ['d0', 'd1'], evidence: ['reported', 'is not true'] },
    ]);
  });

  it('hard negatives: another teller after "by", and a story with no teller named', () => {
    expect(alerts(told, 'The mayor has denied the allegations by the Quay Gazette.')).toEqual([]);
    expect(alerts(told, 'The mayor has denied the allegations by his rivals.')).toEqual([]);
  });
});
