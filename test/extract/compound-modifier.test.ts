import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const prop = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;

describe('a hyphenated participle before a noun ("Oslo-based") is a compound adjective, not the verb', () => {
  it.each([
    ['Denver-based Halvorsen Corp cut 300 jobs.', 'Denver-based Halvorsen Corp', 'corp', 'cut'],
    ['Oslo-based Fjordvakt has opened an office.', 'Oslo-based Fjordvakt', 'fjordvakt', 'open'],
    ['The Oslo-based group Fjordvakt sued the ministry.', 'The Oslo-based group Fjordvakt', 'fjordvakt', 'sue'],
    ['The state-owned lender Norbank cut its rates.', 'The state-owned lender Norbank', 'norbank', 'cut'],
  ])('%s', (text, actor, key, predicate) => {
    const p = prop(text)!;
    expect(p.actor?.text).toBe(actor);
    expect(p.actor?.key).toBe(key);
    expect(p.predicate?.lemma).toBe(predicate);
  });

  it('an irregular participle in a compound is no verb either', () => {
    expect(prop('Tariffs on Texas-made steel rose.')!.predicate?.lemma).toBe('rise');
  });

  it.each([
    ['The council re-elected its chair.', 'reelect'],
    ['The council re-elected Maria Lund.', 'reelect'],
  ])('a hyphenated verb before its object stays the verb (%s)', (text, predicate) => {
    expect(prop(text)!.predicate?.lemma).toBe(predicate);
  });
});
