import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { strongestOfUndated } from '../helpers/two-reports.js';

const themeOf = (text: string) => extractClaims({ id: 'a', text, source: 'A' }).map((c) => c.proposition.theme?.span);

/** A plural the tagger read as a verb ("arrests" before "have been made") is the passive subject's head. */
describe('a plural subject tagged as a verb', () => {
  it.each([
    ['No arrests have been made.', { start: 3, end: 10, text: 'arrests' }],
    ['No arrests were made.', { start: 3, end: 10, text: 'arrests' }],
    ['Officials said no arrests had been made.', { start: 18, end: 25, text: 'arrests' }],
  ])('%s → theme %j', (text, span) => {
    expect(themeOf(text)).toEqual([span]);
  });

  it('a plural subject the tagger already reads as a noun is unchanged', () => {
    expect(themeOf('No charges were filed.')).toEqual([{ start: 3, end: 10, text: 'charges' }]);
  });

  it('"made two arrests" against "no arrests were made": polarity at medium or high', () => {
    const conflict = strongestOfUndated('Police made two arrests.', 'No arrests were made.');
    expect(conflict?.kind).toBe('polarity');
    expect(['medium', 'high']).toContain(conflict?.band);
  });

  it('the same denial told twice: no conflict', () => {
    expect(strongestOfUndated('Police made no arrests.', 'No arrests have been made.')).toBeUndefined();
  });
});

/** The same reading after a premodifier: "Dinosaur remains were found" has the plural "remains" as its head. */
describe('a premodified plural subject tagged as a verb', () => {
  const actorOf = (text: string) => extractClaims({ id: 'a', text, source: 'A' }).map((c) => c.proposition.actor?.span);

  it.each([
    ['Dinosaur remains were found in Asia.', { start: 0, end: 16, text: 'Dinosaur remains' }],
    ['Fossil remains have been recovered.', { start: 0, end: 14, text: 'Fossil remains' }],
  ])('%s → theme %j', (text, span) => {
    expect(themeOf(text)).toEqual([span]);
  });

  it('before a modal too: "Fossil remains may be older"', () => {
    expect(actorOf('Fossil remains may be older than thought.')).toEqual([{ start: 0, end: 14, text: 'Fossil remains' }]);
  });

  it('a free relative keeps its own verb: "What the company needs is cash"', () => {
    expect(actorOf('What the company needs is more cash.')).toEqual([{ start: 5, end: 16, text: 'the company' }]);
  });

  it('a plural the tagger reads as a noun is unchanged', () => {
    expect(themeOf('Police reports were filed on Monday.')).toEqual([{ start: 0, end: 14, text: 'Police reports' }]);
  });
});
