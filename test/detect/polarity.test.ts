import { describe, expect, it } from 'vitest';
import { analyze, compareClaims, extractClaims, type Claim } from '../../src/index.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('polarity conflicts', () => {
  it('affirmed vs negated attendance is a high polarity conflict', () => {
    const c = compareClaims(one('a', 'The president will attend the summit in Oslo.'), one('b', 'The president will not attend the summit in Oslo.'));
    expect({ kind: c?.kind, band: c?.band }).toEqual({ kind: 'polarity', band: 'high' });
    expect(c?.message).toContain('attend affirmed vs negated');
  });

  it('matches across actor aliases: the Kremlin refuses, Russia attends', () => {
    const c = compareClaims(one('a', 'Russia refused to attend the summit in Oslo.'), one('b', 'The Kremlin will attend the summit in Oslo.'));
    expect(c?.kind).toBe('polarity');
  });

  it('a confirmation against a denial of one event is opposition (DESIGN.md), not polarity', () => {
    const c = compareClaims(
      one('a', 'Police confirmed that a man was arrested after the fire.'),
      one('b', 'Police denied that anyone was arrested after the fire.'),
    );
    expect({ kind: c?.kind, also: c?.also }).toEqual({ kind: 'opposition', also: [] });
    expect(c!.evidence.map((e) => e.span.text)).toEqual(['confirmed', 'denied']);
  });

  it('no polarity conflict for a paraphrase: declined the invitation vs will not attend', () => {
    expect(compareClaims(one('a', 'The president declined the invitation to the summit.'), one('b', 'The president will not attend the summit.'))).toBeNull();
  });

  it('no conflict for the same denial reported twice', () => {
    const text = 'The mayor denied that the contractor stole the funds.';
    expect(compareClaims(one('a', text), one('b', text))).toBeNull();
  });

  it('no conflict between unrelated claims', () => {
    expect(compareClaims(one('a', 'The Kremlin will attend the summit in Oslo.'), one('b', 'The bakery sold fresh bread on Tuesday.'))).toBeNull();
  });

  it('no conflict through analyze when two documents agree', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'The president will not attend the summit in Oslo.', source: 'A' },
        { id: 'b', text: 'The president will not attend the summit in Oslo, aides said.', source: 'B' },
      ],
    });
    expect(report.conflicts).toEqual([]);
  });
});
