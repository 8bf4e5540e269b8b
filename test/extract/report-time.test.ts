import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function read(text: string) {
  const [claim] = extractClaims({ id: 'a', text, source: 'A' });
  return { when: claim?.attribution.timeSpan, holder: claim?.attribution.holder, proposition: claim?.proposition.span.text };
}

describe('the words that date a report, not what it reports', () => {
  it('a bare weekday right after the verb (wire style) dates the saying and leaves the clause', () => {
    expect(read('Police said Monday 12 people were dead.')).toEqual({ when: { start: 12, end: 18, text: 'Monday' }, holder: 'Police', proposition: '12 people were dead' });
    expect(read('The ministry said late Tuesday night the border had reopened.')).toEqual({
      when: { start: 18, end: 36, text: 'late Tuesday night' },
      holder: 'The ministry',
      proposition: 'the border had reopened',
    });
  });

  it('a time phrase with its preposition after the verb, before "that" or the clause', () => {
    expect(read('Officials said at 3 p.m. the road was closed.')).toEqual({ when: { start: 15, end: 24, text: 'at 3 p.m.' }, holder: 'Officials', proposition: 'the road was closed' });
    expect(read('The coast guard said on Friday that two crew were missing.')).toEqual({
      when: { start: 21, end: 30, text: 'on Friday' },
      holder: 'The coast guard',
      proposition: 'two crew were missing',
    });
  });

  it('a time phrase fronted before the holder, and a weekday closing a trailing frame', () => {
    expect(read('At 9 a.m. officials said five people were dead.')).toEqual({ when: { start: 0, end: 9, text: 'At 9 a.m.' }, holder: 'officials', proposition: 'five people were dead' });
    expect(read('The pass was closed, rangers said Sunday.')).toEqual({ when: { start: 34, end: 40, text: 'Sunday' }, holder: 'rangers', proposition: 'The pass was closed' });
  });

  it('no report time where the weekday is what is said, or the phrase names no time', () => {
    expect(read('Police said Monday was the worst day of the storm.')).toEqual({ when: undefined, holder: 'Police', proposition: 'Monday was the worst day of the storm' });
    expect(read('Police said in a statement the road was closed.').when).toBeUndefined();
    expect(read("Officials said Friday night's fire destroyed 12 homes.")).toEqual({ when: undefined, holder: 'Officials', proposition: "Friday night's fire destroyed 12 homes" });
    expect(read('The pass was closed on Sunday, rangers said.').when).toBeUndefined();
  });
});
