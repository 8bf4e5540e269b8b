/**
 * One spoken remark transcribed twice differs in articles, "that", an empty "it" and "and"/"but": no misquote. A changed
 * content word, a negator or a modal still is. Every quotation invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { transcribedAlike } from '../../src/detect/quote-variants.js';
import { twoChangedPhrases } from '../../src/detect/quote-rewording.js';
import { reportedBetween } from '../helpers/two-reports.js';

const words = (text: string) => text.toLowerCase().split(/\s+/).map((lower) => ({ lower: lower.replace(/[,.[\]]/g, '') })).filter((w) => w.lower.length > 0);

describe('transcribedAlike', () => {
  it.each([
    ['I understand tough job, there was no reason to shout', "I understand it's a tough job, [but] there was no reason to shout"],
    ['we are upset with tactics they used', 'we are upset with the tactics that they used on the night'],
    ['the road was closed for an hour', 'road was closed for an hour'],
  ])('one remark: %s / %s', (a, b) => {
    expect(transcribedAlike(words(a), words(b))).toBe(true);
  });
  it.each([
    ['we will close the yard', 'we will not close the yard'],
    ['we will close the yard', 'we may close the yard'],
    ['we followed every rule we were given', 'we followed most of the rules we were given'],
    ['the road was closed for an hour', 'the road was closed for two hours'],
    ['a tough job', 'tough job'],
  ])('not one remark transcribed twice (hard negative): %s / %s', (a, b) => {
    expect(transcribedAlike(words(a), words(b))).toBe(false);
  });
});

describe('quotations of one speaker in two reports', () => {
  it('articles and a dropped "it" make no misquote', () => {
    const a = 'Ivo Brand, the farm manager, said: "I understand tough job, there was no reason to close the gate on walkers."';
    const b = '"I understand it\'s a tough job, there was no reason to close the gate on the walkers," Ivo Brand said.';
    expect(reportedBetween(a, b)).toEqual([]);
  });
  it('a negator dropped still clashes (as polarity, the stronger reading of the pair)', () => {
    const a = 'Ivo Brand, the farm manager, said: "We will close the gate on walkers at the weekend."';
    const b = '"We will not close the gate on walkers at the weekend," Ivo Brand said.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['polarity']);
  });
  it('a changed content word is a misquote', () => {
    const a = 'Ivo Brand, the farm manager, said: "I understand tough job, there was no reason to close the gate on walkers."';
    const b = '"I understand it\'s a tough job, there was no reason to close the gate on cyclists," Ivo Brand said.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['quote']);
  });
});

describe('a transcription word changed, not dropped', () => {
  it('"in a shed" / "in the shed" is a word changed (hard negative for transcribedAlike)', () => {
    expect(transcribedAlike(words('rules are rules even in a shed'), words('rules are rules even in the shed'))).toBe(false);
  });
  it('each side dropping a different word is still one remark', () => {
    expect(transcribedAlike(words('we are upset and angry with the tactics they used'), words('we are upset angry with tactics that they used on the night'))).toBe(true);
  });
});

describe('one remark quoted with two short changes', () => {
  const w = (s: string) => s.toLowerCase().split(/\s+/).map((lower) => ({ lower }));
  it.each([
    ['We have no choice but to shrink', 'We have no option but to get smaller'],
    ['the last trick is knowing when to leave the stage', 'the best trick is knowing when to get off the stage'],
    ['The town has its heartbeat back', 'The town has got its voice back'],
  ])('%s / %s', (a, b) => {
    expect(twoChangedPhrases(w(a), w(b))).toBe(true);
  });
  it.each([
    ['We will keep the mill open for the village', 'The council should pay for the new roof'],
    ['It was a great day for the club', 'It was a great day for the town and the fans'],
    ['We have no choice', 'We have no option'],
  ])('two remarks, a long change or too short a quote (hard negative): %s / %s', (a, b) => {
    expect(twoChangedPhrases(w(a), w(b))).toBe(false);
  });
  it('between two reports of one named speaker it is a quote conflict', () => {
    const a = 'Nell Ashcombe, the mill owner, said: "We have no choice but to shrink the workforce."';
    const b = '"We have no option but to cut the workforce," Nell Ashcombe said.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['quote']);
  });
});

describe('one remark credited to two bearers of one family name', () => {
  it('"Ruth Ashby" / "Tom Ashby" are two speakers', () => {
    const a = '"The rush just is not there any more, and we cannot afford it," said Ruth Ashby, the owner.';
    const b = '"The rush just is not there any more, and we cannot afford it," said Tom Ashby, the owner\'s son.';
    expect(reportedBetween(a, b).map((c) => c.kind)).toEqual(['attribution']);
  });
  it('"Ruth Ashby" / "Ms Ashby" are one (hard negative)', () => {
    expect(reportedBetween('"The rush just is not there any more," said Ruth Ashby.', '"The rush just is not there any more," said Ms Ashby.')).toEqual([]);
  });
});
