import levenshtein from 'fast-levenshtein';
import type { Claim, Quote } from '../model/claim.js';
import { spanOf, type Span } from '../model/span.js';
import { tokenize } from '../segment/tokens.js';
import {
  QUOTE_CHARACTERISATION_WORDS,
  QUOTE_MAX_STRENGTH,
  QUOTE_MAX_CHANGED_WORDS,
  QUOTE_MIN_LENGTH_RATIO,
  QUOTE_MIN_SHARED_SHARE,
  QUOTE_MIN_UNNAMED_WORDS,
  QUOTE_MIN_SIMILARITY,
  QUOTE_MIN_STRENGTH,
  QUOTE_REWORDED_STRENGTH,
  QUOTE_SHORT_STRENGTH,
  QUOTE_SHORT_WORDS,
} from '../lexicon/detector-strengths.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import type { Lexicon } from '../lexicon/index.js';
import { stem } from '../extract/keys.js';
import { sameName } from './actor.js';
import { sameQuoteWords, spellingVariants, transcribedAlike } from './quote-variants.js';
import { distinguishable, twoLeaders } from './speakers.js';
import type { Detector, DetectorHit } from './types.js';
import { changedSentenceHit } from './quote-sentences.js';
import { rewordedRemark, twoChangedPhrases, twoEndings } from './quote-rewording.js';

const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** A word of a span: its lower-case form and its offsets inside that span's text. */
export interface Word {
  lower: string;
  start: number;
  end: number;
}

/** The words of a span (punctuation dropped), with the span they were read from. */
export interface Words {
  source: Span;
  words: Word[];
}

// Typographic apostrophes become ASCII so "won’t" and "won't" are one word; the length is unchanged.
const CURLY_APOSTROPHE = /[’‘]/g;

/** A span's words, read once per span object: a claim's quotes are compared with those of every claim it is paired with. */
export function wordsOf(source: Span): Words {
  let words = wordsBySpan.get(source);
  if (!words) wordsBySpan.set(source, (words = readWords(source)));
  return words;
}
const wordsBySpan = new WeakMap<Span, Words>();

function readWords(source: Span): Words {
  const view = source.text.replace(CURLY_APOSTROPHE, "'");
  const words = tokenize(view)
    .filter((t) => t.kind !== 'punct')
    .map((t) => ({ lower: t.lower, start: t.start, end: t.end }));
  return { source, words };
}

/** The absolute span of words[from, to) of a source span, with the original characters between them. */
export function spanOfWords(of: Words, from: number, to: number): Span {
  const local = spanOf(of.source.text, of.words[from]!.start, of.words[to - 1]!.end);
  return { ...local, start: of.source.start + local.start, end: of.source.start + local.end };
}

/**
 * Character similarity of two word sequences (1 − levenshtein ÷ the longer length, in [0, 1]) when it reaches
 * `floor`, else null. The edit distance is at least the difference in length, so 1 − that difference ÷ the longer
 * length bounds the similarity from above: below `floor`, the distance itself need not be computed.
 */
export function similarityReaching(a: readonly Word[], b: readonly Word[], floor: number): number | null {
  const ja = a.map((w) => w.lower).join(' ');
  const jb = b.map((w) => w.lower).join(' ');
  const longer = Math.max(ja.length, jb.length);
  if (longer === 0) return floor <= 1 ? 1 : null;
  if (1 - Math.abs(ja.length - jb.length) / longer < floor) return null;
  const sim = 1 - levenshtein.get(ja, jb) / longer;
  return sim >= floor ? sim : null;
}

export function sameWords(a: readonly Word[], b: readonly Word[]): boolean {
  return a.length === b.length && a.every((w, i) => w.lower === b[i]?.lower);
}

/**
 * Who said a quote: its speaker, else the claim's named holder. A speaker that is only the claim's
 * anonymous or author holder copied onto the quote ("some reports", the outlet) names no one.
 */
export function speakerOf(claim: Claim, quote: Quote): string | undefined {
  const { holder, holderKind } = claim.attribution;
  const speaker = quote.speaker ?? holder;
  const isHolder = speaker.trim().toLowerCase() === holder.trim().toLowerCase();
  return isHolder && holderKind !== 'named' ? undefined : speaker;
}

/** One word, or one word spelled two ways: the misquote's evidence is where the words really differ. */
function sameWord(x: Word, y: Word): boolean {
  return x.lower === y.lower || spellingVariants(x.lower, y.lower);
}

function commonPrefix(a: readonly Word[], b: readonly Word[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameWord(a[n]!, b[n]!)) n += 1;
  return n;
}

function commonSuffix(a: readonly Word[], b: readonly Word[], prefix: number): number {
  let n = 0;
  const room = Math.min(a.length, b.length) - prefix;
  while (n < room && sameWord(a[a.length - 1 - n]!, b[b.length - 1 - n]!)) n += 1;
  return n;
}

