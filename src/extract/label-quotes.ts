import { LABEL_VERBS } from '../lexicon/label-verbs.js';
import type { Claim, Quote } from '../model/claim.js';
import { isPronounActor } from './pronoun-actor.js';
import { personNameIn, referentFor, type Referents } from './referents.js';

const LABEL = new Set(LABEL_VERBS);

/**
 * "She called the decision 'heartbreaking'", "Mayor Ana Ruiz described the vote as 'historic'": in the writer's
 * voice, a quote after a verb that credits a label to its subject (lexicon/label-verbs.ts) was said by that subject.
 * Only a person's name is taken, written or standing behind a personal pronoun ("she" after "director Ana Ruiz"), so
 * "Critics called it 'reckless'" leaves the quote uncredited. Undefined when the clause credits no one.
 */
export function labelSpeaker(claim: Claim, quote: Quote, referents: Referents): string | undefined {
  const { predicate, actor } = claim.proposition;
  if (claim.attribution.holderKind !== 'author' || !predicate || !actor || !LABEL.has(predicate.lemma)) return undefined;
  // The quote is what the verb says of its object, so it follows the verb.
  if (quote.span.start < predicate.span.end) return undefined;
  const subject = isPronounActor(actor) ? referentFor(actor.text, referents) : actor.text;
  return subject === undefined ? undefined : personNameIn(subject);
}

/** Each quote with no speaker of its own credited to the label verb's subject, when it has one. */
export function creditLabelQuotes(claim: Claim, quotes: readonly Quote[], unspoken: ReadonlySet<Quote>, referents: Referents): Quote[] {
  return quotes.map((q) => {
    const speaker = unspoken.has(q) ? labelSpeaker(claim, q, referents) : undefined;
    return speaker ? { ...q, speaker } : q;
  });
}
