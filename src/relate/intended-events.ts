import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { FUTURE_MODALS, FUTURE_SEMI_AUXILIARIES } from '../lexicon/future-markers.js';
import { DELIBERATION_VERBS, INTENTION_LINKS, INTENTION_NOUNS, ONSET_LEMMAS } from '../lexicon/intention-frames.js';
import { ARTICLE_ONES } from '../lexicon/number-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { claimWords, tokenAt, type Token } from './words.js';
import { verbGroupBefore } from './past-time.js';
import { isConvertedEventNoun, verbsOfNominalisation } from './wordnet.js';

/**
 * An event a claim names by a noun inside a frame that says whether it happens: denied by a negated intention ("has
 * no plans for a hosepipe ban", "is not considering a ban": no ban) or asserted by its start ("a hosepipe ban will
 * begin"). `theme`: the lemmas of the noun's modifiers and of-complement, which the other claim must also name.
 */
export interface FramedEvent {
  verb: string;
  span: Span;
  theme: readonly string[];
  /** Whether the frame denies the event (a negated intention) rather than asserts it. */
  denied: boolean;
  /** Whether the claim's subject is the event's doer ("Marlow Water has no plans for a ban"), not the event ("a ban will begin"). */
  byActor: boolean;
}

const INTENTION = new Set(INTENTION_NOUNS);
const LINKS = new Set(INTENTION_LINKS);
const DELIBERATION = new Set(DELIBERATION_VERBS);
const ONSET = new Set(ONSET_LEMMAS);
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);
const FUNCTION = new Set(FUNCTION_WORDS);
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** A word of digits and signs, no letter: "10,000" and "5%" are figures, "$5m" is not (it has a letter). */
const isFigure = (word: string): boolean => DIGIT.test(word) && !LETTER.test(word);
/** Most content words a noun phrase is read through before its head ("a temporary hosepipe ban"). */
const PHRASE_REACH = 4;

/**
 * The verb an event noun names: a WordNet nominalisation ("inquiry" → inquire), or an event noun spelt as its verb
 * when the phrase is determined or plural ("a ban", "bans"; not "the summer").
 */
function eventVerb(head: Token, determined: boolean): string | undefined {
  const nominal = verbsOfNominalisation(head.lemma);
  if (nominal.length > 0) return nominal.find((v) => head.lemma.startsWith(v.slice(0, 3))) ?? nominal[0];
  const plural = head.verb !== undefined && head.lower !== head.verb && head.lower.endsWith('s');
  return head.verb !== undefined && isConvertedEventNoun(head.verb) && (determined || plural) ? head.verb : undefined;
}

/**
 * The event a noun phrase starting at token `from` names by its head: the phrase runs over content words up to a
 * preposition or another function word; its head is the last of them; the other words and an of-complement are its theme.
 */
function phraseEvent(tokens: readonly Token[], from: number, to = tokens.length): Omit<FramedEvent, 'denied' | 'byActor'> | undefined {
  let i = from;
  // The article may open the phrase or stand just before it (a theme's span leaves it out: "a [hosepipe ban]").
  const article = (t: Token | undefined) => t !== undefined && (ARTICLE_ONES.has(t.lower) || t.lower === 'the' || t.lower === 'any');
  const determined = i < to && (article(tokens[i]) || article(tokens[i - 1]));
  // A figure is a postdeterminer (Quirk § 5.20): "the $10,000 award", "a 5% stake" name the award, the stake.
  while (i < to && ((FUNCTION.has(tokens[i]!.lower) && !PREPOSITION.has(tokens[i]!.lower)) || isFigure(tokens[i]!.lower))) i++;
  const words: Token[] = [];
  while (i < to && words.length < PHRASE_REACH && tokens[i]!.content && !PREPOSITION.has(tokens[i]!.lower)) words.push(tokens[i++]!);
  const head = words.at(-1);
  const verb = head ? eventVerb(head, determined) : undefined;
  if (!head || !verb) return undefined;
  return { verb, span: head.span, theme: [...words.slice(0, -1).map((t) => t.lemma), ...complementOf(tokens, i, to)] };
}

/**
 * Prepositions that introduce an event noun's argument ("a ban on fishing", "an inquiry into the crash", "the sale of
 * the mill", "sanctions against Iran"), not an adjunct of time or place ("a ban in July").
 */
const NOUN_ARGUMENT = new Set(['of', 'on', 'against', 'into']);

/** The content words of a noun's argument phrase starting at token `at` ("of the mine", "on night fishing"), else none. */
function complementOf(tokens: readonly Token[], at: number, to = tokens.length): string[] {
  if (!NOUN_ARGUMENT.has(tokens[at]?.lower ?? '')) return [];
  let j = at + 1;
  while (j < to && FUNCTION.has(tokens[j]!.lower) && !PREPOSITION.has(tokens[j]!.lower)) j++;
  const words: string[] = [];
  for (; j < to && tokens[j]!.content && words.length < PHRASE_REACH; j++) words.push(tokens[j]!.lemma);
  return words;
}

