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

describe('noun positions: a base form the quick tagger read as a verb right after a genitive noun', () => {
  it.each([
    ['"a farm\'s maize maze": an "-ize" noun after the genitive modifies the head',
      "A Cambridgeshire farm's maize maze will open on August 1.",
      { lemma: 'open', verb: 'open', actor: "A Cambridgeshire farm's maize maze", theme: undefined }],
    ['a genitive with "s\'" before a noun read as a verb',
      "The workers' canteen will close in March.",
      { lemma: 'close', verb: 'close', actor: "The workers' canteen", theme: undefined }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['a past form after "\'s" is the verb ("\'s" for "has")',
      "The farm's closed its gates to visitors.",
      { lemma: 'close', verb: 'closed', theme: 'its gates' }],
  ])('%s', (_name, text, expected) => {
    // The verb is what this rule must leave alone; the subject's span ("The farm's") is another step's.
    expect(parts(text)).toMatchObject(expected);
  });
});

describe('noun positions: a word WordNet knows as no verb, read as one inside a noun phrase', () => {
  it.each([
    ['after an adjective: "Our new maize maze opens"',
      'Our new maize maze opens on Saturday.',
      { lemma: 'open', verb: 'opens', actor: 'Our new maize maze', theme: undefined }],
    ['after a noun, before the verb',
      "This year's baccalaureate pass rate rose to 91 percent.",
      { lemma: 'rise', verb: 'rose', actor: "This year's baccalaureate pass rate", theme: undefined }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['a verb WordNet knows keeps its reading',
      'The farm will harvest the maize in September.',
      { lemma: 'harvest', verb: 'harvest', actor: 'The farm', theme: 'maize' }],
    ['an unknown word after a pronoun is left as the verb',
      'They livestream every match from the club house.',
      { lemma: 'livestream', verb: 'livestream', actor: 'They', theme: 'match' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('noun positions: an "-er" noun read as a comparative adjective before the verb', () => {
  it.each([
    ['after a place name: "A Builth Wells farrier has been struck off"',
      'A Builth Wells farrier has been struck off.',
      { lemma: 'strike', verb: 'struck', actor: undefined, theme: 'A Builth Wells farrier' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['a comparative after a linking verb stays an adjective',
      'Fuel prices were higher in March.',
      { lemma: 'be', verb: 'were', actor: 'Fuel prices', theme: undefined }],
    ['a comparative after a verb stays an adverb or adjective',
      'Sales grew faster than expected.',
      { lemma: 'grow', verb: 'grew', actor: 'Sales', theme: undefined }],
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
    ['an auxiliary after an "-ing" noun is no noun of it: "The meeting has been postponed"',
      'The meeting has been postponed.',
      { lemma: 'postpone', verb: 'postponed', actor: undefined, theme: 'The meeting' }],
    ['nor is "has" in a passive with a particle',
      'The building has been sold to a developer.',
      { lemma: 'sell', verb: 'sold', actor: undefined, theme: 'The building' }],
    ['nor "was" before a participle',
      'The opening was delayed by a week.',
      { lemma: 'delay', verb: 'delayed', actor: undefined, theme: 'The opening' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
