import { describe, expect, it } from 'vitest';
import { checkDraft, DRAFT_MIN_MATCH } from '../../src/draft/check-draft.js';
import { verdictOf, type DraftEvidence } from '../../src/draft/verdict.js';
import { DEFAULT_MIN_MATCH } from '../../src/match/index.js';
import { makeClaim } from '../helpers/make-claim.js';

const SOURCES = {
  '1': 'The minister will attend the summit in Rome on Friday.',
  '2': 'At least 40 people died in the flood in Porto.',
  '3': 'The city council approved the budget for the new bridge.',
};

function verdicts(draft: string) {
  return checkDraft(draft, SOURCES).map((c) => ({ text: c.claim.text, verdict: c.verdict, cited: c.cited, markers: c.evidence.map((e) => `${e.marker}:${e.relation}`) }));
}

describe('checkDraft', () => {
  it('supported: a cited source says the same', () => {
    expect(verdicts('The minister will attend the summit in Rome on Friday [1].')).toEqual([
      { text: 'The minister will attend the summit in Rome on Friday', verdict: 'supported', cited: ['1'], markers: ['1:supports'] },
    ]);
  });

  it('contradicted: a cited source says otherwise, with the conflict and both spans', () => {
    const draft = 'The minister will not attend the summit in Rome on Friday [1].';
    const [check] = checkDraft(draft, SOURCES);
    expect(check!.verdict).toBe('contradicted');
    expect(check!.conflict?.kind).toBe('polarity');
    expect(check!.conflict?.evidence.map((e) => [e.documentId, e.span])).toEqual([
      ['draft', { start: 18, end: 28, text: 'not attend' }],
      ['source-1', { start: 18, end: 24, text: 'attend' }],
    ]);
    expect(draft.slice(18, 28)).toBe('not attend');
  });

  it('misattributed: the cited source does not say it while another one does', () => {
    expect(verdicts('At least 40 people died in the flood in Porto [3].')).toEqual([
      { text: 'At least 40 people died in the flood in Porto', verdict: 'misattributed', cited: ['3'], markers: ['2:supports'] },
    ]);
  });

  it('unverified: no source speaks to it', () => {
    expect(verdicts('The striker signed a new contract with the club [2].')).toEqual([
      { text: 'The striker signed a new contract with the club', verdict: 'unverified', cited: ['2'], markers: [] },
    ]);
  });

  it('checks each claim of a longer draft on its own', () => {
    const draft = 'The minister will attend the summit in Rome on Friday [1]. Only 12 people died in the flood in Porto [2].';
    expect(checkDraft(draft, SOURCES).map((c) => [c.verdict, c.conflict?.kind])).toEqual([
      ['supported', undefined],
      ['contradicted', 'numeric'],
    ]);
  });

  it('uses the pipeline’s own pairing threshold', () => {
    expect(DRAFT_MIN_MATCH).toBe(DEFAULT_MIN_MATCH);
  });
});

describe('verdictOf', () => {
  const claim = makeClaim({ text: 'The minister will attend the summit' });
  const supports = (marker: string, cited: boolean): DraftEvidence => ({ marker, cited, claim, match: 1, relation: 'supports' });
  const contradicts = (marker: string, cited: boolean): DraftEvidence => ({ marker, cited, claim, match: 1, relation: 'contradicts' });

  it('ranks a cited clash above a cited agreement, and an uncited one only makes a misattribution', () => {
    expect(verdictOf([supports('1', true), contradicts('2', true)], false)).toBe('contradicted');
    expect(verdictOf([supports('1', true), contradicts('2', true)], true)).toBe('supported');
    expect(verdictOf([contradicts('2', true)], true)).toBe('contradicted');
    expect(verdictOf([supports('2', false)], false)).toBe('misattributed');
    expect(verdictOf([contradicts('2', false)], false)).toBe('unverified');
    expect(verdictOf([], false)).toBe('unverified');
  });
});
