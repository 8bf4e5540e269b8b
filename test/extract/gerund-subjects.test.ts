/**
 * An aspectual verb takes the activity itself as subject (extract/gerund-subjects.ts; Levin 1993 §§ 55.1–55.2; a gerund
 * subject, Quirk et al. 1985 § 15.10): "Dredging in the harbour resumed" is the dredging resuming, not a dredging act.
 * Sentences invented for this file; expectations written before the first run. Hard negatives: an "-ing" clause closed
 * by a comma, an "-ing" modifier before its noun, and an aspectual verb with a noun subject.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const read = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'S' })[0]!.proposition;
  return { actor: p.actor?.text, predicate: p.predicate?.lemma, negated: p.negated };
};

describe('a gerund subject of an aspectual verb', () => {
  it.each([
    ['Dredging in the harbour resumed on Monday.', { actor: 'Dredging', predicate: 'resume', negated: false }],
    ['Drilling at the old site has not restarted.', { actor: 'Drilling', predicate: 'restart', negated: true }],
    ['Picking started on Tuesday.', { actor: 'Picking', predicate: 'start', negated: false }],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Speaking at the summit, the minister began a tour.', { actor: 'the minister', predicate: 'begin', negated: false }],
    ['Rising costs stopped the project.', { actor: 'Rising costs', predicate: 'stop', negated: false }],
    ['The dredging firm resumed work on Monday.', { actor: 'The dredging firm', predicate: 'resume', negated: false }],
  ])('not a gerund subject: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });


  it('resumed and not restarted clash', () => {
    expect(alertKinds('Dredging in the harbour resumed on Monday.', 'Dredging in the harbour has not restarted.')).toEqual(['polarity']);
  });

  it('resumed and restarted are one report', () => {
    expect(alertKinds('Dredging in the harbour resumed on Monday.', 'Dredging in the harbour restarted this week.')).toEqual([]);
  });
});
