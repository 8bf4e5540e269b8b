import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actor = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.actor;

describe('a possessive subject runs through its adjectives to the head noun it determines', () => {
  it.each([
    ["Norway's foreign ministry has not commented on the matter.", "Norway's foreign ministry", 'ministri'],
    ["Norway's new finance minister cut taxes.", "Norway's new finance minister", 'minist'],
    ["The city's main hospital closed.", "The city's main hospital", 'hospit'],
  ])('%s', (text, want, key) => {
    expect(actor(text)?.text).toBe(want);
    expect(actor(text)?.key).toBe(key);
  });

  it('a possessive with nothing after it before the verb stays as it is', () => {
    expect(actor("Obama's given up.")?.text).toBe("Obama's");
  });
});
