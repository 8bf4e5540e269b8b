import { describe, expect, it } from 'vitest';
import { detectActor } from '../../src/detect/actor.js';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const context = { lexicon: buildLexicon() };
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;

describe('detectActor: a counted actor is a set of doers, not a rival doer', () => {
  it('"nine miners died" vs "three more workers died" is no actor clash', () => {
    const a = first('a', 'Nine miners died in the collapse.');
    const b = first('b', 'Three more workers died in the collapse.');
    expect(detectActor(a, b, context)).toBeNull();
    expect(detectActor(b, a, context)).toBeNull();
  });

  it('hard negative: two uncounted doers of one act still clash', () => {
    const a = first('a', 'Soldiers burned the granary.');
    const b = first('b', 'Rebels burned the granary.');
    expect(detectActor(a, b, context)?.kind).toBe('actor');
  });
});
