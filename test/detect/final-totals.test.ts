/**
 * A figure called the final total closes a running count: an earlier report's different figure is a stage of it, not a
 * rival. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const kinds = (a: [string, string], b: [string, string]) =>
  analyze({
    documents: [
      { id: 'a', source: { name: 'Vale Gazette' }, publishedAt: a[0], text: a[1] },
      { id: 'b', source: { name: 'Vale Radio' }, publishedAt: b[0], text: b[1] },
    ],
  }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('final totals', () => {
  it('a final total against the figure told on the day is silent (an update, hard negative)', () => {
    expect(kinds(['2026-06-15', 'The village fete raised £12,000 for the hospice on Sunday, organisers said.'], ['2026-07-02', 'The village fete has raised a final total of £19,500 for the hospice, organisers said.'])).toEqual([]);
  });
  it('two figures for the day with no update cue still clash', () => {
    expect(kinds(['2026-06-15', 'The village fete raised £12,000 for the hospice on Sunday, organisers said.'], ['2026-06-15', 'The village fete raised £19,500 for the hospice on Sunday, organisers said.'])).toEqual(['numeric']);
  });
});
