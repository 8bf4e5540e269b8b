import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { eventMentions } from './events.js';
import { lexicalRelation } from './lexical.js';
import { framedEvent } from './intended-events.js';
import type { AlignedWord, LinkRelation } from './types.js';

/** Relations under which two event nouns name one act ("talks" / "negotiations"). */
const SAME_NOUN: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym']);

/** "has no plans for a ban": the intention's noun is no act of its own; the event its frame names is (intended-events.ts). */
function framedWord(c: Claim): { word: AlignedWord } | undefined {
  const framed = framedEvent(c);
  return framed ? { word: { span: framed.span, lower: framed.span.text.toLowerCase(), lemma: framed.verb, verb: framed.verb } } : undefined;
}

/**
 * Both claims name their event with a support verb and an event noun, and the nouns name different acts: "gave
 * testimony" / "gave an interview", "held talks" / "held a press conference". A support verb carries little meaning of
 * its own (Jespersen's light verbs; Grimshaw & Mester 1988): the noun is the event, so the shared verb makes them no
 * one event.
 */
export function distinctLightEvents(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const light = (c: Claim) => framedWord(c) ?? eventMentions(c, lexicon).find((m) => m.source === 'light-verb');
  const [x, y] = [light(a), light(b)];
  if (!x || !y) return false;
  const r = lexicalRelation(x.word, y.word, lexicon);
  return r === undefined || !SAME_NOUN.has(r.relation);
}
