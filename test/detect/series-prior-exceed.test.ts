/**
 * Three readings that keep two occasions or two things apart, and a bound read off a verb of exceeding. Sentences
 * invented for this file; expectations written before the first run.
 * - a series of occasions ("has hosted the championships eleven times since 1980") against one occasion;
 * - an earlier thing of a kind ("the previous record, set in 2019") against another of that kind;
 * - "passing the 300-metre mark" is at least 300 metres.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const report = (id: string, text: string) => ({ id, source: { name: `${id.toUpperCase()} Wire` }, text, publishedAt: '2026-02-02' });
const kinds = (a: string, b: string) =>
  analyze({ documents: [report('a', a), report('b', b)] }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

describe('a series of occasions is not one occasion', () => {
  it('"has hosted the championships eleven times since 1980" does not clash with a date for this year\'s', () => {
    expect(kinds('The Eisstadion will host the regional championships on February 13.', 'The Eisstadion has hosted the regional championships eleven times since 1980.')).toEqual([]);
  });
  it('a count of blows in one act is no series: two dates for one stabbing clash', () => {
    expect(kinds('The guard was stabbed three times outside the prison on Monday.', 'The guard was stabbed outside the prison on Tuesday.')).toEqual(['temporal']);
  });
  it('a multiplier is no series: "three times as many" keeps a clash of dates', () => {
    expect(kinds('The Eisstadion hosted three times as many skaters on February 13.', 'The Eisstadion hosted the skaters on February 20.')).toContain('temporal');
  });
});

describe('an earlier thing of a kind is another thing', () => {
  it('"the previous record, set in 2019" does not clash in date with "set a new record on Saturday"', () => {
    expect(kinds('A French diver set a new depth record in the cave on Saturday.', 'The previous record in the cave was set in 2019 by a Belgian team.')).toEqual([]);
  });
  it('two reports of one record set on two dates clash', () => {
    expect(kinds('A French diver set a new depth record in the cave on Saturday.', 'A French diver set a new depth record in the cave on Friday.')).toEqual(['temporal']);
  });
});

describe('a verb of exceeding makes its figure a lower bound', () => {
  it('"passing the 300-metre mark" is at least 300 metres', () => {
    const q = extractClaims({ id: 'a', text: 'The diver went deeper than anyone, passing the 300-metre mark on Saturday.', source: 'A' }).flatMap((c) => c.quantities);
    expect(q.map((x) => ({ bound: x.bound, from: x.base.from }))).toContainEqual({ bound: 'at-least', from: 300 });
  });
  it('"passing the 300-metre mark" agrees with "reaching 308 metres" and clashes with "reaching 280 metres"', () => {
    const a = 'Lucas Ferrand dived in the Font Estramar on Saturday, passing the 300-metre mark.';
    expect(kinds(a, 'Lucas Ferrand dived in the Font Estramar on Saturday, reaching 308 metres.')).toEqual([]);
    expect(kinds(a, 'Lucas Ferrand dived in the Font Estramar on Saturday, reaching 280 metres.')).toEqual(['numeric']);
  });
  it('"passed 20 laws" enacts them: no bound', () => {
    const q = extractClaims({ id: 'a', text: 'Parliament passed 20 laws on Monday.', source: 'A' }).flatMap((c) => c.quantities);
    expect(q.map((x) => x.bound)).toEqual(['exact']);
  });
});
