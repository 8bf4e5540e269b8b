import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { isEnglishWord } from '../../src/segment/english-words.js';
import { isBoilerplate } from '../../src/segment/boilerplate.js';
import { isEnglish } from '../../src/segment/language.js';
import { tokenize } from '../../src/segment/tokens.js';

const english = (text: string) => isEnglish(tokenize(text));

describe('a sentence most of whose lower-case words English does not know is in another language', () => {
  it.each([
    ['Finnish, no listed function word', 'Hallitus ilmoitti uusista veroista.'],
    ['Norwegian, no listed function word', 'Regjeringen kunngjorde nye skatter.'],
    ['Malay, no listed function word', 'Kerajaan mengumumkan cukai baharu.'],
    ['Romanian, one word spelt like English "a"', 'Guvernul a anunțat noi taxe.'],
    ['Portuguese, opening "A" read as English', 'A polícia prendeu dois homens ontem.'],
    ['German, nouns capitalised', 'Die Polizei nahm zwei Männer fest.'],
  ])('foreign (%s): %s', (_, text) => expect(english(text)).toBe(false));

  it.each([
    ['headline with no function word', 'Rain halted play.'],
    ['inflected forms of known words', 'Rescuers pulled survivors from rubble.'],
    ['a rare borrowed word among known ones', 'The peshmerga repelled jihadists.'],
    ['names carry no evidence', 'Tahrir protesters chanted slogans.'],
    ['one function word and known words', 'A tsunami hit Sumatra.'],
    ['two rare words, one function word, known majority', 'Villagers harvested sorghum and teff.'],
    ['a capitalised unknown first word is a name', 'Velatrizine relieves migraine.'],
  ])('English (%s): %s', (_, text) => expect(english(text)).toBe(true));

  it('knows regular endings of known words and not unknown ones', () => {
    expect(['halted', 'survivors', 'cities', 'closing', 'quickly'].map(isEnglishWord)).toEqual([true, true, true, true, true]);
    expect(['kunngjorde', 'ilmoitti', 'mengumumkan'].map(isEnglishWord)).toEqual([false, false, false]);
  });
});

describe('page furniture is skipped as boilerplate before the language check', () => {
  it.each([
    ['a labelled credit of lower-case site names', 'The ferry docked at noon. Image: iltalehti, kauppalehti'],
  ])('%s: %s', (_, text) => {
    const report = analyze({ documents: [{ id: 'd', source: { name: 'Wire' }, text }] });
    expect(report.skipped.map((s) => s.reason)).toEqual(['boilerplate']);
  });
});

describe('a credit label without its colon, then only names, is boilerplate', () => {
  const furniture = (text: string) => isBoilerplate(text, tokenize(text));
  it.each(['Photo Reuters', 'Source newsvine, Globalpost', 'Image Hollis Archive'])('boilerplate: %s', (text) => expect(furniture(text)).toBe(true));
  it.each([
    ['a verb after the label', 'Sources said the deal collapsed.'],
    ['an English noun after the label', 'Video footage shows the blast.'],
    ['a capitalised name then a verb', 'Photo Reuters shows the crowd.'],
  ])('story sentence (%s): %s', (_, text) => expect(furniture(text)).toBe(false));
});
