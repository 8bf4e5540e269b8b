/**
 * The subject of a verb of change on a scale is what a figure after the verb measures (match/measured-things.ts: the
 * scalar-change verbs of lexicon/change-direction.ts less value-verbs.ts SIZE_GIVING_VERBS): two changes of two
 * different things are no numeric clash. Sentences invented for this file; expectations written before the first run.
 * Hard negatives: one thing changed by two figures, told with the same or another verb of change.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';
import { measuredThings } from '../../src/match/measured-things.js';

const numeric = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a }, { id: 'b', text: b }] }).conflicts.filter((c) => c.kind === 'numeric').length;
const things = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).flatMap((c) => measuredThings(c).map((m) => m.thing));

describe('measuredThings: the subject of a verb of change', () => {
  it.each([
    ['Ticket sales rose 8 per cent last year.', ['sale']],
    ['The port operator\'s shares fell 4 per cent on Tuesday.', ['share']],
    ['Water use dropped by 12 per cent over the summer.', ['use']],
  ])('%s', (text, expected) => {
    expect(things(text)).toEqual(expected);
  });
});

describe('two changes of different things are no numeric clash', () => {
  it('"shares dropped 4 per cent" vs "ticket sales dropped 6 per cent"', () => {
    expect(numeric('The airline\'s shares dropped 4 per cent on Tuesday.', 'Ticket sales dropped by 6 per cent, the airline said on Tuesday.')).toBe(0);
  });

  it('"passenger numbers rose 9 per cent" vs "fares rose 3 per cent"', () => {
    expect(numeric('Passenger numbers on the line rose 9 per cent in March.', 'Fares on the line rose 3 per cent in March.')).toBe(0);
  });

  it('hard negative: one thing, two figures, same verb', () => {
    expect(numeric('Ticket sales at the museum rose 8 per cent last year.', 'Ticket sales at the museum rose 3 per cent last year.')).toBe(1);
  });

  it('hard negative: one thing, two figures, a synonym of the verb', () => {
    expect(numeric('Ticket sales at the museum climbed 8 per cent last year.', 'Ticket sales at the museum rose 3 per cent last year.')).toBe(1);
  });
});
