import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { eventMentions } from './events.js';
import { lexicalRelation } from './lexical.js';
import type { LinkRelation } from './types.js';

/** Relations under which two event nouns name one act ("talks" / "negotiations"). */
const SAME_NOUN: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym']);

/**
 * Both claims name their event with a support verb and an event noun, and the nouns name different acts: "gave
 * testimony" / "gave an interview", "held talks" / "held a press conference". A support verb carries little meaning of
 * its own (Jespersen's light verbs; Grimshaw & Mester 1988): the noun is the event, so the shared verb makes them no
 * one event.
 */
export function distinctLightEvents(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const light = (c: Claim) => eventMentions(c, lexicon).find((m) => m.source === 'light-verb');
  const [x, y] = [light(a), light(b)];
  if (!x || !y) return false;
  const r = lexicalRelation(x.word, y.word, lexicon);
  return r === undefined || !SAME_NOUN.has(r.relation);
}
