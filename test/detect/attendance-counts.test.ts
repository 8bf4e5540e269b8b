/**
 * Counts of the people at an occasion (a crowd, an audience, a turnout, visitors, those who attended or turned up:
 * lexicon/event-frames.ts, frame "attendance") count one group in two reports of one story, whatever verbs carry them:
 * "A crowd of 14,000 watched the final" / "Only 9,500 spectators attended" is a numeric clash. Sentences invented for
 * this file; expectations written before the first run (the reports share a name or a place, as two reports of one
 * story do: the first run had three one-liners sharing none, which no set of counts pairs). Hard negatives: a rounded or bounded figure that fits, two
 * named venues, two occasions dated apart, a count of another outcome (the injured) at the same occasion, and a part of
 * the crowd against the whole.
 */
import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

describe('counts of the people at one occasion', () => {
  it('a crowd and a count of spectators who attended clash', () => {
    expect(alertKinds('A crowd of 14,000 watched the cup final at Brayford Park.', 'Only 9,500 spectators attended the cup final.')).toEqual(['numeric']);
  });

  it('a crowd and a count of those who turned up clash', () => {
    expect(alertKinds('A crowd of 14,000 watched the final at Brayford Park on Saturday.', 'Just 9,500 turned up at Brayford Park on Saturday, the club said.')).toEqual(['numeric']);
  });

  it('an audience and a count of people who turned up clash', () => {
    expect(alertKinds('The Halden Sinfonia played to an audience of 1,200 on its opening night.', 'Just 600 people turned up for the Halden Sinfonia\'s opening night, the venue said.')).toEqual(['numeric']);
  });

  it('a turnout and a count of people who attended clash', () => {
    expect(alertKinds('Organisers said about 20,000 people attended the march through Valletta.', 'Police in Valletta put the turnout at 6,000.')).toEqual(['numeric']);
  });

  it('a rounded figure that fits the other is no clash', () => {
    expect(alertKinds('A crowd of 14,000 watched the cup final at Brayford Park.', 'About 14,200 spectators attended the cup final.')).toEqual([]);
  });

  it('a lower bound the other figure meets is no clash', () => {
    expect(alertKinds('More than 9,000 spectators attended the cup final.', 'A crowd of 14,000 watched the cup final at Brayford Park.')).toEqual([]);
  });

  it('visitors to two named museums are two groups', () => {
    expect(alertKinds('The Lindqvist Museum drew 180,000 visitors last year.', 'The Harbour Gallery had about 90,000 visitors last year.')).toEqual([]);
  });

  it('crowds of two years are two groups', () => {
    expect(alertKinds('A crowd of 14,000 watched the cup final in 2025.', 'Only 9,500 spectators attended the cup final in 2023.')).toEqual([]);
  });

  it('a daily attendance against the total over three days is no clash', () => {
    expect(alertKinds('The Merrow Folk Weekend drew 30,000 visitors over three days.', 'About 10,000 people a day attended the Merrow Folk Weekend.')).toEqual([]);
  });

  it('a countdown by the crowd is no count of it', () => {
    expect(alertKinds('Some 6,000 people packed Harwick Square for the lights switch-on.', 'The crowd in Harwick Square counted down from ten before the lights came on.')).toEqual([]);
  });

  it('the injured at an occasion are not its crowd', () => {
    expect(alertKinds('A crowd of 14,000 watched the cup final at Brayford Park.', 'Nine spectators were injured when a barrier gave way at the cup final.')).toEqual([]);
  });

  it('the visiting supporters are a part of the crowd, not a rival count of it', () => {
    expect(alertKinds('A crowd of 14,000 watched the cup final at Brayford Park.', 'About 2,000 visiting supporters travelled to the cup final by coach.')).toEqual([]);
  });
});
