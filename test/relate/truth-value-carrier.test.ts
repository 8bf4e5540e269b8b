/**
 * A truth value of the definite carrier alone ("the photo is genuine" / "the photo is a fake"): in reports of one
 * story, the picture, video or story they are about. Sources of the value words: lexicon/truth-value-cues.ts. Every
 * sentence is invented for this file; hard negatives: two carriers, an indefinite carrier, a hedged value, the same
 * value twice, a bare pronoun, a carrier against content.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, analyzeTwoReports, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('two truth values of one carrier', () => {
  it.each([
    ['The photo is genuine.', 'The photo is a fake.', ['is genuine', 'is a fake']],
    ['The story is true.', 'The story is a hoax.', ['is true', 'is a hoax']],
    ['The video is real, experts said.', 'The video is fake, police said.', ['is real', 'is fake']],
    ['The footage is not fake.', 'The footage is fake.', ['is not fake', 'is fake']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence }]);
  });

  it('says which words clash, not the two affirmed states', () => {
    const [conflict] = analyzeTwoReports('The photo is genuine.', 'The photo is a fake.').conflicts;
    expect(conflict?.message).toBe('First Report says the photo is genuine; Second Report says the photo is a fake (polarity: "is genuine" vs "is a fake").');
  });

  it.each([
    ['two carriers', 'The photo is genuine.', 'The video is a fake.'],
    ['an indefinite carrier', 'The photo is genuine.', 'A photo of the crash is fake.'],
    ['a hedged value', 'The photo may be fake.', 'The photo is genuine.'],
    ['the same value twice', 'The photo is fake.', 'The photo is a fake, police said.'],
    ['a bare pronoun', 'This is a hoax.', 'The story is true.'],
    ['a carrier against content', 'The video is fake.', 'A shark swam along the highway.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});
