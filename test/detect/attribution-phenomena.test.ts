import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';

const claims = (id: string, text: string): Claim[] => extractClaims({ id, text, source: id.toUpperCase() });
const first = (id: string, text: string): Claim => claims(id, text)[0]!;
const compare = (x: string, y: string) => compareClaims(first('a', x), first('b', y));

describe('attribution: one text credited to two writers', () => {
  it('"written by the novelist A" vs "written by the playwright B" is attribution', () => {
    const c = compare('The resignation letter was written by the novelist Mara Quint.', 'The resignation letter was written by the playwright Tomas Reyl.');
    expect(c?.kind).toBe('attribution');
    expect(c?.band).not.toBe('low');
  });

  it('one writer titled two ways is no conflict', () => {
    expect(compare('The resignation letter was written by the novelist Mara Quint.', 'The resignation letter was written by Mara Quint.')).toBeNull();
  });

  it('two writers of two different texts are no attribution conflict', () => {
    expect(compare('The resignation letter was written by the novelist Mara Quint.', 'The court ruling was written by Judge Tomas Reyl.')?.kind).not.toBe('attribution');
  });
});

describe('attribution: a cleft names the speaker', () => {
  const quote = '"The pumps were switched off," the sheriff said at the briefing.';
  it('"it was the mayor who said Q" vs "Q, the sheriff said" credits one quote to two offices', () => {
    const c = compareClaims(first('a', quote), first('b', 'At the briefing it was the mayor who said "The pumps were switched off."'));
    expect(c?.kind).toBe('attribution');
    expect(c?.factors.find((f) => f.name === 'strength')?.value).toBe(0.8);
  });

  it('the same speaker in a cleft is no conflict', () => {
    expect(compareClaims(first('a', quote), first('b', 'At the briefing it was the sheriff who said "The pumps were switched off."'))).toBeNull();
  });
});
