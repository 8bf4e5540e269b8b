import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const theme = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  return { lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text };
};

describe('an "-s" word read as a verb that closes an object phrase is the phrase\'s plural head', () => {
  it.each([
    ['a noun premodifier, then a preposition', 'The lender cut mortgage rates on Monday.', 'cut', 'mortgage rates'],
    ['a name premodifier, at the clause end', 'The senator had never heard of the Dover protests.', 'hear', 'Dover protests'],
    ['a noun premodifier, then a conjunction', 'The mill raised grain prices and wages.', 'raise', 'grain prices'],
    ['an adjective premodifier, then a relative pronoun', 'The board approved new rules that limit bonuses.', 'approve', 'new rules'],
    ['right after a lexical verb, at the clause end', 'The ministry said the new quotas limit imports.', 'limit', 'imports'],
  ])('%s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });

  it.each([
    ['the "-s" verb of a content clause keeps its own object', 'Officials said the firm controls the market.', 'control', 'market'],
    ['an "-s" verb after a pronoun is a verb', 'The report says it affects farmers.', 'affect', 'farmers'],
    ['an "-s" word after an auxiliary is no object', 'The levy has risen and still rises.', 'rise', undefined],
    ['a plural noun already read as a noun stays the head', 'The court upheld the ban on fishing nets.', 'uphold', 'ban'],
  ])('hard negative, %s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });
});

describe('an ordinal ranks a time noun inside an object phrase; it does not make it an amount', () => {
  it.each([
    ['a possessive and an ordinal', 'The walkout entered its fourth week.', 'enter', 'its fourth week'],
    ['an article and an ordinal', 'The siege entered a second month.', 'enter', 'second month'],
  ])('%s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });

  it.each([
    ['a demonstrative and a time noun is an adverbial', 'Voters rejected the budget this week.', 'reject', 'budget'],
    ['a time word after the object is an adverbial', 'The club sold the striker Tuesday.', 'sell', 'striker'],
    ['a counted time is a bare amount', 'The strike lasted three weeks.', 'last', undefined],
    ['a tally after the object is no amount given', 'The senate passed the bill 58-42.', 'pass', 'bill'],
  ])('hard negative, %s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });
});

describe('a heavy object after a time adverbial is still the object (end weight)', () => {
  it.each([
    ['a weekday with "on"', 'The council approved on Tuesday a budget for schools.', 'approve', 'budget'],
    ['a deictic time phrase', 'The board approved last week a plan to merge.', 'approve', 'plan'],
  ])('%s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });

  it.each([
    ['a clause after the time phrase: its subject is no object', 'The insurer announced on Monday the office would close.', 'close', undefined],
    ['a time phrase alone', 'The strike ended last week.', 'end', undefined],
    ['an object before the time word', 'The club sold the striker Tuesday.', 'sell', 'striker'],
  ])('hard negative, %s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });
});

describe('a word WordNet lists as an adverb is no object head (src/lexicon/wordnet-adverbs.ts)', () => {
  it.each([
    ['an adverb WordNet never lists as a noun, then a place', 'The trawler ran aground near Brest.', 'run'],
    ['an adverb-only word alone', 'The dinghy drifted ashore.', 'drift'],
    ['a bare adverb that is also a noun', 'The strikers went home.', 'go'],
    ['a bare adverb after a copula', 'The second goal was offside.', 'be'],
  ])('no theme for %s: %s', (_, text, lemma) => {
    expect(theme(text)).toEqual({ lemma, theme: undefined });
  });

  it.each([
    ['the same word with a determiner is a noun', 'The family sold the home.', 'sell', 'home'],
    ['a plural is a noun', 'The firm built homes.', 'build', 'homes'],
    ['an adverb-only word as a predeterminer before a number', 'Troops killed all five gunmen.', 'kill', 'all five gunmen'],
    ['an adjective reading is a modifier', 'The club is building the Dockside Rovers\' new stadium.', 'build', 'Dockside Rovers\' new stadium'],
    ['a capitalised word is a name', 'Voters backed Ahead in the poll.', 'back', 'Ahead'],
  ])('hard negative, %s: %s', (_, text, lemma, want) => {
    expect(theme(text)).toEqual({ lemma, theme: want });
  });
});
