import { describe, expect, it } from 'vitest';
import { detectOpposition } from '../../src/detect/opposition.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { OPPOSITE_PAIRS } from '../../src/lexicon/opposites.js';
import type { Attribution, Proposition, ReportingStance } from '../../src/model/claim.js';
import { makeClaim, phraseIn, predicateIn, span, spanIn } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

interface Spec {
  actor?: [string, string];
  verb?: [string, string];
  inner?: [string, string];
  theme?: [string, string];
  negated?: boolean;
  state?: Proposition['state'];
  /** The reporting verb's words, its stance and its holder. */
  stance?: [string, ReportingStance, string];
}

function claim(text: string, spec: Spec) {
  const proposition: Partial<Proposition> = {
    // A denial is its holder's negation of the clause, as extraction gives it (extract/denial.ts).
    negated: spec.negated ?? spec.stance?.[1] === 'denied',
    state: spec.state ?? ((spec.negated ?? spec.stance?.[1] === 'denied') ? 'negated' : 'affirmed'),
    ...(spec.actor ? { actor: phraseIn(text, spec.actor[0], spec.actor[1]) } : {}),
    ...(spec.verb ? { predicate: predicateIn(text, spec.verb[0], spec.verb[1]) } : {}),
    ...(spec.inner ? { inner: predicateIn(text, spec.inner[0], spec.inner[1]) } : {}),
    ...(spec.theme ? { theme: phraseIn(text, spec.theme[0], spec.theme[1]) } : {}),
  };
  const attribution: Partial<Attribution> = spec.stance
    ? { holder: spec.stance[2], holderKind: 'named', stance: spec.stance[1], verbSpan: spanIn(text, spec.stance[0]) }
    : {};
  return makeClaim({ text, proposition, attribution });
}

const russia = ['Russia', 'russia'] as [string, string];
const invitation = ['the invitation', 'invitation'] as [string, string];

