import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { chainedTransfer, converseRoles, eventLink } from './align.js';
import { eventMentions } from './events.js';
import type { LinkRelation } from './types.js';
import { lightVerbStemApart } from '../match/same-event.js';
import { perClaimWith } from './per-claim.js';

/** Relations under which two event words name one event. */
const SAME_EVENT: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym', 'light-verb', 'converse']);
/** Relations under which one event word is a kind, a part, the cause or the result of the other (kill → die). */
const RELATED_EVENT: ReadonlySet<LinkRelation> = new Set(['hypernym', 'entailment', 'cause']);
/** How a claim names its own event; an event noun inside its theme or actor is what it acts on, not what it does. */
const OWN_EVENT: ReadonlySet<string> = new Set(['predicate', 'state', 'light-verb']);

/** How two claims' events relate, decided once per pair and read by matching and by every detector. */
export interface EventRelation {
  /** The events are one by a dictionary relation (WordNet synonymy or derivation, the support-verb and converse lists). */
  lexical: boolean;
  /** One event is a kind, the cause or the result of the other (WordNet hypernymy, entailment, cause). */
  related: boolean;
  /** The events may be one by word vectors alone ("beat" / "won"): for the same doer or the same theme only. */
  similar: boolean;
  /** The events are opposites (WordNet antonyms or the opposites list): one event seen two ways ("rose" / "fell"). */
  opposed: boolean;
  /**
   * The events are known to be two: one transfer verb whose recipient is the other's agent ("sold it to Borg" / "Borg
   * sold it to Cato", a resale).
   */
  distinct: boolean;
  relation?: LinkRelation;
  strength: number;
  /** Both sides' event words are their claims' own verbs or light-verb phrases, neither an event noun ("the discussion"). */
  predicates: boolean;
}

function ownEvents(x: string, y: string): boolean {
  return (OWN_EVENT.has(x) && OWN_EVENT.has(y)) || (OWN_EVENT.has(x) && y === 'nominalisation') || (OWN_EVENT.has(y) && x === 'nominalisation');
}

const NONE: EventRelation = { lexical: false, related: false, similar: false, opposed: false, distinct: false, strength: 0, predicates: false };
const DISTINCT: EventRelation = { ...NONE, distinct: true };
const cache = new WeakMap<Lexicon, WeakMap<Claim, WeakMap<Claim, EventRelation>>>();

function compute(a: Claim, b: Claim, lexicon: Lexicon): EventRelation {
  const match = eventLink(a, b, lexicon);
  // Each side names its own event, or one side does and the other names it as an event noun ("indicted" / "the
  // indictment was filed"). Two themes sharing an event noun ("the agreement") are not one act, nor is a verb of
  // another clause ("… two months after a court had refused to release him").
  if (!match || !ownEvents(match.x.source, match.y.source)) return NONE;
  const link = match.link;
  // "took the decision" / "samples were taken": one light verb with two object nouns tells two events.
  if ((link.relation === 'identical' || link.relation === 'inflection') && lightVerbStemApart(a, b) !== undefined) return NONE;
  // Converses are one event only with the roles swapped: "Lee beat Zhou" / "Zhou lost to Lee", not "Lee lost to Holm".
  if (link.relation === 'converse' && converseRoles(a, b, link, lexicon) === 'same') return NONE;
  // One transfer verb, the recipient of one the doer of the other: a resale, two events.
  if (chainedTransfer(a, b, link, lexicon)) return DISTINCT;
  // Vectors say "maybe one event" only for one doer or one thing acted on ("bodies were brought" / "bodies were taken").
  const sameDoer = sameKey(a.proposition.actor, b.proposition.actor) || sameKey(a.proposition.theme, b.proposition.theme);
  return {
    lexical: SAME_EVENT.has(link.relation),
    related: RELATED_EVENT.has(link.relation),
    similar: link.relation === 'similar' && sameDoer,
    opposed: link.relation === 'antonym',
    distinct: false,
    relation: link.relation,
    strength: link.strength,
    predicates: match.x.source !== 'nominalisation' && match.y.source !== 'nominalisation',
  };
}

function sameKey(x: { key: string } | undefined, y: { key: string } | undefined): boolean {
  return x !== undefined && x.key === y?.key;
}

/** The relation of two claims' events, remembered per pair of claim objects (claims are immutable values). */
export function eventRelation(a: Claim, b: Claim, lexicon: Lexicon): EventRelation {
  let byLexicon = cache.get(lexicon);
  if (!byLexicon) cache.set(lexicon, (byLexicon = new WeakMap()));
  let row = byLexicon.get(a);
  if (!row) byLexicon.set(a, (row = new WeakMap()));
  let found = row.get(b);
  if (!found) row.set(b, (found = compute(a, b, lexicon)));
  return found;
}

/**
 * The two claims' events are one by a support verb and its event noun ("made 16 arrests" / "arrested"): that link
 * needs a light-verb phrase among one side's event mentions, so a pair without one skips the whole relation.
 */
export function lightVerbRelation(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return (hasLightVerb(a, lexicon) || hasLightVerb(b, lexicon)) && eventRelation(a, b, lexicon).relation === 'light-verb';
}

/** The claim names its event by a light-verb phrase, read once per claim and lexicon (matching asks on every pair). */
const hasLightVerb = perClaimWith((c: Claim, lexicon: Lexicon): boolean => eventMentions(c, lexicon).some((m) => m.source === 'light-verb'));
