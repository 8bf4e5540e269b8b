/**
 * "two short-range ballistic missiles", "40 new wind farms": the counted noun is the plural head after up to two
 * premodifiers (src/extract/quantities.ts compoundHead). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

function counted(text: string): (string | undefined)[] {
  return analyze({ documents: [{ id: 'd', source: { name: 'Metro Wire' }, text }] }).claims.flatMap((c) => c.quantities.map((q) => q.noun));
}

describe('the plural head after two premodifiers is counted', () => {
  it('"four long-range cruise missiles": missiles', () => {
    expect(counted('The navy test-fired four long-range cruise missiles from the gulf.')).toEqual(['missiles']);
  });

  it('"30 new solar farms": farms', () => {
    expect(counted('The agency approved 30 new solar farms in the valley.')).toEqual(['farms']);
  });

  it('hard negative: a preposition is no premodifier ("12 in dawn raids" counts no raids)', () => {
    expect(counted('Police detained 12 in dawn raids on Tuesday.')).toEqual([undefined]);
  });

  it('hard negative: a participle stops the walk ("12 dead and 40 injured")', () => {
    expect(counted('The blast left 12 dead and 40 injured.')).toEqual(['dead', undefined]);
  });
});

describe('two counts of one launch', () => {
  it('"four long-range cruise missiles" against "six cruise missiles" is a numeric clash', () => {
    expect(
      reportedBetween('The navy fired four long-range cruise missiles from the gulf on Tuesday, officials said.', 'The navy fired six cruise missiles from the gulf on Tuesday, analysts said.'),
    ).toEqual(oneClash('numeric'));
  });

  it('hard negative: the same count with and without its modifiers is no clash', () => {
    expect(
      reportedBetween('The navy fired four long-range cruise missiles from the gulf on Tuesday, officials said.', 'The navy fired four missiles from the gulf on Tuesday, analysts said.'),
    ).toEqual([]);
  });
});
