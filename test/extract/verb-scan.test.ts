import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The main claims' actor and predicate lemma, or the skip reason when the sentence gave none. */
function read(text: string): { actor?: string | undefined; lemma?: string | undefined; state?: string } | string {
  const doc = { id: 'd', text };
  const claims = extractClaims(doc).filter((c) => c.mainClaimId === undefined);
  if (claims.length === 0) return 'none';
  const p = claims[0]!.proposition;
  return { actor: p.actor?.text, lemma: p.predicate?.lemma, state: p.state };
}

describe('a clause the tagger left without a verb: the first verb form after its subject is the verb', () => {
  it.each([
    ['an "-ed" form read as an adjective after a number', 'A crowd of about 200 watched.', { actor: 'A crowd', lemma: 'watch', state: 'affirmed' }],
    ['an "-s" form read as a plural noun after an adverb', 'The cooperative also runs evening classes in basic shoe repair.', { actor: 'The cooperative', lemma: 'run', state: 'affirmed' }],
    ['after an appositive set off by commas', 'Bale, a retired nurse, runs the hospital from a converted garage at her home.', { actor: 'Bale', lemma: 'run', state: 'affirmed' }],
    ['after a subject with a place phrase', 'Shopkeepers on Leipziger Strasse fear months of disruption.', { actor: 'Shopkeepers', lemma: 'fear', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // "No one" is read as negation, with no actor (as "No one needed treatment" is when tagged right).
  it('an "-ed" form after "No one" is the verb, negated', () => {
    expect(read('No one needed hospital treatment.')).toMatchObject({ lemma: 'need', state: 'negated' });
  });

  it.each([
    ['a heading with a plural after a number', 'Congratulations to all 42 spellers from 28 schools'],
    ['a notice whose plural stands before a preposition', 'Wednesday extra show tickets on sale from Monday at the post office'],
    ['a heading with plurals after articles', 'Photos in the replies'],
    ['a label and figures', 'Tickets: adults £9, children £6, under-3s free'],
    ['a list of counts', '400 torches, one very damp Market Square and a brilliant display at the rec'],
    ['a hyphenated compound modifier', 'Chicken and chicken-mixed dishes, 121 calories a day'],
  ])('a fragment stays without a claim: %s', (_name, text) => {
    expect(read(text)).toBe('none');
  });
});

describe('a participle phrase set off by commas after the subject, then a verb the tagger read as a noun', () => {
  it.each([
    ['an "-s" verb after a by-agent name', 'The dressing, designed by Hannah Moorcroft, shows the history of the village.', { actor: 'The dressing', lemma: 'show', state: 'affirmed' }],
    ['an "-s" verb before an article and an ordinal', 'The group, led by Sam Hale, plans a second event in May.', { actor: 'The group', lemma: 'plan', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('the participle phrase keeps its own claim, with its by-agent as actor', () => {
    const claims = extractClaims({ id: 'd', text: 'The dressing, designed by Hannah Moorcroft, shows the history of the village.' });
    const inner = claims.find((c) => c.proposition.predicate?.lemma === 'design');
    expect(inner?.proposition.actor?.text).toBe('Hannah Moorcroft');
  });

  it.each([
    ['a caption of a participle phrase and a place', 'The dressing, designed by Hannah Moorcroft, in the square'],
    ['a participle phrase with nothing after it', 'Main dressing, designed by Hannah Moorcroft.'],
    ['a plural before a preposition', 'The main dressing, designed by Hannah Moorcroft, pictures of the mines'],
  ])('no verb is made up after the phrase: %s', (_name, text) => {
    expect(read(text)).toMatchObject({ lemma: 'design' });
  });
});

describe('an adverb of aspect after the subject, read as an adjective, then a verb read as a plural noun', () => {
  it.each([
    ['at the end of the clause', 'The library still stands.', { actor: 'The library', lemma: 'stand', state: 'affirmed' }],
    ['before a day word', 'The old mill still stands today.', { actor: 'The old mill', lemma: 'stand', state: 'affirmed' }],
    ['before a place phrase', 'The chapel still stands on the hill above the harbour.', { actor: 'The chapel', lemma: 'stand', state: 'affirmed' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a plural after "still" in a heading', 'Photos still in the replies'],
    ['"still" as an adjective before its noun', 'The still waters of the mill pond'],
  ])('a fragment stays without a claim: %s', (_name, text) => {
    expect(read(text)).toBe('none');
  });
});
