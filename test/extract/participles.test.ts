import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

function parts(text: string) {
  // The main clause's claim; a participle modifying a noun adds a background claim of its own (noun-modifiers.test.ts).
  const claims = extractClaims({ id: 'd', text }).filter((c) => c.background === undefined);
  expect(claims).toHaveLength(1);
  const p = claims[0]!.proposition;
  return { lemma: p.predicate?.lemma, verb: p.predicate?.text, actor: p.actor?.text, theme: p.theme?.text, complement: p.complement?.text };
}

describe('irregular participles: passives and noun modifiers the "-ed" pattern misses', () => {
  it.each([
    ['"was cut by": an irregular participle after "be" is a passive; the "by" phrase is the actor',
      'The power line was cut by a falling tree.',
      { lemma: 'cut', verb: 'cut', actor: 'falling tree', theme: 'The power line' }],
    ['"was hit by" on a date',
      'The bridge was hit by a barge on Tuesday.',
      { lemma: 'hit', verb: 'hit', actor: 'barge', theme: 'The bridge' }],
    ['a passive without an agent keeps its subject as the theme',
      'Prices were cut across the region.',
      { lemma: 'cut', verb: 'cut', actor: undefined, theme: 'Prices' }],
    ['a participle that is never a past tense, after a noun, modifies the noun',
      'Stones thrown at the bus injured the driver.',
      { lemma: 'injure', verb: 'injured', actor: 'Stones', theme: 'driver' }],
    ['an irregular participle takes its lemma ("stolen" → steal)',
      'Two paintings were stolen from the gallery.',
      { lemma: 'steal', verb: 'stolen', actor: undefined, theme: 'paintings' }],
    ['after "has" the participle is the verb, with its lemma',
      'The minister has chosen a new adviser.',
      { lemma: 'choose', verb: 'chosen', actor: 'The minister', theme: 'new adviser' }],
    ['a past form shared with the participle ("lit") before "by" modifies the noun',
      'A fire lit by vandals destroyed the pavilion.',
      { lemma: 'destroy', verb: 'destroyed', actor: 'A fire', theme: 'pavilion' }],
    ['with an adverb before the participle and no verb after it, "be" is the verb',
      'It was the longest flight ever made by a solar plane.',
      { lemma: 'be', verb: 'was', actor: undefined, theme: 'longest flight' }],
    ['after a contracted "\'s" ("has") a participle is the verb, not a modifier',
      "The minister's given up on the plan.", // "given up" is the phrasal verb "give up" (abandon) once "given" has its lemma.
      { lemma: 'abandon', verb: 'given', actor: "The minister's", theme: undefined }],
    ['a past form shared with the participle stays the verb after its subject',
      'The goalkeeper kept a clean sheet.',
      { lemma: 'keep', verb: 'kept', actor: 'The goalkeeper', theme: 'clean sheet' }],
    ['"be" with an adjective stays the copula',
      'The ferry was late on Tuesday.',
      { lemma: 'be', verb: 'was', actor: 'The ferry', complement: 'late' }],
    ['an irregular past after its subject stays the active verb',
      'The club sold its stadium in 2019.',
      { lemma: 'sell', verb: 'sold', actor: 'The club', theme: 'its stadium' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['"has cut": an irregular participle after "have" is the verb, though the tagger read a noun',
      'The storm has cut power to thousands of homes.',
      { lemma: 'cut', verb: 'cut', actor: 'The storm', theme: 'power' }],
    ['the irregular-verb list gives the lemma where the tagger gives a wrong one ("gone" → go)',
      'The striking workers have gone home for the weekend.',
      // "home" bare after the verb is WordNet's adverb, not an object (test/extract/theme-phrase-heads.test.ts).
      { lemma: 'go', verb: 'gone', actor: 'The striking workers' }],
    ['"have" with a number and a noun stays the verb',
      'The couple have seven children.',
      { lemma: 'have', verb: 'have', actor: 'The couple', theme: 'seven children' }],
    ['an irregular form after "had a" is a noun, and "had" stays the verb',
      'The club had a hit with its new kit.',
      { lemma: 'have', verb: 'had', actor: 'The club', theme: 'hit' }],
  ])('%s', (_name, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});
