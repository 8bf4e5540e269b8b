/**
 * A different doer of one act (issue 11): a troponym and its hypernym done to one single thing ("bought" / "acquired"
 * the factory), a counted set of doers against another kind of doer of one single thing, and a group against its
 * members (WordNet member meronymy: "police" / "officers"), which are no rival doers. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { detectActor } from '../../src/detect/actor.js';
import { groupAndMember } from '../../src/detect/group-members.js';
import { oneThing } from '../../src/detect/one-thing-acts.js';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const context = { lexicon: buildLexicon() };
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;
const actorHit = (x: string, y: string) => detectActor(first('a', x), first('b', y), context);
const phrase = (text: string) => ({ text, key: text.toLowerCase(), span: { start: 0, end: text.length, text } });

describe('oneThing: a theme that names a single thing', () => {
  it.each([
    ['Apex acquired the Ridley factory.', true],
    ['A tanker saved the crew of the Ocean Pride.', true],
    ['Doctors treated the victims at the scene.', false],
    ['The coastguard rescued 19 sailors.', false],
  ])('%s → %s', (text, expected) => {
    expect(oneThing(first('a', text))).toBe(expected);
  });
});

describe('groupAndMember: WordNet member meronymy between two doers', () => {
  it.each([
    ['police', 'officers', true],
    ['Three officers', 'the police', true],
    ['the crew', 'a crewman', true],
    ['police', 'protesters', false],
    ['the crew', 'a passing tanker', false],
  ])('%s / %s → %s', (x, y, expected) => {
    expect(groupAndMember(phrase(x), phrase(y))).toBe(expected);
  });
});

describe('detectActor: a troponym and its hypernym done to one single thing', () => {
  it('"was bought by Volkar" / "Apex acquired" the factory: rival doers of one purchase', () => {
    const hit = actorHit('The Ridley factory was bought by Volkar, the union said.', 'Apex acquired the Ridley factory, the regional paper said.');
    expect(hit?.kind).toBe('actor');
    expect(hit?.evidence.map((s) => s.text)).toEqual(['Volkar', 'Apex']);
  });

  it('"rescued by a coastguard helicopter" / "a passing tanker saved" the crew', () => {
    expect(actorHit('The crew of the Ocean Pride was rescued by a coastguard helicopter, officials said.', 'A passing tanker saved the crew of the Ocean Pride, the owner said.')?.kind).toBe('actor');
  });

  it('hard negative: a set of people ("the sailors") may be saved by several doers', () => {
    expect(actorHit('The coastguard rescued the sailors, officials said.', 'A tanker saved the sailors, the owner said.')).toBeNull();
  });

  it('hard negative: the named buyer and its longer name are one doer', () => {
    expect(actorHit('The Ridley factory was bought by Volkar, the union said.', 'Volkar Holdings acquired the Ridley factory, the regional paper said.')).toBeNull();
  });
});

describe('detectActor: a counted set of doers against another kind of doer of one single thing', () => {
  it('"Two burglars stole the portrait" / "stolen by a museum guard"', () => {
    expect(actorHit('Two burglars stole the Vermeer portrait from the museum, police said.', 'The Vermeer portrait was stolen by a museum guard, prosecutors said.')?.kind).toBe('actor');
  });

  it('hard negative: "two burglars" / "a burglar" may tell the same people', () => {
    expect(actorHit('Two burglars stole the Vermeer portrait from the museum, police said.', 'The Vermeer portrait was stolen by a burglar, prosecutors said.')).toBeNull();
  });

  it('hard negative: three paintings are a set, which several may have stolen', () => {
    expect(actorHit('Two burglars stole three paintings from the museum, police said.', 'A museum guard stole three paintings from the museum, prosecutors said.')).toBeNull();
  });
});

describe('detectActor: a group and its members are no rival doers', () => {
  it('hard negative: "Police arrested" / "Officers arrested" the suspect', () => {
    expect(actorHit('Police arrested the suspect on Monday.', 'Officers arrested the suspect on Monday.')).toBeNull();
  });

  it('two groups still clash: "Police arrested" / "Soldiers arrested" the suspect', () => {
    expect(actorHit('Police arrested the suspect on Monday.', 'Soldiers arrested the suspect on Monday.')?.kind).toBe('actor');
  });
});

describe('analyze: one purchase with two buyers', () => {
  it('is an actor conflict, medium or high', () => {
    expect(reportedBetween('The Ridley factory was bought by Volkar, the union said.', 'Apex acquired the Ridley factory, the regional paper said.')).toEqual([
      { kind: 'actor', band: expect.stringMatching(/medium|high/) },
    ]);
  });
});
