import type { Claim } from '../model/claim.js';
import { stem } from './keys.js';
import { HEARSAY_NOUNS } from '../lexicon/status-cues.js';
import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { FALSE_VALUE_WORDS, REBUTTING_ADJECTIVES, TRUTH_VALUE_AMPLIFIERS } from '../lexicon/truth-value-cues.js';

/** Stems of the nouns of what someone told (FrameNet Statement and Text nouns, and hearsay: reports, rumours). */
const STORY_STEMS: ReadonlySet<string> = new Set([...TEXT_NOUNS, ...HEARSAY_NOUNS].map((w) => stem(w)));
const FALSE: ReadonlySet<string> = new Set([...FALSE_VALUE_WORDS, ...REBUTTING_ADJECTIVES]);
const AMPLIFIERS: ReadonlySet<string> = new Set([...TRUTH_VALUE_AMPLIFIERS, 'categorically', 'wholly']);
/** Determiners that point back to something just told ("these reports", "the claims", "such rumours"). */
const ANAPHORIC = new Set(['these', 'those', 'this', 'that', 'the', 'such']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * "These reports are untrue", "The claims are completely false", "Such rumours are not true": a sentence that opens by
 * calling a story noun false. Returns that noun's stem, or undefined.
 */
function rebuttedStoryStem(text: string): string | undefined {
  const word = wordsOf(text.toLowerCase());
  if (!ANAPHORIC.has(word(0) ?? '') || !COPULAS.has(word(2) ?? '')) return undefined;
  const noun = stem(word(1) ?? '');
  if (!STORY_STEMS.has(noun)) return undefined;
  let k = 3;
  const negated = word(k) === 'not';
  if (negated) k++;
  while (AMPLIFIERS.has(word(k) ?? '')) k++;
  const value = word(k) ?? '';
  return negated ? (value === 'true' || value === 'correct' || value === 'accurate' ? noun : undefined) : FALSE.has(value) ? noun : undefined;
}

const WORD = /[\p{L}'-]+/gu;

/**
 * The k-th word of a text, the words read only as far as they are asked for: the rebuttal is told by a sentence's first
 * few words, and most sentences fail on the first, so the rest of each sentence is never split.
 */
function wordsOf(text: string): (k: number) => string | undefined {
  const words: string[] = [];
  const rest = text.matchAll(WORD);
  return (k) => {
    while (words.length <= k) {
      const next = rest.next();
      if (next.done) return undefined;
      words.push(next.value[0]);
    }
    return words[k];
  };
}

/**
 * The claim's holder is a story noun, not someone's own word ("reports that …", "rumours on social media"); with `noun`,
 * that story noun (its stem).
 */
export function heldByStory(c: Claim, noun?: string): boolean {
  if (c.attribution.holderKind === 'author') return false;
  const holderWords = c.attribution.holder.toLowerCase().match(/\p{L}+/gu) ?? [];
  return holderWords.some((w) => (noun === undefined ? STORY_STEMS.has(stem(w)) : stem(w) === noun));
}

/** The claim is carried by the story noun: its holder names it ("rumours on social media") or its verb is it ("reported"). */
function carriedBy(c: Claim, noun: string): boolean {
  if (c.attribution.holderKind === 'author') return false;
  return heldByStory(c, noun) || (c.attribution.verb !== undefined && stem(c.attribution.verb) === noun);
}

/**
 * "Rumours suggest the ferry will end in May. These rumours are untrue.": the claims of the sentence before that the
 * rebutted story noun carries are not put forward by the document but denied, in the rebutting sentence's voice
 * (its holder and sources). `built` are the rebutting sentence's claims; `previous` the sentence before's.
 */
export function rebutPreviousStory(built: readonly Claim[], previous: readonly Claim[] | undefined, sentenceText: string): void {
  if (!previous || built.length === 0) return;
  const noun = rebuttedStoryStem(sentenceText);
  if (noun === undefined) return;
  const rebutter = built[0]!.attribution;
  for (const c of previous) {
    if (!carriedBy(c, noun)) continue;
    const { verbSpan: _verb, timeSpan: _time, holderSpan: _holder, verb: _lemma, ...voice } = rebutter;
    c.attribution = { ...voice, stance: 'denied', sourceIds: c.attribution.sourceIds, markers: c.attribution.markers, ambiguous: c.attribution.ambiguous };
    denyProposition(c, built[0]!.span);
  }
}

/**
 * The denial stands as the proposition's negator, as for "denied that …" (extract/denial.ts): a negation already in the
 * clause cancels against it ("reports that it will not reopen are untrue" holds that it will reopen). The rebutting
 * sentence is the negation's cue and scope. A pending proposition stays pending (the status detector's case).
 */
function denyProposition(c: Claim, rebuttal: Claim['span']): void {
  const p = c.proposition;
  if (p.state === 'pending') return;
  if (p.negated) {
    const { negation: _negation, stateCue: _cue, ...rest } = p;
    c.proposition = { ...rest, negated: false, state: 'affirmed' };
    return;
  }
  c.proposition = { ...p, negated: true, state: 'negated', negation: { cue: rebuttal, scope: rebuttal }, stateCue: rebuttal };
}
