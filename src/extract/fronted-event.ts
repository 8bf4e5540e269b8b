import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import { isVerbLemma, verbsOfNominalisation } from '../relate/wordnet.js';
import type { SegmentedDocument, Sentence } from '../segment/segment.js';
import type { Token } from '../segment/tokens.js';
import { contentKeys, stem } from './keys.js';
import { extractPlaces } from './places.js';
import { extractTimes } from './times.js';

/**
 * Temporal prepositions that open a fronted phrase around an event noun ("Before his arrest near Lyon in May
 * 2010, …"; Quirk et al. 1985, § 9.39, time-relationship prepositions before a deverbal noun, § 17.51).
 */
const TIME_PREPOSITIONS = new Set(['before', 'after', 'since', 'following', 'until']);
/** Possessive determiners whose referent is the main clause's subject, named after them (cataphora, Quirk § 19.47). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** The fronted phrase ends at the comma before the main clause, at most this many tokens in. */
const MAX_PHRASE_TOKENS = 16;

/** The verb an event noun names: a derived noun's verb ("resignation" → resign) or the same word ("capture"). */
export function eventVerb(noun: string): string | undefined {
  return verbsOfNominalisation(noun)[0] ?? (isVerbLemma(noun) ? noun : undefined);
}

/** Where the fronted phrase ends: the last comma before the main clause's first verb-less stretch, within reach. */
function phraseEnd(tokens: readonly Token[]): number {
  let end = -1;
  for (let i = 3; i < Math.min(tokens.length, MAX_PHRASE_TOKENS); i++) {
    if (tokens[i]!.lower !== ',') continue;
    // "near Lyon, France, in May 2010,": a comma before a place or a date continues the phrase.
    const next = tokens[i + 1];
    end = i;
    if (!next || !(next.capitalized || next.lower === 'in' || next.lower === 'on' || next.kind === 'number')) break;
  }
  return end;
}

/**
 * "Before his arrest near Lyon in May 2010, the broker Verne had managed …": the fronted phrase states an event
 * of its own (Verne was arrested near Lyon in May 2010), held as the sentence's main claim is, with the phrase's
 * own dates and places and the main claim's subject as the possessive's referent.
 */
export function frontedEventClaims(seg: SegmentedDocument, sentence: Sentence, main: Claim | undefined, lexicon: Lexicon, number: number): Claim[] {
  const tokens = sentence.tokens;
  if (!main?.proposition.actor || tokens.length < 6 || !TIME_PREPOSITIONS.has(tokens[0]!.lower) || !POSSESSIVES.has(tokens[1]!.lower)) return [];
  const noun = tokens[2]!;
  const verb = noun.kind === 'word' ? eventVerb(noun.lower) : undefined;
  const end = phraseEnd(tokens);
  if (!verb || end < 0 || main.span.start > tokens[end]!.start) return [];
  const { doc } = seg;
  const textView = { text: doc.text, view: seg.view };
  const range = { start: tokens[3]!.start, end: tokens[end - 1]!.end };
  const times = extractTimes(textView, range, doc.publishedAt, lexicon);
  const places = extractPlaces(textView, range, tokens.slice(3, end), lexicon);
  if (times.length === 0 && places.length === 0) return [];
  const start = tokens[0]!.start;
  const referent = main.proposition.actor;
  const claim: Claim = {
    id: `${doc.id}:${number}`,
    documentId: doc.id,
    text: doc.text.slice(start, range.end),
    span: spanOf(doc.text, start, range.end),
    attribution: { ...main.attribution },
    proposition: {
      span: spanOf(doc.text, tokens[1]!.start, range.end),
      predicate: { lemma: verb, text: doc.text.slice(noun.start, noun.end), span: spanOf(doc.text, noun.start, noun.end) },
      events: [],
      // "his capture", "his arrest": the possessive names who undergoes the act, as the passive's subject does.
      theme: { ...referent },
      negated: false,
      state: 'affirmed',
    },
    certainty: { ...main.certainty },
    quantities: [],
    times,
    places,
    quotes: [],
    keys: [...new Set([...contentKeys(tokens.slice(2, end), lexicon.aliases), referent.key, stem(verb)])],
    mainClaimId: main.id,
  };
  if (doc.publishedAt) claim.publishedAt = doc.publishedAt;
  return [claim];
}
