/**
 * A phrase of time after a noun ("its rules for the coming season") places the act; it names no second thing the way
 * a complement does ("its ban on night flights" / "its ban on fishing"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { clashes } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => clashes(a, b).map(([k]) => k);

describe('a phrase of time after the object', () => {
  it.each([
    ['The league has tightened its safety rules for the coming season.', 'The league has relaxed its rules on pitch sizes for junior teams.'],
    ['The club has raised its fees for the summer term.', 'The club has cut its fees for members over seventy.'],
  ])('still an opposition: %s / %s', (a, b) => {
    expect(kinds(a, b)).toEqual(['opposition']);
  });

  it('hard negative: two complements that name two things stay apart', () => {
    expect(kinds('The council lifted its ban on night flights.', 'The council imposed its ban on fishing.')).toEqual([]);
  });
});