/**
 * The words that say which one an event noun names in a claim: its modifiers and its prepositional complement ("a
 * hosepipe ban", "a ban on night fishing"); none when the claim names the event by no noun other than its predicate.
 */
export function eventNounWords(claim: Claim, verb: string): readonly string[] {
  const { tokens } = claimWords(claim);
  const predicate = claim.proposition.predicate?.span.start;
  const at = tokens.findIndex((t) => t.span.start !== predicate && t.content && (t.verb === verb || verbsOfNominalisation(t.lemma).includes(verb)));
  if (at < 0) return [];
  const modifiers: string[] = [];
  for (let j = at - 1; j >= 0 && tokens[j]!.content && tokens[j]!.span.start !== predicate && modifiers.length < PHRASE_REACH; j--) modifiers.unshift(tokens[j]!.lemma);
  return [...modifiers, ...complementOf(tokens, at + 1)];
}

/** "has no plans for a ban", "is not considering a ban", "is not planning a ban": the intended event, denied. */
function deniedIntention(claim: Claim): FramedEvent | undefined {
  const p = claim.proposition;
  if (!p.predicate || !(p.negated || p.state === 'negated')) return undefined;
  const { tokens } = claimWords(claim);
  const at = tokenAt(tokens, p.predicate.span.end);
  const lemma = p.predicate.lemma.toLowerCase();
  if (DELIBERATION.has(lemma)) {
    const event = phraseEvent(tokens, at);
    return event ? { ...event, denied: true, byActor: true } : undefined;
  }
  // "has no plans for", "there are no plans for": an intention noun, then its link, within the next words.
  const noun = tokens.findIndex((t, i) => i >= at && i < at + PHRASE_REACH && INTENTION.has(t.lemma));
  if (noun < 0 || !LINKS.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const event = phraseEvent(tokens, noun + 2);
  return event ? { ...event, denied: true, byActor: true } : undefined;
}

/** "A hosepipe ban will begin", "the strike has not started": the subject names the event, which the claim holds or denies. */
function startedEvent(claim: Claim): FramedEvent | undefined {
  const p = claim.proposition;
  if (!p.predicate || !p.actor || !ONSET.has(p.predicate.lemma.toLowerCase())) return undefined;
  const { tokens } = claimWords(claim);
  const from = tokenAt(tokens, p.actor.span.start);
  const to = tokenAt(tokens, p.actor.span.end);
  const event = phraseEvent(tokens, from, to);
  return event ? { ...event, denied: p.negated, byActor: false } : undefined;
}

/**
 * "will impose a hosepipe ban": a support verb other than "have" (whose object is mostly a possession: "had a market
 * share") with a determined noun phrase whose head is an event noun; the claim holds or denies that event.
 */
function supportedEvent(claim: Claim, supportVerbs: ReadonlySet<string>): FramedEvent | undefined {
  const p = claim.proposition;
  const lemma = p.predicate?.lemma.toLowerCase();
  if (!p.predicate || !p.theme || lemma === 'have' || !supportVerbs.has(lemma ?? '')) return undefined;
  const { tokens } = claimWords(claim);
  const event = phraseEvent(tokens, tokenAt(tokens, p.theme.span.start), tokenAt(tokens, p.theme.span.end));
  return event ? { ...event, denied: p.negated, byActor: true } : undefined;
}

/** The event a claim's intention or onset frame names by a noun, if any: what polarity compares with the other claim's events. */
export function framedEvent(claim: Claim): FramedEvent | undefined {
  return deniedIntention(claim) ?? startedEvent(claim);
}

/** framedEvent, or the event a support verb's noun phrase names: what polarity reads, beside the claim's other events. */
export function framedOrSupportedEvent(claim: Claim, supportVerbs: ReadonlySet<string>): FramedEvent | undefined {
  return framedEvent(claim) ?? supportedEvent(claim, supportVerbs);
}

const MODALS = new Set(FUTURE_MODALS);
const SEMI_AUXILIARIES = new Set(FUTURE_SEMI_AUXILIARIES);

/**
 * The claim's verb group marks future time (a modal "will", or "is due / set / going to": future-markers.ts): what a
 * denied intention contradicts. A past act ("imposed a ban in 2022") is no rival to "has no plans for a ban" now.
 */
export function futureVerbGroup(claim: Claim): boolean {
  const group = verbGroupBefore(claim);
  return group.some((w, i) => MODALS.has(w) || (SEMI_AUXILIARIES.has(w) && group[i + 1] === 'to'));
}
