import { describe, expect, it } from 'vitest';
import { againstCues, observingCues, readFrames, type StanceFrames } from '../../src/eval/stance-frames.js';

/** The frame counts (the line cues of stance-cues.ts are tested in stance-cues.test.ts). */
type Cues = Pick<StanceFrames, 'denial' | 'falsity' | 'rebuttal' | 'attribution' | 'hedge' | 'question' | 'pending' | 'confirmation' | 'negation'>;
const NONE: Cues = { denial: 0, falsity: 0, rebuttal: 0, attribution: 0, hedge: 0, question: 0, pending: 0, confirmation: 0, negation: 0 };
const cues = (text: string): Cues => {
  const frames = readFrames(text);
  return Object.fromEntries(Object.keys(NONE).map((k) => [k, frames[k as keyof Cues]])) as Cues;
};

describe('readFrames: against', () => {
  it.each<[string, Partial<Cues>]>([
    ['Harbour authority denies tunnel will close', { denial: 1 }],
    ['Viral photo of flooded tunnel is a hoax', { falsity: 1 }],
    ['No, the harbour tunnel did not close', { rebuttal: 1, negation: 2 }],
    ['Harbour tunnel closing in March? Not so fast', { rebuttal: 1, question: 1, negation: 1 }],
    ['Tunnel closure story debunked by engineers', { denial: 1, attribution: 1 }],
    ['Claims of a tunnel closure are not true', { rebuttal: 1, attribution: 1, negation: 1 }],
    ['The hoax claim was confirmed false', { falsity: 2, attribution: 1, confirmation: 1 }],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual({ ...NONE, ...expected });
    expect(againstCues(readFrames(text))).toBeGreaterThan(0);
  });
});

describe('readFrames: observing', () => {
  it.each<[string, Partial<Cues>]>([
    ['Harbour tunnel to close, reports say', { attribution: 2 }],
    ['Mayor claims harbour tunnel will close', { attribution: 1 }],
    ['Harbour tunnel reportedly set to close', { hedge: 1 }],
    ['Tunnel allegedly closed after rumour of cracks', { attribution: 1, hedge: 1 }],
    ['Will the harbour tunnel close?', { question: 1 }],
    ['According to sources, the tunnel will close', { attribution: 2 }],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual({ ...NONE, ...expected });
    expect(againstCues(readFrames(text))).toBe(0);
    expect(observingCues(readFrames(text))).toBeGreaterThan(0);
  });
});

describe('readFrames: hard negatives', () => {
  it('a confirmation is no denial', () => {
    expect(cues('Harbour authority confirms tunnel will close')).toEqual({ ...NONE, confirmation: 1 });
    expect(cues('Officials confirmed it')).toEqual({ ...NONE, confirmation: 1 });
  });

  it('a negated denial or falsity word is turned round', () => {
    expect(cues('Nobody denies the tunnel is old')).toEqual({ ...NONE, negation: 1 });
    expect(cues("The mayor didn't deny the closure")).toEqual({ ...NONE, negation: 1 });
    expect(cues('The closure notice is not false')).toEqual({ ...NONE, negation: 1 });
    // Beyond NEGATOR_REACH words the negator no longer governs the denial.
    expect(cues('Not one engineer at the site denies it').denial).toBe(1);
  });

  it('"No" answers only when punctuation follows it', () => {
    expect(cues('No one saw the tunnel close, said the mayor')).toEqual({ ...NONE, attribution: 1, negation: 1 });
    expect(cues('No: the tunnel stays open').rebuttal).toBe(1);
  });

  it('counts the same denial twice when it is said twice', () => {
    expect(cues('Authority denies closure; mayor denies it too').denial).toBe(2);
  });

  it('a plain assertion carries no cue', () => {
    expect(cues('Harbour tunnel closes for a month')).toEqual(NONE);
    expect(readFrames('Harbour tunnel closes for a month').words).toBe(6);
  });
});

describe('readFrames: factive reporting verbs, bare verb forms, report nouns', () => {
  it('a factive verb asserts what it reports, and is no attribution', () => {
    expect(readFrames('Video shows ferry sinking in harbour')).toMatchObject({ factive: 1, attribution: 0 });
    expect(readFrames('Harbour council admits tunnel has cracks')).toMatchObject({ factive: 1, attribution: 0 });
    expect(readFrames('Mayor claims tunnel has cracks')).toMatchObject({ factive: 0, attribution: 1 });
  });

  it('a bare reporting-verb form is a verb only after a subject it agrees with', () => {
    // "State" and "note" here are nouns: no attribution.
    expect(readFrames('Islamic State seizes harbour town').attribution).toBe(0);
    expect(readFrames('Ferry crew leaves farewell note').attribution).toBe(0);
    expect(readFrames('Bombing suspect held at harbour').attribution).toBe(0);
    // After a plural subject or a pronoun they report.
    expect(readFrames('Tunnel to close, officials say').attribution).toBe(1);
    expect(readFrames('Tunnel will close, they say').attribution).toBe(1);
  });

  it('a source or story names a report, the same way twice', () => {
    expect(readFrames('Source: harbour tunnel to close').attribution).toBe(1);
    expect(readFrames('The story of the closing tunnel, and the story behind it').attribution).toBe(2);
  });
});

describe('readFrames: where a text asks', () => {
  type Asks = Pick<StanceFrames, 'question' | 'questionEnds' | 'questionAnswered' | 'questionOpens'>;
  const asks = (text: string): Asks => {
    const f = readFrames(text);
    return { question: f.question, questionEnds: f.questionEnds, questionAnswered: f.questionAnswered, questionOpens: f.questionOpens };
  };

  it.each<[string, Asks]>([
    ['Could the harbour tunnel close?', { question: 1, questionEnds: 1, questionAnswered: 0, questionOpens: 1 }],
    ['Harbour tunnel to close in March?', { question: 1, questionEnds: 1, questionAnswered: 0, questionOpens: 0 }],
    ['Tunnel closing in March? Engineers confirm cracks', { question: 1, questionEnds: 0, questionAnswered: 1, questionOpens: 0 }],
    ['Is the tunnel closing? Not so fast', { question: 1, questionEnds: 0, questionAnswered: 1, questionOpens: 1 }],
    ['Harbour tunnel closes in March', { question: 0, questionEnds: 0, questionAnswered: 0, questionOpens: 0 }],
    // An interrogative word without a question mark does not ask.
    ['How the harbour tunnel was built', { question: 0, questionEnds: 0, questionAnswered: 0, questionOpens: 0 }],
  ])('%s', (text, expected) => {
    expect(asks(text)).toEqual(expected);
  });
});
