/**
 * A name in apposition to a description subject ("The caretaker, Tom Reed, unlocked …") is the actor
 * (extract/actor-apposition.ts; Quirk et al. 1985, § 17.72). Sentences invented for this file; expectations written
 * before the first run. Hard negatives: a relative clause, an adverbial or an adjective phrase between the commas, and
 * the same person told the other way round.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const actor = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).find((c) => c.background === undefined)?.proposition.actor?.text;

describe('a name in apposition to a description subject', () => {
  it.each([
    ['The caretaker, Tom Reed, unlocked the hall on Sunday morning.', 'Tom Reed'],
    ['The club secretary, Lena Marsh, has unlocked the hall.', 'Lena Marsh'],
    ['The old caretaker, Mr Reed, did not unlock the hall.', 'Mr Reed'],
  ])('%s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  it.each([
    ['The caretaker, who lives nearby, unlocked the hall.', 'The caretaker'],
    ['The caretaker, on Sunday, unlocked the hall.', 'The caretaker'],
    ['The council, Labour-run since 2010, approved the plan.', 'The council'],
  ])('keeps the description: %s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  const kinds = (a: string, b: string) =>
    analyze({ documents: [{ id: 'a', source: { name: 'Harbour Daily' }, text: a }, { id: 'b', source: { name: 'Northwire' }, text: b }] })
      .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

  it('two named doers of one act clash', () => {
    expect(kinds('Lena Marsh, the club secretary, unlocked the hall on Sunday morning.', 'The caretaker, Tom Reed, unlocked the hall on Sunday morning.')).toEqual(['actor']);
  });

  it('one person told both ways round is no clash', () => {
    expect(kinds('The caretaker, Tom Reed, unlocked the hall on Sunday.', 'Tom Reed, the caretaker, unlocked the hall on Sunday morning.')).toEqual([]);
  });
});
