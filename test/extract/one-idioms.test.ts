/**
 * "as one" and "like one" before a noun compare; they count nothing ("We rang as one bell": in unison). A plain "one
 * bell" still counts one. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const figures = (text: string) => analyze({ documents: [{ id: 'a', text }] }).claims.flatMap((c) => c.quantities.map((q) => q.span.text));

describe('"one" after "as" or "like"', () => {
  it.each([
    ['"We rang as one bell," she told the audience.', []],
    ['The crew worked like one team all night.', []],
  ])('no count: %s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ['The tower has one bell and two ropes.', ['one bell', 'two ropes']],
    ['Only one team finished the course.', ['one team']],
  ])('hard negative, still a count: %s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});
