import { describe, expect, it } from 'vitest';
import { holderMatch } from '../../src/eval/stance-holder.js';
import { stanceFeatures, stanceSide } from '../../src/eval/stance-features.js';
import type { Claim } from '../../src/model/claim.js';
import { spanOf } from '../../src/model/span.js';
import { claimAt } from './builders.js';

/** A claim over all of `text`, attributed to `holder` (the author when absent), with an optional actor. */
function claim(id: string, text: string, parts: { holder?: string; actor?: string } = {}): Claim {
  const base = claimAt(id, id, text, 0, text.length, parts.holder === undefined ? {} : { stance: 'claimed' });
  const span = spanOf(text, 0, text.length);
  return {
    ...base,
    attribution: parts.holder === undefined ? { ...base.attribution, holder: id, holderKind: 'author' } : { ...base.attribution, holder: parts.holder, holderKind: 'named' },
    proposition: { ...base.proposition, ...(parts.actor === undefined ? {} : { actor: { text: parts.actor, key: parts.actor.toLowerCase(), span } }) },
  };
}
const stems = (text: string) => stanceSide(text, []).profile.stemSet;

describe('holderMatch', () => {
  const claimText = 'A harbour pilot says he saw the ferry sink';
  const said = claim('c', claimText, { holder: 'a harbour pilot' });

  it('a report held by the claim\'s own holder repeats the claim', () => {
    const report = claim('r', 'Harbour pilot claims ferry sank', { holder: 'harbour pilot' });
    expect(holderMatch([said], [report], stems(claimText))).toEqual({ same: 1, other: 0 });
  });

  it('a report held by the claim\'s actor repeats it too', () => {
    const text = 'The ferry company sold its last ship';
    const asserted = claim('c', text, { actor: 'The ferry company' });
    const report = claim('r', 'Ferry company says it sold last ship', { holder: 'ferry company' });
    expect(holderMatch([asserted], [report], stems(text))).toEqual({ same: 1, other: 0 });
  });

  it('a report held by someone the claim does not name only reports it', () => {
    const report = claim('r', 'Ferry sank in harbour, coastguard claims', { holder: 'coastguard' });
    expect(holderMatch([said], [report], stems(claimText))).toEqual({ same: 0, other: 1 });
  });

  it('a report in the author\'s own voice has no holder to match (hard negative)', () => {
    expect(holderMatch([said], [claim('r', 'Ferry sank in harbour')], stems(claimText))).toEqual({ same: 0, other: 0 });
    expect(holderMatch([said], [], stems(claimText))).toEqual({ same: 0, other: 0 });
  });

  it('the same denial twice by the claim\'s holder is still the same holder, once', () => {
    const denial = claim('r1', 'Harbour pilot denies ferry sank', { holder: 'harbour pilot' });
    const again = claim('r2', 'Harbour pilot denies it again', { holder: 'harbour pilot' });
    expect(holderMatch([said], [denial, again], stems(claimText))).toEqual({ same: 1, other: 0 });
  });
});

describe('stance features of a one-line report: holder, factive verb, question, shared attribution', () => {
  const none = { matchClaims: () => 0, compareClaims: () => null };
  const features = (claimText: string, claims: Claim[], reportText: string, reportClaims: Claim[]) =>
    stanceFeatures(stanceSide(claimText, claims), stanceSide(reportText, reportClaims), none);
  const claimText = 'A harbour pilot says he saw the ferry sink';
  const said = claim('c', claimText, { holder: 'a harbour pilot' });

  it('for: the claim\'s holder repeats it, both attribute', () => {
    const text = 'Harbour pilot claims he saw ferry sink';
    const f = features(claimText, [said], text, [claim('r', text, { holder: 'harbour pilot' })]);
    expect(f).toMatchObject({ shortSameHolder: 1, shortOtherHolder: 0, shortSharedAttribution: 1, shortFactive: 0 });
  });

  it('for: a factive frame asserts', () => {
    const text = 'Video shows the ferry sinking';
    expect(features('The ferry sank', [], text, [])).toMatchObject({ shortFactive: Math.log1p(1), shortSharedAttribution: 0 });
  });

  it('observing: another holder, a question that is not answered', () => {
    const text = 'Did the ferry sink? Coastguard claims so';
    const f = features('The ferry sank', [claim('c', 'The ferry sank', { actor: 'The ferry' })], text, [claim('r', text, { holder: 'coastguard' })]);
    expect(f).toMatchObject({ shortOtherHolder: 1, shortSameHolder: 0, shortQuestionOpens: 1, shortQuestionAnswered: 1, shortQuestionEnds: 0, shortSharedAttribution: 0 });
    expect(features('The ferry sank', [], 'Did the ferry sink?', [])).toMatchObject({ shortQuestionEnds: 1, shortQuestionAnswered: 0 });
  });

  it('against, hedged report of a denial: the frame cues are read, not a holder match', () => {
    const text = 'Pilot reportedly denies ferry sank';
    const f = features('The ferry sank', [], text, []);
    expect(f).toMatchObject({ shortDenial: Math.log1p(1), shortHedge: Math.log1p(1), shortSameHolder: 0, shortOtherHolder: 0, shortFactive: 0 });
  });

  it('a long body leaves every one-line feature at 0', () => {
    const body = Array.from({ length: 12 }, () => 'Harbour pilot claims the ferry sank. Did it?').join(' ');
    const f = features(claimText, [said], body, [claim('r', body, { holder: 'harbour pilot' })]);
    expect(f).toMatchObject({ short: 0, shortSameHolder: 0, shortSharedAttribution: 0, shortQuestionEnds: 0, shortFactive: 0 });
  });
});