/**
 * Word-level alignment of two near-identical quotes: the common prefix and suffix are trimmed and what is
 * left on each side is the differing words. A pure insertion borrows its neighbour so both sides are words.
 */
export function differingWords(x: Words, y: Words): [Span, Span] {
  const [a, b] = [x.words, y.words];
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  let [fromA, toA, fromB, toB] = [prefix, a.length - suffix, prefix, b.length - suffix];
  if (fromA === toA || fromB === toB) {
    if (prefix > 0) [fromA, fromB] = [fromA - 1, fromB - 1];
    else [toA, toB] = [toA + 1, toB + 1];
  }
  return [spanOfWords(x, fromA, toA), spanOfWords(y, fromB, toB)];
}

function samePredicate(a: Claim, b: Claim): boolean {
  const la = a.proposition.predicate?.lemma;
  const lb = b.proposition.predicate?.lemma;
  return la === undefined || lb === undefined || la === lb;
}

function bothHavePredicates(a: Claim, b: Claim): boolean {
  return a.proposition.predicate !== undefined && b.proposition.predicate !== undefined;
}

/** A claim's keys outside its quotes: the frame a quote is said in ("the minister called the audit …"). */
function frameKeys(c: Claim): Set<string> {
  const quoted = new Set(c.quotes.flatMap((q) => wordsOf(q.span).words.map((w) => stem(w.lower))));
  return new Set(c.keys.filter((k) => !quoted.has(k)));
}

/**
 * One thing characterised on both sides: the frame of one claim holds the other's whole frame, and that frame names
 * more than the act itself ("called the audit" / "called the audit … on Monday").
 */
function sameTheme(a: Claim, b: Claim): boolean {
  const [fa, fb] = [frameKeys(a), frameKeys(b)];
  const [small, large] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  return small.size >= 2 && [...small].every((k) => large.has(k));
}

// Strength falls linearly from the maximum (one letter apart) to the minimum (at the similarity threshold).
function nearStrength(sim: number): number {
  const share = (sim - QUOTE_MIN_SIMILARITY) / (1 - QUOTE_MIN_SIMILARITY);
  return QUOTE_MIN_STRENGTH + (QUOTE_MAX_STRENGTH - QUOTE_MIN_STRENGTH) * share;
}

/** The strength of two different quotes being one misquoted statement, or null when they are two statements. */
function misquoteStrength(x: Words, y: Words, a: Claim, b: Claim): number | null {
  const [na, nb] = [x.words.length, y.words.length];
  if (Math.max(na, nb) <= QUOTE_SHORT_WORDS) {
    // One or two words carry no context of their own: the same act ("called it …") must frame both.
    if (na === nb && samePredicate(a, b)) return QUOTE_SHORT_STRENGTH;
  }
  // A short characterisation of one theme by one act ("called the audit 'accurate and fair'" / "… 'misleading'").
  if (Math.max(na, nb) <= QUOTE_CHARACTERISATION_WORDS) {
    if (bothHavePredicates(a, b) && samePredicate(a, b) && sameTheme(a, b)) return QUOTE_SHORT_STRENGTH;
    // "accurate in every detail" / "misleading in every detail": one word changed in a short statement.
    return oneChangedPhrase(x.words, y.words) ? QUOTE_SHORT_STRENGTH : null;
  }
  if (Math.min(na, nb) / Math.max(na, nb) < QUOTE_MIN_LENGTH_RATIO) return null;
  const sim = similarityReaching(x.words, y.words, QUOTE_MIN_SIMILARITY);
  if (sim !== null) return nearStrength(sim);
  if (oneChangedPhrase(x.words, y.words)) return QUOTE_MIN_STRENGTH;
  return rewordedRemark(x.words, y.words) || twoEndings(x.words, y.words) || twoChangedPhrases(x.words, y.words) ? QUOTE_REWORDED_STRENGTH : null;
}

/**
 * The two quotes share their opening and closing words and differ in one short stretch of content words on each
 * side ("We continue to work with the council" / "We have stopped working with the council"): one statement with
 * a changed phrase. A stretch empty on one side is a partial quote inside the full one, no clash.
 */
export function oneChangedPhrase(a: readonly Word[], b: readonly Word[]): boolean {
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const [changedA, changedB] = [a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)];
  if (changedA.length === 0 || changedB.length === 0) return false;
  if (Math.max(changedA.length, changedB.length) > QUOTE_MAX_CHANGED_WORDS) return false;
  if ((prefix + suffix) / Math.max(a.length, b.length) < QUOTE_MIN_SHARED_SHARE) return false;
  // An inflection changed ("3 breast prosthesis" / "3 breasts prosthesis") is one word, not a misquote.
  const stems = (ws: readonly Word[]) => ws.filter((w) => !FUNCTION.has(w.lower)).map((w) => stem(w.lower)).join(' ');
  return stems(changedA) !== stems(changedB) && [...changedA, ...changedB].some((w) => !FUNCTION.has(w.lower));
}

