/**
 * "first" and "last" as adverbs of time between a passive's "be" and its participle (Quirk et al. 1985 § 8.51): "was
 * first spotted by a volunteer", "was last seen on Friday". The tagger reads them as ordinals, which hid the passive
 * (the thing found became the doer). Sentences invented for this file; expectations written before the first run.
 * Hard negatives: an ordinal that is a complement ("was first to arrive", "was last in the queue") and a plain
 * ordinal before a noun keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const roles = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' })[0]!;
  return { actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text };
};

describe('"first" and "last" inside a passive', () => {
  it('"was first spotted by" is a passive with its by-agent', () => {
    expect(roles('The hoard was first spotted by a volunteer in July.')).toEqual({ actor: 'volunteer', predicate: 'spot', theme: 'The hoard' });
  });

  it('"was last seen" is a passive without an agent', () => {
    expect(roles('The climber was last seen on Friday near the summit.')).toEqual({ actor: undefined, predicate: 'see', theme: 'The climber' });
  });

  it('two finders of one hoard clash on the actor', () => {
    expect(alertKinds('The hoard was first spotted by a volunteer from the history society.', 'The hoard was found by a postgraduate student from Leeds.')).toEqual(['actor']);
  });
});

describe('ordinals that stay ordinals', () => {
  it('"was first to arrive" keeps its subject as the doer', () => {
    expect(roles('The coastguard was first to arrive at the scene.').actor).toBe('The coastguard');
  });

  it('"was last in the queue" has no passive', () => {
    expect(roles('The lorry was last in the queue at the border.').actor).toBe('The lorry');
  });
});
