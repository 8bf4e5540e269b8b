import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claim = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]!;

describe('a reporting verb\'s base form after a determiner heads a noun ("the US state of X"), no frame', () => {
  it.each([
    ['The US state of Oregon has ruled that schools must teach swimming.', 'The US state of Oregon', 'oregon'],
    ['The Canadian province of Alberta cut taxes.', 'The Canadian province of Alberta', 'alberta'],
  ])('%s', (text, actor, key) => {
    const c = claim(text);
    expect(c.attribution.holderKind).toBe('author');
    expect(c.proposition.actor?.text).toBe(actor);
    expect(c.proposition.actor?.key).toBe(key);
  });

  it.each([
    ['The Pentagon reported that two drones crashed.', 'The Pentagon'],
    ['The Greens claim that the forest is shrinking.', 'The Greens'],
    ["The ministry's report said fares would rise.", "The ministry's report"],
  ])('an inflected verb, or a base form with its "that", is still a frame (%s)', (text, holder) => {
    expect(claim(text).attribution.holder).toBe(holder);
  });
});
