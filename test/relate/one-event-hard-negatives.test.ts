import { describe, expect, it } from 'vitest';
import { compareClaims, extractClaims } from '../../src/index.js';

/**
 * A verb of another clause of a claim ("stop [selling]", "when this happened … he didn't [feel]") is not the claim's own
 * event: the claim's state belongs to its predicate, not to that verb. Reading such a verb as the event (relate/relation.ts
 * OWN_EVENT) turns the paraphrases below into polarity conflicts: tried in issue 11 and dropped (one counted-half textbook
 * contradiction gained, RTE-3 false alarms up). These cases fail under that reading and pass today.
 */
function conflicts(x: string, y: string): string[] {
  const a = extractClaims({ id: 'a', text: x, source: 'A' });
  const b = extractClaims({ id: 'b', text: y, source: 'B' });
  return a.flatMap((c) => b.map((d) => compareClaims(c, d))).flatMap((c) => (c ? [c.kind] : []));
}

describe('a verb of another clause is not the claim’s own event', () => {
  it.each([
    ['an aspectual verb wraps the act', 'Harwick Foods will stop selling its own brand of peanut butter and clear the jars from its shelves.', 'Harwick Foods will not sell its own brand of peanut butter any longer.'],
    ['an aspectual verb wraps the act, second wording', 'The ministry will end funding the Larkspur museum and close its archive next year.', 'The ministry will no longer fund the Larkspur museum.'],
    ['the negated verb is the clause’s, not the claim’s', 'When this happened to 23-year-old Tomas Vey he didn’t feel a thing.', 'Tomas Vey felt no pain when he woke up during his knee operation.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(conflicts(x, y)).toEqual([]);
  });

  it.each([
    ['Harwick Foods will sell its own brand of peanut butter.', 'Harwick Foods will not sell its own brand of peanut butter any longer.'],
    ['The ministry will fund the Larkspur museum next year.', 'The ministry will no longer fund the Larkspur museum.'],
  ])('the same act as both claims’ own predicate still clashes: %s', (x, y) => {
    const a = extractClaims({ id: 'a', text: x, source: 'A' });
    const b = extractClaims({ id: 'b', text: y, source: 'B' });
    expect([a.length, b.length]).toEqual([1, 1]);
    const conflict = compareClaims(a[0]!, b[0]!);
    expect(conflict?.kind).toBe('polarity');
    expect(['medium', 'high']).toContain(conflict?.band);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
  });
});

/**
 * One named participant and one shared circumstance ("while travelling") do not make two acts one event when their
 * verbs are unrelated: reading the shorter claim as contained in the longer one on those grounds (tried in issue 11:
 * relate/event-identity.ts `contained` without a told event) gained one counted-half textbook pair and turned this pair
 * into a location conflict.
 */
describe('a name and a shared circumstance are not one event', () => {
  it('robbed in one city, photographed in another, both while travelling: no conflict', () => {
    expect(conflicts('Ana Ruiz was robbed in Lyon while travelling with her sister.', 'Ana Ruiz was photographed in Paris while travelling.')).toEqual([]);
  });

  it('the same act in two cities on that occasion still clashes on the place', () => {
    expect(conflicts('Ana Ruiz was robbed in Lyon while travelling with her sister.', 'Ana Ruiz was robbed in Paris while travelling.')).toEqual(['location']);
  });
});


/**
 * An event noun said to happen is one event with the act the other claim tells (relate/occurrence-events.ts), but not
 * where that claim adds one more instance ("were also battling", Quirk et al. 1985 § 8.116), and never for figures:
 * the occurrence dates and places the event, it does not count anything.
 */
describe('an event noun said to happen, against another instance or a figure', () => {
  it.each([
    ['an additive adjunct adds another fight', 'The fighting is taking place just one mile west of the city.', 'Rebels were also battling troops in a town 25 miles west of the city.'],
    ['an occurrence says nothing of counts', 'The rally took place in the main square with 2,000 people.', 'Police dispersed 300 people who rallied in the main square.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(conflicts(x, y)).toEqual([]);
  });
});

/**
 * Two doers doing two acts to things of one kind at one place and time ("planted 400 trees" / "felled 120 trees") are
 * two events; the candidate match (shared place, date and counted noun) pairs them and the numeric detector compares the
 * counts. Known false alarm at a0fc0de and still here.
 */
it.fails('two acts by two doers on things of one kind: no conflict (known false alarm)', () => {
  expect(conflicts('Volunteers planted 400 trees in Hyde Park on Sunday.', 'The council felled 120 trees in Hyde Park on Sunday.')).toEqual([]);
});
