/**
 * A doer named after "by" in one claim ("a fox brought in by the neighbour's son") is the same doer as the other
 * claim's subject (issue 15, class "restatements read as rival actors"). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { detectActor } from '../../src/detect/actor.js';
import { passiveAgents, passivePatients } from '../../src/detect/passive-agents.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { makeClaim, phraseIn, predicateIn } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon(), sameEvent: true, sameAct: true };

function claim(text: string, actor: string, verb: [string, string]) {
  return makeClaim({ text, proposition: { predicate: predicateIn(text, verb[0], verb[1]), negated: false, state: 'affirmed', actor: phraseIn(text, actor) } });
}

const subject = claim("Sandra Okafor's son brought the injured fox home.", "Sandra Okafor's son", ['brought', 'bring']);

describe('passiveAgents', () => {
  it('reads the participle and the agent after "by", cut at a comma', () => {
    const c = claim("Rusty, a fox brought in by Okafor's son, needs surgery.", 'Rusty', ['needs', 'need']);
    expect(passiveAgents(c)).toEqual([{ verb: 'bring', agent: "Okafor's son" }]);
  });
});

describe('detectActor: the other claim names the same doer after "by"', () => {
  it('a fox brought in by the son / the son brought the fox: no clash', () => {
    // The reduced relative's participle read as the predicate, with the fox's name as its subject.
    const other = claim("Rusty, an injured fox brought in by Okafor's son, would need to be treated.", 'Rusty', ['brought', 'bring']);
    expect(detectActor(subject, other, context)).toBeNull();
  });

  it('the "by" phrase of another act does not excuse a rival doer: actor', () => {
    const other = claim("Park rangers, hired by Okafor's son, brought the injured fox home.", 'Park rangers', ['brought', 'bring']);
    expect(detectActor(subject, other, context)?.kind).toBe('actor');
  });
});

describe('detectActor: the doer of one act is the one the other act was done to', () => {
  const ranger = claim('Rumours spread of Okonjo being killed by poachers near the lodge.', 'poachers', ['killed', 'kill']);

  it('passivePatients reads the subject of a passive with a "by" agent', () => {
    expect(passivePatients(ranger)).toEqual([{ verb: 'kill', patient: 'Okonjo' }]);
  });

  it('"Okonjo being killed by poachers" / "Okonjo killed two poachers": who did it to whom, no rival doers', () => {
    const other = claim('Okonjo killed two poachers in a gunfight last year.', 'Okonjo', ['killed', 'kill']);
    expect(detectActor(ranger, other, context)).toBeNull();
    expect(detectActor(other, ranger, context)).toBeNull();
  });

  it('a third party as the doer is still a rival doer: actor', () => {
    const other = claim('Rangers killed two poachers in a gunfight last year.', 'Rangers', ['killed', 'kill']);
    expect(detectActor(ranger, other, context)?.kind).toBe('actor');
  });
});
