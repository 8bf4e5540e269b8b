import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const parts = (text: string) => {
  const [c] = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' });
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text };
};

describe('the subject\'s head: "X of <place>" is X; a title before a name keeps the name', () => {
  it.each([
    ['Residents of Sapporo woke to heavy snow.', 'Residents'],
    ['Farmers of Kenya lost their crops.', 'Farmers'],
    ['Callum Baird of Oban skimmed his best stone 58 metres.', 'Callum Baird'],
    ['Callum Baird of Oban, who won the men\'s title, skimmed his best stone.', 'Callum Baird'],
  ])('%s', (text, actor) => {
    expect(parts(text).actor).toBe(actor);
  });

  it('hard negative: a post-modified title before a person\'s name keeps the name', () => {
    expect(parts('Minister of the Interior Karel Dušek resigned.').actor).toBe('the Interior Karel Dušek');
    expect(parts('Prime Minister of Freedonia Ana Ruiz resigned.').actor).toBe('Freedonia Ana Ruiz');
  });
});

describe('a clause-opening base form before a prepositional phrase and a past verb heads the subject', () => {
  it.each([
    ['Demand for steel fell 5 percent in March.', { actor: 'Demand', lemma: 'fall', theme: undefined }],
    ['Support for the strike grew.', { actor: 'Support', lemma: 'grow', theme: undefined }],
  ])('%s', (text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it('hard negative: an imperative with no past verb after it stays the verb', () => {
    expect(parts('Vote for the plan, the mayor urged.').lemma).toBe('vote');
  });
});

describe('an it-cleft with an ordinal before the verb (Quirk § 18.25): the focus is the actor', () => {
  it.each([
    ['It was Norway that first banned the nets.', { actor: 'Norway', lemma: 'ban', theme: 'nets' }],
    ['It was the union that first called a strike.', { actor: 'union', lemma: 'call', theme: 'strike' }],
  ])('%s', (text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it('hard negative: "It is the first time that …" is no cleft', () => {
    expect(parts('It is the first time that the lake has frozen.').actor).not.toBe('the first time');
  });
});

describe('passive subjects', () => {
  it.each([
    ['a partitive quantifier stands for what it quantifies', 'None of the sailors was injured.', { actor: undefined, lemma: 'injure', theme: 'sailors' }],
    ['"most of"', 'Most of the flights were cancelled.', { actor: undefined, lemma: 'cancel', theme: 'the flights' }],
    ['a hyphenated age is one word', 'A 19-year-old was arrested at the stadium.', { actor: undefined, lemma: 'arrest', theme: 'A 19-year-old' }],
    ['an invariant participle after "be" is a passive', 'Three climbers were hurt near the summit.', { actor: undefined, lemma: 'hurt', theme: 'climbers' }],
    ['"shut"', 'The roads were shut on Monday.', { actor: undefined, lemma: 'shut', theme: 'The roads' }],
    ['a by-agent noun the tagger read as a verb', 'The suspects were detained on Friday by French police near Lille.', { actor: 'French police', lemma: 'detain', theme: 'The suspects' }],
    ['a plain by-agent', 'The bill was passed by MPs.', { actor: 'MPs', lemma: 'pass', theme: 'The bill' }],
  ])('%s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });

  it.each([
    ['an active invariant verb keeps its subject', 'The storm hurt the harvest.', { actor: 'The storm', lemma: 'hurt', theme: 'harvest' }],
    ['an active partitive subject is the actor', 'Most of the workers joined the strike.', { actor: 'the workers', lemma: 'join', theme: 'strike' }],
  ])('hard negative, %s: %s', (_, text, want) => {
    expect(parts(text)).toEqual(want);
  });
});