describe('detectOpposition: opposing predicates and stances', () => {
  const cases = [
    {
      name: 'accepted vs rejected',
      a: claim('Russia accepted the invitation.', { actor: russia, verb: ['accepted', 'accept'], theme: invitation }),
      b: claim('Russia rejected the invitation.', { actor: russia, verb: ['rejected', 'reject'], theme: invitation }),
      strength: 0.9,
      evidence: [span(7, 'accepted'), span(7, 'rejected')],
    },
    {
      name: 'rose vs fell about the same quantity',
      a: claim('Oil prices rose on Monday.', { theme: ['Oil prices', 'oil prices'], verb: ['rose', 'rise'] }),
      b: claim('Oil prices fell on Monday.', { theme: ['Oil prices', 'oil prices'], verb: ['fell', 'fall'] }),
      strength: 0.9,
      evidence: [span(11, 'rose'), span(11, 'fell')],
    },
    {
      name: 'an alias of the actor: the Kremlin rejected vs Russia accepted',
      a: claim('The Kremlin rejected the invitation.', { actor: ['The Kremlin', 'the kremlin'], verb: ['rejected', 'reject'], theme: invitation }),
      b: claim('Russia accepted the invitation.', { actor: russia, verb: ['accepted', 'accept'], theme: invitation }),
      strength: 0.9,
      evidence: [span(12, 'rejected'), span(7, 'accepted')],
    },
    {
      name: 'approved vs vetoed (a dictionary pair)',
      a: claim('The president approved the bill.', { actor: ['The president', 'president'], verb: ['approved', 'approve'], theme: ['the bill', 'bill'] }),
      b: claim('The president vetoed the bill.', { actor: ['The president', 'president'], verb: ['vetoed', 'veto'], theme: ['the bill', 'bill'] }),
      strength: 0.9,
      evidence: [span(14, 'approved'), span(14, 'vetoed')],
    },
    {
      name: 'opposing inner predicates under one status verb',
      a: claim('Turkey confirmed it would attend the summit.', { verb: ['confirmed', 'confirm'], inner: ['attend', 'attend'], theme: ['the summit', 'summit'] }),
      b: claim('Turkey confirmed it would miss the summit.', { verb: ['confirmed', 'confirm'], inner: ['miss', 'miss'], theme: ['the summit', 'summit'] }),
      strength: 0.85,
      evidence: [span(26, 'attend'), span(26, 'miss')],
    },
    {
      name: 'confirmed vs denied about the same proposition',
      a: claim('The ministry confirmed that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], theme: ['the border', 'border'], stance: ['confirmed', 'confirmed', 'the ministry'] }),
      b: claim('The ministry denied that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], theme: ['the border', 'border'], stance: ['denied', 'denied', 'the ministry'] }),
      strength: 0.9,
      evidence: [span(13, 'confirmed'), span(13, 'denied')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectOpposition(c.a, c.b, context);
      expect(hit?.kind).toBe('opposition');
      expect(hit!.strength).toBe(c.strength);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectOpposition: no opposition', () => {
  const cases = [
    {
      name: 'the same predicate',
      a: claim('Russia accepted the invitation.', { actor: russia, verb: ['accepted', 'accept'], theme: invitation }),
      b: claim('Russia accepted the invitation.', { actor: russia, verb: ['accepted', 'accept'], theme: invitation }),
    },
    {
      name: 'a negated opposite agrees: did not reject vs accepted',
      a: claim('Russia did not reject the invitation.', { actor: russia, verb: ['reject', 'reject'], theme: invitation, negated: true }),
      b: claim('Russia accepted the invitation.', { actor: russia, verb: ['accepted', 'accept'], theme: invitation }),
    },
    {
      name: 'rose vs fell about different things',
      a: claim('Oil prices rose on Monday.', { theme: ['Oil prices', 'oil prices'], verb: ['rose', 'rise'] }),
      b: claim('Gas prices fell on Monday.', { theme: ['Gas prices', 'gas prices'], verb: ['fell', 'fall'] }),
    },
    {
      name: 'won vs lost by different actors',
      a: claim('Smith won the vote.', { actor: ['Smith', 'smith'], verb: ['won', 'win'], theme: ['the vote', 'vote'] }),
      b: claim('Jones lost the vote.', { actor: ['Jones', 'jones'], verb: ['lost', 'lose'], theme: ['the vote', 'vote'] }),
    },
    {
      name: 'both sources deny',
      a: claim('The ministry denied that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], stance: ['denied', 'denied', 'the ministry'] }),
      b: claim('The army denied that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], stance: ['denied', 'denied', 'the army'] }),
    },
    {
      // One side affirms what the other negates: polarity's case (test/detect/denial.test.ts), not the reporting verbs'.
      name: 'a plain assertion vs a denial',
      a: claim('Officials said the plant was shut.', { verb: ['shut', 'shut'], theme: ['the plant', 'plant'], stance: ['said', 'asserted', 'officials'] }),
      b: claim('The company denied the plant was shut.', { verb: ['shut', 'shut'], theme: ['the plant', 'plant'], stance: ['denied', 'denied', 'the company'] }),
    },
    {
      name: 'a confirmed negation agrees with a denial',
      a: claim('The ministry confirmed that troops did not cross the border.', { actor: ['troops', 'troops'], verb: ['cross', 'cross'], negated: true, stance: ['confirmed', 'confirmed', 'the ministry'] }),
      b: claim('The army denied that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], stance: ['denied', 'denied', 'the army'] }),
    },
    {
      name: 'a pending decision is left to the status detector',
      a: claim('Russia has yet to accept the invitation.', { actor: russia, verb: ['accept', 'accept'], theme: invitation, state: 'pending' }),
      b: claim('Russia rejected the invitation.', { actor: russia, verb: ['rejected', 'reject'], theme: invitation }),
    },
    {
      name: 'a denial about a different proposition',
      a: claim('The ministry confirmed that troops crossed the border.', { actor: ['troops', 'troops'], verb: ['crossed', 'cross'], stance: ['confirmed', 'confirmed', 'the ministry'] }),
      b: claim('The ministry denied that troops shelled the town.', { actor: ['troops', 'troops'], verb: ['shelled', 'shell'], stance: ['denied', 'denied', 'the ministry'] }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectOpposition(c.a, c.b, context)).toBeNull();
      expect(detectOpposition(c.b, c.a, context)).toBeNull();
    });
  }
});

describe('OPPOSITE_PAIRS', () => {
  const LEMMA = /^[a-z]+(?:-[a-z]+)*$/;
  it('holds at least 150 pairs of lower-case lemmas', () => {
    expect(OPPOSITE_PAIRS.length).toBeGreaterThanOrEqual(150);
    const bad = OPPOSITE_PAIRS.flat().filter((w) => !LEMMA.test(w));
    expect(bad).toEqual([]);
  });
  it('has no duplicate pair in either order and no word opposed to itself', () => {
    const keys = OPPOSITE_PAIRS.map(([x, y]) => [x, y].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(OPPOSITE_PAIRS.filter(([x, y]) => x === y)).toEqual([]);
  });
  it('covers the pairs news most often needs, in both directions', () => {
    const needed: [string, string][] = [
      ['accept', 'reject'], ['approve', 'reject'], ['approve', 'veto'], ['rise', 'fall'], ['increase', 'decrease'],
      ['gain', 'lose'], ['win', 'lose'], ['confirm', 'deny'], ['open', 'close'], ['strengthen', 'weaken'],
      ['raise', 'lower'], ['allow', 'ban'], ['grant', 'refuse'], ['admit', 'deny'], ['support', 'oppose'],
      ['expand', 'shrink'], ['hire', 'fire'], ['acquit', 'convict'], ['arrive', 'depart'], ['agree', 'disagree'],
      ['pass', 'fail'], ['attack', 'defend'],
    ];
    const missing = needed.filter(([x, y]) => !context.lexicon.opposites.get(x)?.has(y) || !context.lexicon.opposites.get(y)?.has(x));
    expect(missing).toEqual([]);
  });
});
