import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** One claim per sentence here; each row states what an editor reads in it. */
function only(text: string) {
  // Subordinate clauses ("when …", ", who …,") are claims of their own, linked to the main one: the main claim is read.
  const claims = extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined);
  expect(claims).toHaveLength(1);
  const c = claims[0]!;
  return {
    holder: c.attribution.holder,
    actor: c.proposition.actor?.text,
    predicate: c.proposition.predicate?.text,
    inner: c.proposition.inner?.lemma,
    state: c.proposition.state,
    theme: c.proposition.theme?.text,
  };
}

describe('proposition: where compromise mis-tags, the fallbacks find the verb and its actor', () => {
  it.each([
    ['a participle after "were not" is the predicate; the passive subject is the theme',
      'Flights at Catania airport were not suspended, the operator said.',
      { holder: 'the operator', actor: undefined, predicate: 'suspended', inner: undefined, state: 'negated', theme: 'Flights' }],
    ['a copula with a participle counts before a later verb in a "when" clause',
      'The Nordgas pipeline was not damaged when a cargo ship dragged its anchor.',
      { holder: 'd', actor: undefined, predicate: 'damaged', inner: undefined, state: 'negated', theme: 'The Nordgas pipeline' }],
    ['an irregular past form after a noun is the verb ("rose" tagged as a noun)',
      'Hospital admissions rose by 12% last week.',
      { holder: 'd', actor: 'Hospital admissions', predicate: 'rose', inner: undefined, state: 'affirmed', theme: undefined }],
    ['a less common irregular past from the same list is the verb too ("shod" tagged as a noun)',
      'In September 2025 Mr Pyle shod a pony.',
      { holder: 'd', actor: 'Mr Pyle', predicate: 'shod', inner: undefined, state: 'affirmed', theme: 'pony' }],
    ['and "strode" after a name',
      'Ms Okafor strode onto the stage.',
      { holder: 'd', actor: 'Ms Okafor', predicate: 'strode', inner: undefined, state: 'affirmed', theme: undefined }],
    ['the word after a modal is the verb ("close" tagged as an adverb)',
      'The bridge will close in June.',
      { holder: 'd', actor: 'The bridge', predicate: 'close', inner: undefined, state: 'affirmed', theme: undefined }],
    ['a leading prepositional phrase is no actor; a linking verb passes to its adjective',
      'Under the plan, the Main Street library branch will stay open on Sundays.',
      { holder: 'd', actor: 'the Main Street library branch', predicate: 'open', inner: undefined, state: 'affirmed', theme: undefined }],
    ['"will no longer open" is negated',
      'The branch will no longer open on Sundays.',
      { holder: 'd', actor: 'The branch', predicate: 'open', inner: undefined, state: 'negated', theme: undefined }],
    ['a participle modifying a noun is not the verb of the clause',
      'Selene-3, the lunar lander built by Hollis Aerospace, touched down on Tuesday.',
      { holder: 'd', actor: 'Selene-3', predicate: 'touched', inner: undefined, state: 'affirmed', theme: undefined }],
    ['an appositive ends the actor; "Portugal\'s" is no "Portugal is"; the verb after "whether" is the inner event',
      "The Green Alliance, junior partner in Portugal's governing coalition, has yet to decide whether it will support the budget.",
      { holder: 'd', actor: 'The Green Alliance', predicate: 'decide', inner: 'support', state: 'pending', theme: undefined }],
    ['a progressive read as a noun is still the verb, and "still" makes it pending',
      'The two clubs were still negotiating the final terms.',
      { holder: 'd', actor: 'clubs', predicate: 'negotiating', inner: undefined, state: 'pending', theme: 'final terms' }],
    ['the addressee of "told" is neither holder nor proposition',
      'Two witnesses told reporters the man was not armed.',
      { holder: 'Two witnesses', actor: undefined, predicate: 'armed', inner: undefined, state: 'negated', theme: 'the man' }],
    ['a holder with a parenthetical "however" before its verb',
      'A budget document seen by reporters, however, shows the agency has already approved an extension.',
      { holder: 'A budget document seen by reporters', actor: 'the agency', predicate: 'approved', inner: 'extension', state: 'affirmed', theme: 'extension' }],
    ['a phrasal refusal inflects ("ruled out")',
      'The governor ruled out a tax increase.',
      { holder: 'd', actor: 'The governor', predicate: 'ruled', inner: 'increase', state: 'refused', theme: 'tax increase' }],
    ['declining to comment is a non-answer, not a refusal of the event',
      'The company declined to comment on the report.',
      { holder: 'd', actor: 'The company', predicate: 'declined', inner: 'comment', state: 'affirmed', theme: undefined }],
    ['an auxiliary before the reporting verb is not part of the holder',
      'Police have confirmed that a man was arrested.',
      { holder: 'Police', actor: undefined, predicate: 'arrested', inner: undefined, state: 'affirmed', theme: 'a man' }],
  ])('%s', (_name, text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('a phrasal verb stands for its single verb: "voted down" rejects; "voted … to approve" approves', () => {
    const [down] = extractClaims({ id: 'd', text: 'Councillors voted down a plan to close Harbour Street.' });
    expect({ lemma: down!.proposition.predicate?.lemma, text: down!.proposition.predicate?.text, state: down!.proposition.state }).toEqual({ lemma: 'reject', text: 'voted', state: 'refused' });
    const [up] = extractClaims({ id: 'd', text: 'The council voted 7-2 on Tuesday night to approve a pilot.' });
    expect({ lemma: up!.proposition.predicate?.lemma, state: up!.proposition.state }).toEqual({ lemma: 'approve', state: 'affirmed' });
  });

  it('a pronoun actor keeps its written text and span, and takes its key from the holder', () => {
    const [claim] = extractClaims({ id: 'd', text: 'The commission said it would respond within seven days.' });
    expect(claim!.proposition.actor).toEqual({ text: 'it', key: 'commiss', span: { start: 20, end: 22, text: 'it' } });
  });
});
