/**
 * A noun phrase closed by a comma before the subject that runs up to the verb is an opener (a vocative or a verbless
 * comment; extract/noun-phrases.ts), not the actor. Sentences invented for this file; expectations written before the
 * first run. Hard negatives: a list of subjects, an appositive closed by its own comma, a figure after a name, a fronted
 * date, and a plain subject.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const actor = (text: string) => extractClaims({ id: 'd', text, source: 'S' }).find((c) => c.background === undefined)?.proposition.actor?.text;

describe('a subject after a comma-closed opener', () => {
  it.each([
    ['Good news, the ferry did not sink.', 'the ferry'],
    ['Sorry folks, Halvorsen has not resigned.', 'Halvorsen'],
    ['Bad luck, the club has lost its appeal.', 'the club'],
    ['Big surprise, the council will close the depot.', 'the council'],
  ])('%s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  it.each([
    ['Spain, France and Italy signed the accord.', 'Spain'],
    ['Ana Ruiz, the mayor, opened the bridge.', 'Ana Ruiz'],
    ['Tom Lee, 45, opened the bridge on Monday.', 'Tom Lee'],
    ['Last week, the board approved the merger.', 'the board'],
    ['The ferry did not sink.', 'The ferry'],
  ])('keeps the first phrase or the plain subject: %s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  it('an opener no longer stands as the actor of a denial: "wasn\'t arrested" clashes with "was arrested"', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'Good news, the painter Halvorsen was not arrested in Bristol on Friday.' },
        { id: 'b', text: 'The painter Halvorsen was arrested in Bristol on Friday.' },
      ],
    });
    expect(report.conflicts.map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('a first word read as an imperative before a parenthesis', () => {
  it.each([
    ['Police, however, arrested two men on Friday.', 'Police'],
    ['Police, called to the scene at 2am, arrested two men.', 'Police'],
  ])('%s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  it('an opener read as an imperative before a clause with its own subject: that subject is the actor', () => {
    expect(actor('Remember, the ferry sank in 2019.')).toBe('the ferry');
  });

  it('a plural noun before a comma and a clause with its own subject: that subject is the actor', () => {
    expect(actor('Friends, the ferry did not sink.')).toBe('the ferry');
  });
});
