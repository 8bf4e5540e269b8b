import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';
import { detectActor } from '../../src/detect/actor.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const lexicon = buildLexicon();
const one = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase() }).filter((c) => c.background === undefined)[0]!;
const hit = (x: string, y: string) => detectActor(one('a', x), one('b', y), { lexicon });

describe('detectActor: a possessor and the kin or role the other report names by it are two people', () => {
  it.each([
    ['The tractor was driven by its owner.', "The tractor was driven by the owner's grandson.", ['its owner', "owner's grandson"]],
    ['The boat was sailed by her skipper.', "The boat was sailed by the skipper's nephew.", ['her skipper', "skipper's nephew"]],
  ])('%s / %s', (x, y, evidence) => {
    const h = hit(x, y);
    expect({ kind: h?.kind, evidence: h?.evidence.map((s) => s.text) }).toEqual({ kind: 'actor', evidence });
  });

  it.each([
    // A body's part speaks for the body.
    ['The tractor was driven by its owner.', "The tractor was driven by the owner's team."],
    // One person named two ways.
    ['The tractor was driven by its owner.', 'The tractor was driven by the owner, Tom Hale.'],
    // No relation stated: a possessive pronoun's noun may be anyone the other names.
    ['The boat was sailed by her father.', "The boat was sailed by the skipper's nephew."],
    // Co-doers.
    ["The tractor was driven by its owner and the owner's grandson.", "The tractor was driven by the owner's grandson."],
    // A body and the role-holder who acts for it.
    ['The museum bought the stone.', "The stone was bought by the museum's director."],
    // Two acts.
    ['The tractor was driven by its owner.', "The tractor was repaired by the owner's grandson."],
  ])('%s / %s is no hit', (x, y) => {
    expect(hit(x, y)).toBeNull();
  });
});
