import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

// Reporting words that, in context, are no reporting frame: a participle modifying a noun, a word inside a name, a
// noun after a determiner and its adjective, a "that"-verb with a noun object (Quirk et al. 1985 §§ 7.15, 16.31).
const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, kind: c.attribution.holderKind, lemma: c.proposition.predicate?.lemma }));

describe('reporting words that frame nothing', () => {
  it.each([
    ['an "-ed" form after a preposition modifies the noun', 'The envoy asked for an inquiry into alleged abuses at the depot.', 'ask'],
    ['an "-ed" form after a determiner modifies the noun', 'The reported attack on the convoy took place at dawn.', 'take place'],
    ['a capitalised reporting word inside a name', 'The Green State party might sell its offices, the treasurer said.', 'sell'],
  ])('%s: %s', (_, text, lemma) => {
    const got = claims(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((c) => c.holder)).not.toContain('The envoy asked for an inquiry into');
    expect(got.some((c) => c.lemma === lemma || c.lemma === lemma.split(' ')[0])).toBe(true);
  });

  it('"maintain" with a noun object is the act, not a frame ("and it maintains a watch")', () => {
    const got = claims('The coast guard tracks every tanker in the strait, and it maintains a constant watch on the port.');
    expect(got).toEqual([{ holder: 'Wire', kind: 'author', lemma: 'track' }]);
  });

  it('a reporting participle after a noun phrase: the phrase is the holder, not the clause before it', () => {
    const got = claims('That follows a recent report from the Daily Star claiming that the mine will close.');
    expect(got).toEqual([{ holder: 'a recent report from the Daily Star', kind: 'anonymous', lemma: 'close' }]);
  });

  it('after a longer clause the act is the author\'s claim ("X filed a complaint alleging that …")', () => {
    const got = claims('The Farmers Union filed a complaint with the regional council on Monday alleging that the river was polluted.');
    expect(got[0]).toEqual({ holder: 'Wire', kind: 'author', lemma: 'file' });
  });

  it('the "-ed" modifier case yields the author\'s claim with the envoy as actor', () => {
    expect(claims('The envoy asked for an inquiry into alleged abuses at the depot.')).toEqual([{ holder: 'Wire', kind: 'author', lemma: 'ask' }]);
  });

  it('the name case keeps the trailing speaker as holder', () => {
    const got = claims('The Green State party might sell its offices, the treasurer said.');
    expect(got).toEqual([{ holder: 'the treasurer', kind: 'named', lemma: 'sell' }]);
  });

  it.each([
    ['The ministry maintains that the dam is safe.', 'The ministry', 'be'],
    ['The dam is safe, the ministry maintains.', 'the ministry', 'be'],
    ['The dam is safe, officials reported Monday.', 'officials', 'be'],
    ['Officials report that the dam is safe.', 'Officials', 'be'],
    ['The residents say the dam is safe.', 'The residents', 'be'],
    ['As reported by the Herald, the dam is safe.', 'the Herald', 'be'],
    ['The dam is safe, as stated by the ministry.', 'the ministry', 'be'],
    ['"The dam is safe," the engineer told his staff.', 'the engineer', 'be'],
  ])('still a frame: %s', (text, holder, lemma) => {
    const got = claims(text);
    expect(got[0]!.holder).toBe(holder);
    expect(got[0]!.lemma).toBe(lemma);
  });
});

describe('holders cleared of the verb group and of adverbs', () => {
  it.each([
    ['a progressive "be" stays with the verb', 'The Tribune is reporting that the mine will close.', 'The Tribune', 'named'],
    ['an impersonal passive names no one', 'It was reported that the mine will close.', 'It was reported', 'anonymous'],
    ['an impersonal perfect passive names no one', 'It has been claimed that the mine will close.', 'It has been claimed', 'anonymous'],
    ['a trailing auxiliary stays with the verb', 'The mine will close, union spokesman Omar Reyes had said.', 'union spokesman Omar Reyes', 'named'],
    ['an adverb alone before a trailing verb: the holder stands before it', 'The mine will close, Omar Reyes, the union spokesman, reportedly said.', 'Omar Reyes', 'named'],
  ])('%s: %s', (_, text, holder, kind) => {
    const got = claims(text);
    expect(got[0]).toEqual({ holder, kind, lemma: 'close' });
  });

  it('"it" with an active reporting verb is still a pronoun holder, resolved or not', () => {
    const got = claims('The ministry reviewed the mine. It said that the mine will close.');
    expect(got[1]!.holder).not.toBe('It said');
  });
});
