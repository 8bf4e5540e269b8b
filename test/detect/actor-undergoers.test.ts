/**
 * A verb of the causative alternation used without an object has for subject what changed, not a doer (Levin 1993
 * § 1.1.2.1; detect/undergoers.ts), so two such subjects are no rival doers. Sentences invented for this file;
 * expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims, type Claim } from '../../src/index.js';
import { subjectUndergoes } from '../../src/detect/undergoers.js';

const one = (id: string, text: string): Claim => {
  const claims = extractClaims({ id, text, source: id.toUpperCase() });
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('subjects that undergo a change are no doers', () => {
  it('reads the intransitive use of an alternating verb, not its transitive use nor a verb that does not alternate', () => {
    expect(subjectUndergoes(one('a', 'The climbing centre opened on Saturday.'))).toBe(true);
    expect(subjectUndergoes(one('a', 'The mayor opened the climbing centre on Saturday.'))).toBe(false);
    expect(subjectUndergoes(one('a', 'Protesters fired on Saturday.'))).toBe(false);
  });

  it('"the largest climbing centre opened" / "The Boulder Yard opened" raise no actor conflict', () => {
    expect(compareClaims(one('a', "Leeds's largest climbing centre opened in Kirkstall on Saturday."), one('b', 'The Boulder Yard opened in Kirkstall on Saturday.'))).toBeNull();
  });

  it('two doers of one transitive act still clash', () => {
    const c = compareClaims(one('a', 'The mayor opened the climbing centre on Saturday.'), one('b', 'The sports minister opened the climbing centre on Saturday.'));
    expect(c?.kind).toBe('actor');
    expect(c!.evidence.map((e) => e.span.text)).toEqual(['The mayor', 'The sports minister']);
  });
});

describe('subjects of a rise or fall are what changed, not doers (Levin 1993 § 45.6)', () => {
  it('reads an intransitive verb of scalar change, not a transitive one', () => {
    expect(subjectUndergoes(one('a', "The group's shares fell 4 per cent."))).toBe(true);
    expect(subjectUndergoes(one('a', 'Rents climbed sharply in March.'))).toBe(true);
    expect(subjectUndergoes(one('a', 'The party gained three seats.'))).toBe(false);
  });

  it('"shares fell 4 per cent" / "clothing sales fell by 6 per cent" raise no actor conflict', () => {
    const c = compareClaims(one('a', "The group's shares fell 4 per cent."), one('b', 'Clothing sales fell by 6 per cent.'));
    expect(c?.kind).not.toBe('actor');
  });

  it('two doers of a transitive gain still clash', () => {
    const c = compareClaims(one('a', 'The Greens gained the seat in May.'), one('b', 'The Liberals gained the seat in May.'));
    expect(c?.kind).toBe('actor');
  });
});
