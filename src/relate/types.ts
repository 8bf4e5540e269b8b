import type { Span } from '../model/span.js';
import type { PhrasalUse } from './phrasal-senses.js';

/**
 * How two aligned words or phrases relate, strongest sameness first. "similar" comes from word vectors and
 * only ever says "maybe the same event": it is never evidence that two claims agree.
 */
export const LINK_RELATIONS = [
  'identical', 'inflection', 'alias', 'derivation', 'synonym', 'light-verb', 'converse', 'hypernym', 'entailment',
  'cause', 'antonym', 'similar',
] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/** A word of a claim's proposition, with its span into the original text. */
export interface AlignedWord {
  span: Span;
  lower: string;
  /** Verb lemma when WordNet has one for this form, else the noun lemma. */
  lemma: string;
  verb?: string;
  /** The verb read with its particle as a WordNet phrasal verb ("broke out": break out), compared as such, not as its bare verb. */
  phrasal?: PhrasalUse;
}

/**
 * One link between the two claims. `a` and `b` are spans in claim a and claim b (a phrase for a light-verb
 * construction: "carried out an inspection"). `strength` is in [0, 1]: 1 for identical, the cosine for
 * "similar". `direction` says which side is the more general or the consequence for hypernym, entailment and
 * cause links ("a-to-b": a kills, b dies; a's verb is the specific one).
 */
export interface WordLink {
  a: Span;
  b: Span;
  relation: LinkRelation;
  strength: number;
  direction?: 'a-to-b' | 'b-to-a';
  /** The lemmas the relation holds between ("kill" → "die"). */
  lemmas: readonly [string, string];
}

export const SLOT_NAMES = ['event', 'agent', 'theme', 'quantity', 'date', 'place', 'quote', 'state'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/**
 * One typed slot of the two claims. `aligned`: both claims fill it and the fillers speak of the same thing (the
 * same agent, a quantity of the same counted noun and measure); `differs`: aligned, and the values are not
 * compatible (disjoint intervals, different places neither containing the other, an antonym, another state).
 */
export interface SlotAlignment {
  slot: SlotName;
  a?: string;
  b?: string;
  aligned: boolean;
  differs: boolean;
  relation?: LinkRelation;
  /** Why, in a few words ("intervals 12–12 and 20–20 are disjoint"). */
  note?: string;
}

/** Roles of a converse pair: "swapped" when a's agent is b's other party (sold to / bought from). */
export type ConverseRoles = 'swapped' | 'same' | 'unknown';

export interface ClaimAlignment {
  links: WordLink[];
  /** Share of each claim's content words that some link covers, in [0, 1]. */
  coverage: { a: number; b: number };
  /** The link between the two events (predicates, light-verb constructions, nominalisations), if any. */
  event?: WordLink;
  /** Set when the events are converses. */
  roles?: ConverseRoles;
  slots: SlotAlignment[];
}
