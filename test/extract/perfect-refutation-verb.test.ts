// "The journal has retracted a paper": a refutation verb in the active perfect reports its subject's own act, as
// "denied" does (refutation-cues.ts); the writer refutes nothing. Passive and adjective uses stay the writer's cue.
// Written before the rule ran.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const level = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.certainty.level;

describe('a refutation verb in the active perfect is the subject\'s act', () => {
  it.each([
    ['perfect active', 'The journal has retracted a 2019 study on vitamin D.', 'asserted'],
    ['perfect active, plural', 'Both papers have retracted the story.', 'asserted'],
  ])('not refuted: %s: %s', (_name, text, want) => expect(level(text)).toBe(want));
  it.each([
    ['passive perfect', 'The study has been retracted.', 'refuted'],
    ['simple passive', 'The story was retracted on Monday.', 'refuted'],
    ['adjective', 'The claim is false.', 'refuted'],
  ])('still refuted: %s: %s', (_name, text, want) => expect(level(text)).toBe(want));
});
