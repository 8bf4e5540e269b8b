/**
 * "We are aware of reports that the centre will close. These reports are untrue.": a sentence that calls "these
 * reports" (or "the claims", "such rumours") false rebuts the claims of the sentence just before that those reports
 * carry. The document does not put them forward: it denies them, in the rebutting sentence's voice. Invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const held = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'Harbour Board' }, text }).map((c) => [c.proposition.predicate?.lemma, c.attribution.holder, c.attribution.stance]);

describe('a demonstrative story noun called false', () => {
  it('turns the reports of the sentence before into the document\'s denial', () => {
    expect(held('Rumours on social media suggest that the ferry service will end in May. These rumours are untrue.')).toEqual([
      ['end', 'Harbour Board', 'denied'],
      ['be', 'Harbour Board', 'asserted'],
    ]);
  });

  it('keeps a report the next sentence does not call false (hard negative)', () => {
    expect(held('Rumours on social media suggest that the ferry service will end in May. The board met on Monday.')[0]).toEqual(['end', 'Rumours on social media', 'speculated']);
  });

  it('keeps a report when another story noun is called false (hard negative)', () => {
    expect(held('Rumours on social media suggest that the ferry service will end in May. The timetable story is untrue.')[0]).toEqual(['end', 'Rumours on social media', 'speculated']);
  });
});

describe('the same denial in two documents', () => {
  it('raises no conflict', () => {
    const report = analyze({ documents: [
      { id: 'a', source: { name: 'Harbour Board' }, text: 'Rumours on social media suggest that the ferry service will end in May. These rumours are untrue.' },
      { id: 'b', source: { name: 'The Courier' }, text: 'The harbour board denied that the ferry service would end in May.' },
    ] });
    expect(report.conflicts.filter((c) => c.band !== 'low')).toEqual([]);
  });

  it('a report not rebutted still clashes with the denial (positive)', () => {
    const report = analyze({ documents: [
      { id: 'a', source: { name: 'The Gazette' }, text: 'The ferry service will end in May, the operator said.' },
      { id: 'b', source: { name: 'The Courier' }, text: 'The harbour board denied that the ferry service would end in May.' },
    ] });
    expect(report.conflicts.filter((c) => c.band !== 'low').map((c) => c.kind)).toEqual(['polarity']);
  });
});
