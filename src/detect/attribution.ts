import type { Claim, Quote } from '../model/claim.js';
import type { Span } from '../model/span.js';
import {
  ATTRIBUTION_MIN_SIMILARITY,
  ATTRIBUTION_QUOTE_STRENGTH,
  ATTRIBUTION_TEXT_STRENGTH,
} from '../lexicon/detector-strengths.js';
import { sameName } from './actor.js';
import { sameWords, similarityReaching, speakerOf, wordsOf, type Word } from './quote.js';
import { creditedSpeaker, distinguishable, familyName, isOutlet, twoLeaders } from './speakers.js';
import type { Lexicon } from '../lexicon/index.js';
import { PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Detector, DetectorHit } from './types.js';
import { twoBearersOfOneName } from '../match/personal-names.js';
import { perClaim } from '../relate/per-claim.js';

type Aliases = ReadonlyMap<string, string>;

// A complementizer after the reporting verb is optional: "said that the talks failed" = "said the talks failed".
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that']);

function sameOrNear(a: readonly Word[], b: readonly Word[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return sameWords(a, b) || similarityReaching(a, b, ATTRIBUTION_MIN_SIMILARITY) !== null;
}

function differentSpeakers(rawX: string | undefined, rawY: string | undefined, lexicon: Lexicon): boolean {
  if (rawX === undefined || rawY === undefined) return false;
  const [x, y] = [creditedSpeaker(rawX), creditedSpeaker(rawY)];
  // An outlet that carries a person's words is the channel, not a second speaker ("…," Gul said / "…," she told Tolo News).
  if (isOutlet(x, lexicon) !== isOutlet(y, lexicon)) return false;
  if (twoLeaders(x, y, lexicon)) return true;
  if (sameName(x, y, lexicon.aliases)) return false;
  // Only two names can be told apart: "the network's director" may well be "Anna Gerber".
  if (!distinguishable(x, y, lexicon)) return false;
  // "Union leader Raúl Quiroga" and "confederation leader Raúl Quiroga" are one person, titled two ways; "Ruth Ashby"
  // and "Tom Ashby" are two who share a family name (match/personal-names.ts).
  return familyName(x) !== familyName(y) || twoBearersOfOneName(x, y);
}

// The holder's own words mark who is credited; without them the quote itself is the evidence.
function creditSpan(claim: Claim, quote: Quote, speaker: string, aliases: Aliases): Span {
  const { holder, holderKind, holderSpan } = claim.attribution;
  const holderIsSpeaker = holderKind === 'named' && sameName(holder, speaker, aliases);
  return holderIsSpeaker && holderSpan ? holderSpan : quote.span;
}

function quoteHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const aliases = lexicon.aliases;
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      const sa = speakerOf(a, qa);
      const sb = speakerOf(b, qb);
      if (!sa || !sb || !differentSpeakers(sa, sb, lexicon)) continue;
      if (!sameOrNear(wordsOf(qa.span).words, wordsOf(qb.span).words)) continue;
      return {
        kind: 'attribution',
        strength: ATTRIBUTION_QUOTE_STRENGTH,
        evidence: [creditSpan(a, qa, sa, aliases), creditSpan(b, qb, sb, aliases)],
        detail: `the same words credited to ${creditedSpeaker(sa)} and to ${creditedSpeaker(sb)}`,
      };
    }
  }
  return null;
}

function inside(word: Word, offset: number, span: { start: number; end: number } | undefined): boolean {
  return span !== undefined && word.start + offset >= span.start && word.end + offset <= span.end;
}

/**
 * The words of a claim outside its frame (the holder, the reporting verb and what stands between them, as the
 * description in "said the skipper, Nell Trago"): what is said, apart from who says it.
 */
const saidWords: (claim: Claim) => readonly Word[] = perClaim(readSaidWords);

function readSaidWords(claim: Claim): Word[] {
  const { holderSpan, verbSpan } = claim.attribution;
  const frame = holderSpan && verbSpan ? { start: Math.min(holderSpan.start, verbSpan.start), end: Math.max(holderSpan.end, verbSpan.end) } : (holderSpan ?? verbSpan);
  const offset = claim.span.start;
  return wordsOf(claim.span).words.filter((w) => !inside(w, offset, frame) && !COMPLEMENTIZERS.has(w.lower));
}

function textHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [ha, hb] = [a.attribution, b.attribution];
  if (ha.holderKind !== 'named' || hb.holderKind !== 'named') return null;
  if (!differentSpeakers(ha.holder, hb.holder, lexicon)) return null;
  // "… when the ferry capsized": a clause the sentence subordinates is its setting, not the words credited to the holder.
  if (a.mainClaimId !== undefined || b.mainClaimId !== undefined) return null;
  if (figuresDiffer(a, b) || !sameOrNear(saidWords(a), saidWords(b))) return null;
  return {
    kind: 'attribution',
    strength: ATTRIBUTION_TEXT_STRENGTH,
    evidence: [ha.holderSpan ?? a.span, hb.holderSpan ?? b.span],
    detail: `the same claim credited to ${ha.holder} and to ${hb.holder}`,
  };
}

/** "12 people died" / "40 people died": words alike but figures not are two claims (the numeric detector's), not one credited twice. */
function figuresDiffer(a: Claim, b: Claim): boolean {
  const figures = (c: Claim) => c.quantities.map((q) => q.span.text.toLowerCase()).sort().join('|');
  return figures(a) !== figures(b);
}

const PRONOUNS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS);

/** The words that credit the claim are a personal pronoun ("he told", "she said"), whatever name the holder was resolved to. */
function creditedByPronoun(claim: Claim): boolean {
  const said = claim.attribution.holderSpan?.text.trim().toLowerCase();
  return said !== undefined && PRONOUNS.has(said);
}

/**
 * The same words credited to different named speakers: identical or near-identical quotes first, then
 * (weaker, since two people may say one thing) the same unquoted claim. Anonymous holders are not credited.
 */
export const detectAttribution: Detector = (a, b, context) => {
  // "…," she said: who "she" is rests on resolving the pronoun, so the two speakers cannot be told apart.
  if (creditedByPronoun(a) || creditedByPronoun(b)) return null;
  if (a.quotes.length > 0 && b.quotes.length > 0) return quoteHit(a, b, context.lexicon);
  return textHit(a, b, context.lexicon);
};
