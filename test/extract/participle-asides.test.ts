/**
 * A past participle clause between commas after the subject is a reduced non-restrictive relative (Quirk et al. 1985
 * § 17.29): its own passive claim with its own date, while the main claim keeps the verb after the closing comma
 * (extract/noun-modifiers.ts and subordinate-clauses.ts, past adverbs by adverb-runs.ts); and adverbs before a participle of reporting are no holder (trailing-parts.ts
 * onlyAdverbs). Sentences invented for this file; expectations written before the first run. Hard negatives: an
 * appositive noun phrase, a parenthetical frame with a holder, a plain passive.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-04-13T12:00:00Z' }).map((c) => ({
    predicate: c.proposition.predicate?.lemma,
    theme: c.proposition.theme?.text,
    holder: c.attribution.holder,
    background: c.background,
  }));

describe('a reduced relative between commas', () => {
  it('"The outbreak, first reported on Tuesday morning, has spread to three farms": two claims, no holder "first"', () => {
    expect(claims('The outbreak, first reported on Tuesday morning, has spread to three farms.')).toEqual([
      { predicate: 'spread', theme: undefined, holder: 'S', background: undefined },
      { predicate: 'report', theme: 'The outbreak', holder: 'S', background: 'participial' },
    ]);
  });

  it('"The trawler, later found off the coast, was towed to port": the main verb is the tow', () => {
    expect(claims('The trawler, later found off the coast, was towed to port on Monday.').map((c) => c.predicate)).toEqual(['tow', 'find']);
  });

  it('the participle clause keeps its own date: two first sightings on different days clash', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'The outbreak, first reported on Tuesday morning, has spread to three farms.', publishedAt: '2026-04-13T12:00:00Z' },
        { id: 'b', text: 'The outbreak was first reported on Monday morning, the animal health agency said.', publishedAt: '2026-04-13T12:00:00Z' },
      ],
    });
    expect(report.conflicts.map((c) => c.kind)).toEqual(['temporal']);
  });

  it('hard negative: an appositive noun phrase is no participle clause', () => {
    expect(claims('Ana Ruiz, the mayor, opened the bridge.')[0]!.predicate).toBe('open');
  });

  it('hard negative: a parenthetical frame with a holder stays a frame', () => {
    expect(claims('The bridge, officials said, will close on Monday.')).toEqual([{ predicate: 'close', theme: undefined, holder: 'officials', background: undefined }]);
  });

  it('hard negative: a plain passive is one claim', () => {
    expect(claims('The trawler was towed to port on Monday.').map((c) => c.predicate)).toEqual(['tow']);
  });
});
