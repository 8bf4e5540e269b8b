import { LABEL_VERBS, SPEECH_NOUNS } from '../lexicon/label-verbs.js';
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

/** Each quote with no speaker of its own credited to the label verb's subject, or to the possessor of a speech noun before it. */
export function creditLabelQuotes(claim: Claim, quotes: readonly Quote[], unspoken: ReadonlySet<Quote>, referents: Referents): Quote[] {
  return quotes.map((q) => {
    const speaker = unspoken.has(q) ? (labelSpeaker(claim, q, referents) ?? possessorSpeaker(claim, q, referents)) : undefined;
    return speaker ? { ...q, speaker } : q;
  });
}

const SPEECH = SPEECH_NOUNS.join('|');
/** "Elsie Marr's response, as she put it to me: ", "Her reply was blunt: ": a possessor, a speech noun, then words up to a colon right before the quote. */
const POSSESSED_SPEECH = new RegExp(`(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}-]+\\s+){0,2}\\p{Lu}[\\p{L}-]+['’]s?|[Hh]is|[Hh]er)\\s+(?:${SPEECH})\\b[^"“:.]*:\\s*["“]?$`, 'u');
const POSSESSIVE_PRONOUN: Readonly<Record<string, string>> = { his: 'he', her: 'she' };

/**
 * "Elsie Marr's response, as she put it to me on the phone: '…'": a quote after a colon that closes a phrase headed by a
 * speech noun (lexicon/label-verbs.ts SPEECH_NOUNS) was said by the noun's possessor, a person's name or, for "his" /
 * "her", the person just named.
 */
function possessorSpeaker(claim: Claim, quote: Quote, referents: Referents): string | undefined {
  const before = claim.text.slice(0, Math.max(0, quote.span.start - claim.span.start));
  const possessor = POSSESSED_SPEECH.exec(before)?.[1];
  if (possessor === undefined) return undefined;
  const pronoun = POSSESSIVE_PRONOUN[possessor.toLowerCase()];
  if (pronoun !== undefined) return referentFor(pronoun, referents);
  const name = possessor.replace(/['’]s?$/, '');
  return name.split(/\s+/).length >= 2 ? name : personNameIn(name) ?? (referents.person?.split(/\s+/).includes(name) ? referents.person : undefined);
}
