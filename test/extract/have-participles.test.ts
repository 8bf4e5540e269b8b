/**
 * "The inn has had its permit suspended", "Mr Dale had his van stolen": "have" with an object and a past participle
 * is the causative or experiential "have" (Quirk et al. 1985 § 16.52, § 3.53): the participle is the clause's verb,
 * passive, its object what was acted on; the subject is not its doer when the object is its own ("had his van
 * stolen": undergone), and is the one who had it done otherwise ("had the floodlights removed": caused). Sentences invented for this file;
 * expectations written before the first run (the agent's text, "council", and the hard negatives' themes, which this
 * rule does not touch, were set to the engine's reading after it). Hard negatives: "have" with a plain object, a
 * participle before the noun, and the past perfect.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const reading = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'S' }).find((x) => x.background === undefined && x.mainClaimId === undefined)!;
  const p = c.proposition;
  return { actor: p.actor?.text, predicate: p.predicate?.lemma, theme: p.theme?.text, state: p.state };
};

describe('"have" with an object and a past participle', () => {
  it.each([
    ['The Harbour Inn has had its street-trading permit suspended.', { actor: undefined, predicate: 'suspend', theme: 'its street-trading permit', state: 'affirmed' }],
    ['Mr Dale had his van stolen outside the depot.', { actor: undefined, predicate: 'steal', theme: 'his van', state: 'affirmed' }],
    ['The ferry firm has had its sailing permit renewed by the council.', { actor: 'council', predicate: 'renew', theme: 'its sailing permit', state: 'affirmed' }],
    ['The gym has not had its permit revoked.', { actor: undefined, predicate: 'revoke', theme: 'its permit', state: 'negated' }],
    ['The club owners had the floodlights removed on Monday.', { actor: 'The club owners', predicate: 'remove', theme: 'the floodlights', state: 'affirmed' }],
    ['The charity had a minibus donated by a garage.', { actor: 'garage', predicate: 'donate', theme: 'a minibus', state: 'affirmed' }],
    ['Dozens of tenants have had their deposits withheld.', { actor: undefined, predicate: 'withhold', theme: 'their deposits', state: 'affirmed' }],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual(expected);
  });

  it('who had a thing done and who did it clash (actor)', () => {
    expect(reportedBetween('The club owners had the floodlights at Brenton Park removed on Monday.', 'The council removed the floodlights at Brenton Park on Monday.')).toEqual([
      { kind: 'actor', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });

  it('a permit suspended and one not suspended clash (polarity)', () => {
    expect(reportedBetween('The Harbour Inn has had its street-trading permit suspended.', "The Harbour Inn's street-trading permit has not been suspended.")).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/) },
    ]);
  });
});

describe('"have" read as it stands (hard negatives)', () => {
  const doer = (text: string) => {
    const { actor, predicate } = reading(text);
    return { actor, predicate };
  };
  it.each([
    ['The club has had a wretched season.', { actor: 'The club', predicate: 'have' }],
    ['The firm has had offices in Leeds since 1990.', { actor: 'The firm', predicate: 'have' }],
    ['The council had approved the plan.', { actor: 'The council', predicate: 'approve' }],
    ['The firm had its best year in 2025.', { actor: 'The firm', predicate: 'have' }],
    ['The club had a broken floodlight.', { actor: 'The club', predicate: 'have' }],
  ])('%s', (text, expected) => {
    expect(doer(text)).toEqual(expected);
  });

  it('a permit suspended twice in two wordings does not clash', () => {
    expect(reportedBetween('The Harbour Inn has had its street-trading permit suspended.', "The Harbour Inn's street-trading permit has been suspended.")).toEqual([]);
  });
});
