import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

/** The inner event, theme and state of the one main claim. */
function read(text: string) {
  const p = extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined)[0]!.proposition;
  return { predicate: p.predicate?.lemma, inner: p.inner?.lemma, theme: p.theme?.text, state: p.state };
}

const kinds = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', text: a, source: { name: 'A', kind: 'wire' } }, { id: 'b', text: b, source: { name: 'B', kind: 'newspaper' } }] })
    .conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);

// The theme stays the refused noun ("plan"), as the extraction gold suite has it (state-032); the inner act is the infinitive's.
describe('a refusal of a proposal noun with a to-infinitive refuses the act the infinitive names (FrameNet Purpose, Request, Attempt)', () => {
  it.each([
    ['"rejected a plan to offer a grant"', 'The council rejected a plan to offer a grant.', { predicate: 'reject', inner: 'offer', theme: 'plan', state: 'refused' }],
    ['"turned down a bid to buy the club"', 'The trust turned down a bid to buy the club.', { predicate: 'reject', inner: 'buy', theme: 'bid', state: 'refused' }],
    ['"rejected calls to close the site"', 'The minister rejected calls to close the site.', { predicate: 'reject', inner: 'close', theme: 'calls', state: 'refused' }],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a plain refusal of a noun keeps that noun as the inner event', () => {
    expect(read('The council rejected the grant.')).toEqual({ predicate: 'reject', inner: 'grant', theme: 'grant', state: 'refused' });
  });

  it('against the act voted through it is the same clash as a refusal to do it', () => {
    const direct = kinds('The council refused to offer a grant.', 'The council voted to offer a grant.');
    expect(direct).toHaveLength(1);
    expect(kinds('The council rejected a proposal to offer a grant.', 'The council voted to offer a grant.')).toEqual(direct);
  });

  it('the same refusal told twice is no conflict', () => {
    expect(kinds('The council rejected a proposal to offer a grant.', 'Councillors turned down a plan to offer a grant.')).toEqual([]);
  });
});
