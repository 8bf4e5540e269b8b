import { nullPrototype } from '../model/records.js';
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

const SPEECH: ReadonlySet<string> = new Set(SPEECH_NOUNS);
/** Most words a possessor's name may have before the speech noun ("Elsie Marr's"). */
const MAX_POSSESSOR_WORDS = 3;
const CAPITALISED = /^\p{Lu}/u;
const POSSESSIVE_ENDING = /['’]s?$/;
const POSSESSIVE_PRONOUN: Readonly<Record<string, string>> = nullPrototype({ his: 'he', her: 'she' });

/**
 * "Elsie Marr's response, as she put it to me on the phone: '…'": a quote after a colon that closes a phrase headed by a
 * speech noun (lexicon/label-verbs.ts SPEECH_NOUNS) was said by the noun's possessor, a person's name or, for "his" /
 * "her", the person just named.
 */
function possessorSpeaker(claim: Claim, quote: Quote, referents: Referents): string | undefined {
  const before = claim.text.slice(0, Math.max(0, quote.span.start - claim.span.start));
  const possessor = speechPossessor(before);
  if (possessor === undefined) return undefined;
  const pronoun = POSSESSIVE_PRONOUN[possessor.toLowerCase()];
  if (pronoun !== undefined) return referentFor(pronoun, referents);
  const name = possessor.replace(/['’]s?$/, '');
  return name.split(/\s+/).length >= 2 ? name : personNameIn(name) ?? (referents.person?.split(/\s+/).includes(name) ? referents.person : undefined);
}

/** The possessor of a speech noun in the words up to a colon that ends `before` (past an opening quote mark), if any. */
function speechPossessor(before: string): string | undefined {
  let tail = before.trimEnd();
  if (tail.endsWith('"') || tail.endsWith('“')) tail = tail.slice(0, -1).trimEnd();
  if (!tail.endsWith(':')) return undefined;
  // Only the words after the last sentence end or quote mark before the colon.
  const cut = Math.max(tail.lastIndexOf('.', tail.length - 2), tail.lastIndexOf('"', tail.length - 2), tail.lastIndexOf('“', tail.length - 2));
  const words = tail.slice(cut + 1, -1).trim().split(/\s+/);
  const at = words.findIndex((w) => SPEECH.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  if (at < 1) return undefined;
  const last = words[at - 1]!;
  if (/^(?:his|her)$/i.test(last)) return last;
  if (!POSSESSIVE_ENDING.test(last) || !CAPITALISED.test(last)) return undefined;
  let from = at - 1;
  while (from > 0 && at - from < MAX_POSSESSOR_WORDS && CAPITALISED.test(words[from - 1]!)) from--;
  return words.slice(from, at).join(' ');
}