/** The words of `part` stand together, in order, inside `whole`. */
function partOf(part: readonly Word[], whole: readonly Word[]): boolean {
  if (part.length >= whole.length) return false;
  const key = (ws: readonly Word[]) => ` ${ws.map((w) => w.lower).join(' ')} `;
  return key(whole).includes(key(part));
}

/** One name under two aliases ("ISIL" / "ISIS"): both forms map to one canonical actor. */
function aliasOf(lexicon: Lexicon): (x: string, y: string) => boolean {
  return (x, y) => {
    const key = lexicon.aliases.get(x);
    return key !== undefined && key === lexicon.aliases.get(y);
  };
}

function quoteHit(qa: Quote, qb: Quote, a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const x = wordsOf(qa.span);
  const y = wordsOf(qb.span);
  if (x.words.length === 0 || y.words.length === 0 || sameWords(x.words, y.words)) return null;
  // The same words spelled another way (accents, British/American, a contracted auxiliary, an alias) are one quote.
  if (sameQuoteWords(x.words.map((w) => w.lower), y.words.map((w) => w.lower), aliasOf(lexicon))) return null;
  // The same words but for an inflection ("two wheel trailer" / "two wheels trailer") are one quote, transcribed twice.
  if (x.words.length === y.words.length && x.words.every((w, i) => stem(w.lower) === stem(y.words[i]!.lower))) return null;
  // "continue to work with the state" inside "We continue to work with the state": a partial quote of the full one.
  if (partOf(x.words, y.words) || partOf(y.words, x.words)) return null;
  const strength = misquoteStrength(x, y, a, b);
  if (strength === null) return null;
  const evidence = differingWords(x, y);
  return { kind: 'quote', strength, evidence, detail: `"${evidence[0].text}" vs "${evidence[1].text}" in the same quote` };
}

/** Both claims credit their quotes to one unnamed description of a speaker ("a spokesperson", "officials"). */
function sameDescribedSpeaker(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [ha, hb] = [a.attribution, b.attribution];
  return ha.holderKind === 'anonymous' && hb.holderKind === 'anonymous' && sameName(ha.holder, hb.holder, lexicon.aliases);
}

/**
 * Neither quote names its speaker: each sits in the writer's voice or is credited to an unnamed description ("a
 * spokesperson said"), so nothing tells two speakers apart.
 */
function noSpeakerNamed(a: Claim, b: Claim, sa: string | undefined, sb: string | undefined): boolean {
  const unnamed = (c: Claim) => c.attribution.holderKind === 'author' || c.attribution.holderKind === 'anonymous';
  return sa === undefined && sb === undefined && unnamed(a) && unnamed(b);
}

/** One changed phrase in one statement, the quotes otherwise word for word (spelling aside). */
function changedPhraseHit(qa: Quote, qb: Quote): DetectorHit | null {
  const x = wordsOf(qa.span);
  const y = wordsOf(qb.span);
  if (x.words.length < QUOTE_MIN_UNNAMED_WORDS || !oneChangedPhrase(x.words, y.words)) return null;
  const evidence = differingWords(x, y);
  return { kind: 'quote', strength: QUOTE_MIN_STRENGTH, evidence, detail: `"${evidence[0].text}" vs "${evidence[1].text}" in the same quote` };
}

/**
 * The same speaker quoted with near-identical but different words: a misquote on one side. Every pair of
 * quotes by one speaker is tried; the strongest near-identical pair is reported.
 */
export const detectQuote: Detector = (a, b, context) => {
  let best: DetectorHit | null = null;
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      // "tough job" / "it's a tough job": one remark transcribed twice, or in part, is no misquote.
      if (transcribedAlike(wordsOf(qa.span).words, wordsOf(qb.span).words)) continue;
      const sa = speakerOf(a, qa);
      const sb = speakerOf(b, qb);
      if (!sa || !sb) {
        // Two unnamed speakers described alike ("a spokesperson said") may be one: only one changed phrase in one statement counts.
        // Quotes neither report credits to anyone (the writer's own) are compared sentence by sentence: one long sentence
        // changed in one phrase is one remark misquoted.
        const hit = sameDescribedSpeaker(a, b, context.lexicon) ? changedPhraseHit(qa, qb) : noSpeakerNamed(a, b, sa, sb) ? changedSentenceHit(qa, qb) : null;
        if (hit && (!best || hit.strength > best.strength)) best = hit;
        continue;
      }
      if ((twoLeaders(sa, sb, context.lexicon) || !sameName(sa, sb, context.lexicon.aliases)) && distinguishable(sa, sb, context.lexicon)) continue;
      const hit = quoteHit(qa, qb, a, b, context.lexicon);
      if (hit && (!best || hit.strength > best.strength)) best = hit;
    }
  }
  return best;
};
