import { describe, expect, it } from 'vitest';
import { detectActor, sameName } from '../../src/detect/actor.js';
import { isAcronymOf, maybeCoreferent } from '../../src/detect/referents.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Phrase } from '../../src/model/claim.js';
import { makeClaim, phraseIn, predicateIn } from '../helpers/make-claim.js';

const lexicon = buildLexicon();
const phrase = (text: string): Phrase => phraseIn(`${text} acted.`, text);

function claim(text: string, actor: string, verb: [string, string], theme?: string) {
  return makeClaim({
    text,
    proposition: { predicate: predicateIn(text, verb[0], verb[1]), negated: false, state: 'affirmed', actor: phraseIn(text, actor), ...(theme ? { theme: phraseIn(text, theme) } : {}) },
  });
}

describe('maybeCoreferent: phrases that may stand for one referent', () => {
  it.each([
    ['Dawson’s boyfriend', 'Kemp'],
    ["the agency's chief", 'Anna Gerber'],
    ['Kemp', "Dawson's boyfriend"],
    ['His weight', 'Kim Jong-un'],
    ['its', 'a belief'],
    ['There', 'Kim'],
    ["there's", 'marriage license'],
    ['they', 'the rebels'],
    ['a 17-year-old girl', 'Maria Ruiz'],
    ['A Kenyan farmer', 'Joseph Otieno'],
    ['a Lisbon taxi driver', 'Rui Costa'],
  ])('%s / %s: maybe one', (x, y) => {
    expect(maybeCoreferent(phrase(x), phrase(y))).toBe(true);
  });

  it.each([
    ['a security guard', 'a passenger'],
    ['prosecutors', 'the defence team'],
    ['Joonas Aho', 'Mathieu Leblanc'],
    ['The opposition Unity Alliance', "People's Progress Party"],
    ['Police', 'Protesters'],
    ['a Volvo', 'Joseph Otieno'],
    ['A Kenyan farmer', 'a Lisbon taxi driver'],
    ['the authority’s own maintenance crew', 'a private contractor’s drill'],
  ])('%s / %s: told apart', (x, y) => {
    expect(maybeCoreferent(phrase(x), phrase(y))).toBe(false);
  });
});

describe('isAcronymOf and organisation names', () => {
  it.each([
    ['FBI', 'the Federal Bureau of Investigation'],
    ['ISIS', 'Islamic State in Iraq and Syria'],
    ['NATO', 'North Atlantic Treaty Organization'],
  ])('%s is the acronym of %s', (x, y) => {
    expect(isAcronymOf(x, y)).toBe(true);
    expect(isAcronymOf(y, x)).toBe(true);
  });

  it.each([
    ['FBI', 'the Central Intelligence Agency'],
    ['Fbi', 'Federal Bureau of Investigation'],
    ['IS', 'Islamic State in Iraq and Syria'],
  ])('%s is not the acronym of %s', (x, y) => {
    expect(isAcronymOf(x, y)).toBe(false);
  });

  it('names one organisation by any of its listed names, and keeps two organisations apart', () => {
    expect(sameName('The Islamic State', 'ISIS', lexicon.aliases)).toBe(true);
    expect(sameName('Daesh', 'ISIL', lexicon.aliases)).toBe(true);
    expect(sameName('the Pentagon', 'the US Defense Department', lexicon.aliases)).toBe(true);
    expect(sameName('ISIS', 'the Taliban', lexicon.aliases)).toBe(false);
    expect(sameName('the FBI', 'the CIA', lexicon.aliases)).toBe(false);
  });
});

describe('detectActor with referents', () => {
  const context = { lexicon };
  const drove: [string, string] = ['drove', 'drive'];

  it('a possessive description and a name are no actor clash', () => {
    const a = claim("Dawson's boyfriend drove the car away.", "Dawson's boyfriend", drove, 'the car');
    const b = claim('Kemp drove the car away.', 'Kemp', drove, 'the car');
    expect(detectActor(a, b, context)).toBeNull();
  });

  it('an organisation and its other name are no actor clash', () => {
    const a = claim('The Islamic State released the video.', 'The Islamic State', ['released', 'release'], 'the video');
    const b = claim('ISIS released the video.', 'ISIS', ['released', 'release'], 'the video');
    expect(detectActor(a, b, context)).toBeNull();
  });

  it('two named organisations for one act still clash', () => {
    const a = claim('The Taliban released the video.', 'The Taliban', ['released', 'release'], 'the video');
    const b = claim('ISIS released the video.', 'ISIS', ['released', 'release'], 'the video');
    expect(detectActor(a, b, context)).toMatchObject({ kind: 'actor', detail: 'The Taliban vs ISIS as the one who "released"' });
  });

  it('two descriptions of different people for one act still clash', () => {
    const a = claim('A security guard tackled the attacker.', 'A security guard', ['tackled', 'tackle'], 'the attacker');
    const b = claim('A passenger tackled the attacker.', 'A passenger', ['tackled', 'tackle'], 'the attacker');
    expect(detectActor(a, b, context)?.kind).toBe('actor');
  });
});

describe('general nouns and spans of time', () => {
  it.each([
    ['The woman', 'An angry aunt'],
    ['a man', 'a 40-year-old teacher'],
    ['A Chinese woman', 'Lin Mei'],
  ])('%s / %s: a general noun may refer back to either', (x, y) => {
    expect(maybeCoreferent(phrase(x), phrase(y))).toBe(true);
  });

  it('"four months" is a span of time, not a doer, and clashes with no actor', () => {
    const a = claim('Four months after the raid, the group released the video.', 'Four months', ['released', 'release'], 'the video');
    const b = claim('The group released the video.', 'The group', ['released', 'release'], 'the video');
    expect(detectActor(a, b, { lexicon })).toBeNull();
  });

  it('a doer named after a span of time still clashes with another doer', () => {
    const a = claim('The army released the video.', 'The army', ['released', 'release'], 'the video');
    const b = claim('The rebels released the video.', 'The rebels', ['released', 'release'], 'the video');
    expect(detectActor(a, b, { lexicon })?.kind).toBe('actor');
  });
});
