import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const prop = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;

describe('a relative clause on the subject: the main verb is the predicate, the head before the pronoun the actor', () => {
  it.each([
    ['The firm that makes drones has hired 40 engineers.', 'The firm', 'hire'],
    ['The new firm that makes drones has hired 40 engineers.', 'The new firm', 'hire'],
    ['The council that allows night markets passed the budget.', 'The council', 'pass'],
    ['The agency which regulates drugs approved the vaccine.', 'The agency', 'approve'],
  ])('%s', (text, actor, predicate) => {
    const p = prop(text)!;
    expect(p.actor?.text).toBe(actor);
    expect(p.predicate?.lemma).toBe(predicate);
  });

  it.each([
    ['The board said that profits fell.', 'profits', 'fall'],
    ['The lawyers argued that the rule was unfair.', 'the rule', 'be'],
  ])('a content clause after a verb is no relative clause (%s)', (text, actor, predicate) => {
    const p = prop(text)!;
    expect(p.actor?.text).toBe(actor);
    expect(p.predicate?.lemma).toBe(predicate);
  });
});
