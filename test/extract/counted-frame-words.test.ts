/**
 * Two readings of reporting words. (1) The "-s" form of a reporting verb after a figure is a counted plural noun
 * ("received 31,000 claims"), neither a frame nor a hedge. (2) Verbs of coming to believe (FrameNet 1.7
 * Coming_to_believe: find, conclude, determine, discover) frame a content clause their "that" opens ("the audit found
 * that …") or one before them ("P, the review found"), and act on a plain object or a small clause elsewhere ("divers
 * found the wreck", "found a boy trapped", "was found alive"). Sentences invented for this file; expectations written
 * before the first run. Hard negatives: "amid claims that …" still hedges; a plain object keeps the verb as the
 * claim's own predicate.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const first = (text: string) => extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' })[0]!;

describe('a counted plural of a reporting word', () => {
  it('"received 31,000 claims" is the author\'s own firm claim with the count', () => {
    const c = first('Insurers have received more than 31,000 claims since the gales.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma, c.certainty.level, c.quantities.map((q) => q.value)]).toEqual(['S', 'receive', 'asserted', [31000]]);
  });

  it('"About 19,000 claims have been lodged" keeps the figure in the proposition, not in a holder', () => {
    const c = first('About 19,000 claims have been lodged after the gales.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma, c.proposition.theme?.text]).toEqual(['S', 'lodge', 'claims']);
  });

  it('two counts of the claims lodged clash', () => {
    expect(alertKinds('Insurers have received more than 31,000 claims since the gales on Friday.', 'About 19,000 claims have been received since the gales on Friday.')).toEqual(['numeric']);
  });

  it('"Amid claims that the weir leaked" is still hedged', () => {
    expect(first('Amid claims that the weir leaked, two engineers resigned.').certainty.cues.map((c) => c.text)).toEqual(['claims']);
  });
});

describe('verbs of coming to believe', () => {
  it('"The audit found that P" is held by the audit', () => {
    const c = first('The audit found that the trust had overspent by 4 million pounds.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma]).toEqual(['The audit', 'overspend']);
  });

  it('"The inquiry concluded that the crew had not been trained" is held by the inquiry', () => {
    const c = first('The inquiry concluded that the crew had not been trained.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma, c.proposition.negated]).toEqual(['The inquiry', 'train', true]);
  });

  it('"P, the review found." frames the clause before it', () => {
    const c = first('The levy cut traffic by a fifth, the review found.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma]).toEqual(['the review', 'cut']);
  });

  it('without "that" the thing found with its state is the act\'s object: "found a boy trapped in the mud"', () => {
    const c = first('Firefighters found a boy trapped in the mud.');
    expect([c.attribution.holder, c.proposition.actor?.text, c.proposition.predicate?.lemma]).toEqual(['S', 'Firefighters', 'find']);
  });

  it('a passive "was found alive" is the event, not a frame', () => {
    const c = first('The walker was found alive on Sunday.');
    expect([c.attribution.holder, c.proposition.predicate?.lemma]).toEqual(['S', 'find']);
  });

  it('"The inquiry concluded its hearings" keeps "conclude" as the act', () => {
    expect(first('The inquiry concluded its hearings on Friday.').proposition.predicate?.lemma).toBe('conclude');
  });

  it('"Divers found the wreck" keeps "find" as the act', () => {
    const c = first('Divers found the wreck off Lundy on Tuesday.');
    expect([c.attribution.holder, c.proposition.actor?.text, c.proposition.predicate?.lemma]).toEqual(['S', 'Divers', 'find']);
  });

  it('"found no defects" is the finders\' negated act', () => {
    const c = first('Inspectors found no defects in the cables.');
    expect([c.proposition.predicate?.lemma, c.proposition.state]).toEqual(['find', 'negated']);
  });
});
