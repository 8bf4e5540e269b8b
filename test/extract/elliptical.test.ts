/**
 * A clause whose predication is elided after its operator ("She didn't.", "So did the council.") states nothing
 * comparable: it yields no claim and is listed as skipped. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const read = (text: string) => {
  const r = analyze({ documents: [{ id: 'd', text, source: { name: 'Wire' } }] });
  return { claims: r.claims.map((c) => c.text), skipped: r.skipped.filter((s) => s.reason === 'no-proposition').map((s) => s.span.text) };
};

describe('elided predication', () => {
  it.each([
    ["Everyone thought the pilot had checked the fuel. She didn't.", "She didn't"],
    ['The union backed the offer. So did the council.', 'So did the council'],
    ['Asked whether she would resign, she said she would not. Ms Hale will not, her lawyer said.', 'Ms Hale will not, her lawyer said'],
    ['The club said members had paid. Most have.', 'Most have'],
  ])('%s → skipped, no claim', (text, skipped) => {
    const r = read(text);
    expect(r.skipped).toContain(skipped);
    expect(r.claims).not.toContain(skipped);
  });

  it('a sentence does not end at a contraction\'s last letter: the next sentence is its own claim', () => {
    expect(read("She didn't. Divers rescued the pilot.").claims).toEqual(['Divers rescued the pilot']);
  });

  it.each([
    ['The mayor did not attend the opening.', 'The mayor did not attend the opening'],
    ['Ann Lee did it.', 'Ann Lee did it'],
    ['The club has 40 members.', 'The club has 40 members'],
    ['The sailing club has 40.', 'The sailing club has 40'],
    ['Membership was 1,200 in 2025.', 'Membership was 1,200 in 2025'],
    ['Two hikers were reported missing on the moor.', 'Two hikers were reported missing on the moor'],
    ['Rents rose in May.', 'Rents rose in May'],
    ['Police did not.', null],
  ])('a verb phrase that is there is read (hard negative): %s', (text, claim) => {
    if (claim === null) expect(read(text).claims).toEqual([]);
    else expect(read(text).claims).toEqual([claim]);
  });

  it('an act and a later elided denial of it are not a polarity conflict (nothing is compared)', () => {
    expect(reportedBetween('The diver checked her gauge before the descent.', "Everyone assumed the diver checked her gauge before the descent. She didn't.")).toEqual([]);
  });
});
