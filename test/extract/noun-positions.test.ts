import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The predicate, actor and theme of a one-claim sentence. */
function parts(text: string) {
  const claims = extractClaims({ id: 'd', text });
  expect(claims).toHaveLength(1);
  const p = claims[0]!.proposition;
  return { lemma: p.predicate?.lemma, verb: p.predicate?.text, actor: p.actor?.text, theme: p.theme?.text };
}

describe('noun positions: a word the tagger read as a verb where English allows only a noun', () => {
  it.each([
    ['after an article ("the blast")',
      'The blast shattered windows across the district.',
      { lemma: 'shatter', verb: 'shattered', actor: 'The blast', theme: 'windows' }],
    ['an "-s" form after a number above one is a plural noun',
      'Two fires near the border were contained.',
      { lemma: 'contain', verb: 'contained', actor: undefined, theme: 'fires' }],
    ['a plural after a number, before a phrasal verb',
      'Three strikes by dock workers were called off.',
      { lemma: 'cancel', verb: 'called', actor: undefined, theme: 'strikes' }],
    ['a capitalised title before a capitalised name is part of the name',
      'Coach Martin Hale praised his players.',
      { lemma: 'praise', verb: 'praised', actor: 'Coach Martin Hale', theme: 'his players' }],
    ['a title before a name, with a refusal verb after it',
      'Judge Amos Kerr dismissed the case.',
      { lemma: 'dismiss', verb: 'dismissed', actor: 'Judge Amos Kerr', theme: 'case' }],
    ['a present form before a place and a time word, then a past verb, heads the subject',
      'Italian police in Milan yesterday detained two men.',
      { lemma: 'detain', verb: 'detained', actor: 'Italian police', theme: 'two men' }],
    ['a present form before "on Sunday" and a past verb heads the subject',
      'Border guards on Sunday stopped a lorry.',
      { lemma: 'stop', verb: 'stopped', actor: 'Border guards', theme: 'lorry' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['a clause-initial "-ing" word before a bare noun and "have" belongs to the subject',
      'Rising costs have hit small farms.',
      { lemma: 'hit', verb: 'hit', actor: 'Rising costs', theme: 'small farms' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('a clause-initial noun modifier before a modal: "Coach drivers … will" is no imperative', () => {
    const [claim] = extractClaims({ id: 'd', text: 'Coach drivers at the depot will receive a bonus in June.' });
    const p = claim!.proposition;
    expect({ lemma: p.predicate?.lemma, span: p.predicate?.span, actor: p.actor?.text }).toEqual({
      lemma: 'receive',
      span: { start: 32, end: 39, text: 'receive' },
      actor: 'Coach drivers',
    });
  });
});

describe('noun positions: verbs where English allows a verb stay verbs', () => {
  it.each([
    ['a bare plural subject before its past verb',
      'Police arrested two men in Leeds on Monday.',
      { lemma: 'arrest', verb: 'arrested', actor: 'Police', theme: 'two men' }],
    ['a past verb before a place and a time is still the verb',
      'Protesters marched on parliament on Monday.',
      { lemma: 'march', verb: 'marched', actor: 'Protesters', theme: undefined }],
    ['a present verb with a clause after it ("fear the river will rise")',
      'Residents fear the river will rise.',
      { lemma: 'fear', verb: 'fear', actor: 'Residents', theme: 'river' }],
    ['a present verb before a preposition and no past verb',
      'Farmers protest against the new rules.',
      { lemma: 'protest', verb: 'protest', actor: 'Farmers', theme: undefined }],
    ['a past verb after a number stays the verb',
      'Seven died in the crash.',
      { lemma: 'die', verb: 'died', actor: undefined, theme: undefined }],
    ['in a title-case headline a capital says nothing: "Orders" before "City" stays the verb',
      'Mayor Orders City To Close Parks After Storm',
      { lemma: 'order', verb: 'Orders', actor: 'Mayor', theme: 'City' }],
    ['a present verb after a subject with a place phrase and no past verb after it',
      'Residents in the valley oppose the new quarry.',
      { lemma: 'oppose', verb: 'oppose', actor: 'Residents', theme: 'new quarry' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('noun positions: a determiner, an "-ing" word, then a word read as a verb before the finite verb', () => {
  it.each([
    ['"A fishing boat hit": the word after the "-ing" modifier heads the subject',
      'A fishing boat hit the rocks on Thursday.',
      { lemma: 'hit', verb: 'hit', actor: 'A fishing boat', theme: 'rocks' }],
    ['before a modal',
      'A rowing boat will leave the harbour at noon.',
      { lemma: 'leave', verb: 'leave', actor: 'A rowing boat', theme: 'harbour' }],
    ['with a further noun of the compound before the verb',
      'The fishing boat crew was rescued.',
      { lemma: 'rescue', verb: 'rescued', actor: undefined, theme: 'The fishing boat crew' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['"-ing" as the real verb after "are"',
      'Fishing boats are sailing out.',
      { lemma: 'sail', verb: 'sailing', actor: 'Fishing boats', theme: undefined }],
    ['an invariant past after the "-ing" noun is the verb',
      'The bombing cut power to the city.',
      { lemma: 'cut', verb: 'cut', actor: 'The bombing', theme: 'power' }],
    ['a past form after the "-ing" noun is the verb',
      'The fighting displaced thousands of families.',
      { lemma: 'displace', verb: 'displaced', actor: 'The fighting', theme: 'families' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
