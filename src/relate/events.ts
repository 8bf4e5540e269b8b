import { BE_FORMS, LINKING_VERBS } from '../lexicon/grammar-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { verbLemma } from './lemma.js';
import type { AlignedWord } from './types.js';
import { isVerbLemma, verbsOfNominalisation } from './wordnet.js';
import { synonymGroups } from '../lexicon/synonyms.js';
import { ARTICLE_ONES, TENS_WORDS, UNIT_WORDS } from '../lexicon/number-words.js';
import { claimWords, tokenAt, type Token } from './words.js';
import { deathEvent } from './resultatives.js';
import { predicativeChange } from './predicative-change.js';
import { phrasalUse } from './phrasal-senses.js';

/**
 * How a claim names its event: its verb, a support verb with an event noun, an event noun in a slot, the
 * complement of a copula ("is open": the state is the predicate), or another verb of the proposition ("which was
 * later bought").
 */
export type EventSource = 'predicate' | 'light-verb' | 'nominalisation' | 'state' | 'clause';

/** One way a claim names its event: the verb it amounts to, the words that say it, and how. */
export interface EventMention {
  word: AlignedWord;
  span: Span;
  source: EventSource;
}

const supportVerbs = (lexicon: Pick<Lexicon, 'supportVerbs'>): ReadonlySet<string> => new Set(lexicon.supportVerbs.filter((v) => !v.includes(' ')));
/**
 * Support verbs whose passive subject needs no fronted reading: verbs of occurrence that take the event as object ("the
 * vote was held", "a rally was staged") already make their subject the happening, and two nouns under one ("the vote" /
 * "the referendum was held") may name one event.
 */
const passiveSupportVerbs = (lexicon: Pick<Lexicon, 'supportVerbs' | 'happeningVerbs'>): ReadonlySet<string> =>
  new Set(lexicon.supportVerbs.filter((v) => !v.includes(' ') && !lexicon.happeningVerbs.includes(v)));
/** Forms of "be" and the linking verbs ("remains", "became"): the verbs a subject complement follows. */
export const COPULA: ReadonlySet<string> = new Set([...BE_FORMS, ...LINKING_VERBS]);
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);
/** How far after a support verb its event noun may stand ("carried out a thorough safety inspection"). */
const SUPPORT_REACH = 5;
const otherParties = (lexicon: Pick<Lexicon, 'converses'>): ReadonlyMap<string, string> =>
  new Map(lexicon.converses.flatMap(({ a, b }) => [[a.verb, a.other], [b.verb, b.other]] as const));

/** Length of the common prefix of two words. */
function sharedPrefix(x: string, y: string): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** The token as the verb its event noun comes from, the one it is spelt from first ("inspection" → inspect). */
function asVerb(t: Token, span: Span = t.span): EventMention | undefined {
  const verbs = verbsOfNominalisation(t.lemma);
  const verb = verbs.reduce<string | undefined>((best, v) => (best === undefined || sharedPrefix(v, t.lemma) > sharedPrefix(best, t.lemma) ? v : best), undefined);
  return verb ? { word: { span: t.span, lower: t.lower, lemma: verb, verb }, span, source: 'nominalisation' } : undefined;
}

/**
 * A noun spelt as its verb (conversion: Quirk et al. 1985, § I.31), certain to be a noun after a support verb when it
 * is plural or follows an article or a figure ("made 16 arrests", "held talks", "launched a raid"). Bare singulars are
 * left out: "took part" and "took place" are idioms, not the verbs "part" and "place".
 */
function convertedNoun(t: Token, before: Token | undefined): EventMention | undefined {
  if (t.verb === undefined || !isVerbLemma(t.verb)) return undefined;
  const plural = t.lower !== t.verb && t.lower.endsWith('s');
  const determined = before !== undefined && (ARTICLE_ONES.has(before.lower) || before.lower === 'the' || /^\d/.test(before.lower) || UNIT_WORDS.has(before.lower) || TENS_WORDS.has(before.lower));
  if (!plural && !determined) return undefined;
  // A plural WordNet lists as a noun lemma of its own names its own sense ("held talks": negotiations, not chats).
  const word = plural && synonymGroups(t.lower).length > 0 ? { ...t, lemma: t.lower } : t;
  return { word, span: t.span, source: 'nominalisation' };
}

/** "carried out an inspection": the first event noun within reach after a support verb. */
function lightVerb(claim: Claim, tokens: readonly Token[], at: number): EventMention | undefined {
  const end = Math.min(tokens.length, at + 1 + SUPPORT_REACH);
  for (let i = at + 1; i < end; i++) {
    const t = tokens[i]!;
    // The object ends at a preposition: "took part in the talks" is not "held talks".
    if (PREPOSITION.has(t.lower)) return undefined;
    const noun = asVerb(t) ?? convertedNoun(t, tokens[i - 1]);
    if (noun) return { ...noun, span: phraseSpan(claim, tokens[at]!.span.start, t.span.end), source: 'light-verb' };
  }
  return undefined;
}

/**
 * The event noun a support verb or an existential takes when the noun stands before the verb: the subject of a passive
 * ("no arrests have been made", "an inspection was carried out") or the pivot of "there be" ("there have been no
 * layoffs", "there was an inspection"), which asserts or denies that the event took place (Quirk et al. 1985,
 * § 18.44; Grimshaw & Mester 1988). The noun is the phrase's head, a plural or determined one when spelt as its verb.
 */
function frontedEventNoun(claim: Claim, tokens: readonly Token[], at: number, existential: boolean, passiveSupport: boolean): EventMention | undefined {
  const theme = claim.proposition.theme;
  const verb = tokens[at];
  // A passive: the support verb right after a form of "be" ("have been made"), not an active one ("is taking place").
  const passive = passiveSupport && BE_FORMS.includes(tokens[at - 1]?.lower ?? '') && verb !== undefined && !verb.lower.endsWith('ing');
  if (!theme || !verb || (!existential && (!passive || theme.span.end > verb.span.start))) return undefined;
  // The head is the last content word before any postmodifying preposition ("the indictment of the mayor").
  const inTheme = (t: Token) => t.span.start >= theme.span.start && t.span.end <= theme.span.end;
  const stop = tokens.findIndex((t) => inTheme(t) && PREPOSITION.has(t.lower));
  const i = tokens.findLastIndex((t, j) => t.content && inTheme(t) && (stop < 0 || j < stop));
  const head = tokens[i];
  if (!head) return undefined;
  const noun = asVerb(head) ?? convertedNoun(head, tokens[i - 1]);
  if (!noun) return undefined;
  const [start, end] = head.span.start < verb.span.start ? [head.span.start, verb.span.end] : [verb.span.start, head.span.end];
  return { ...noun, span: phraseSpan(claim, start, end), source: 'light-verb' };
}

/** "There have been no layoffs": the existential "there" is the subject, right before the verb or its auxiliaries. */
function isExistential(claim: Claim, tokens: readonly Token[], at: number): boolean {
  if (claim.proposition.actor?.text.toLowerCase() === 'there') return true;
  const before = tokens.slice(0, at);
  return before.length > 0 && before.length <= 3 && before[0]!.lower === 'there' && before.slice(1).every((t) => !t.content || BE_FORMS.includes(t.lower));
}

/** The span from one offset to another, its text taken from the proposition it lies in. */
function phraseSpan(claim: Claim, start: number, end: number): Span {
  const { start: offset, text } = claim.proposition.span;
  return { start, end, text: text.slice(start - offset, end - offset) };
}

/** The head (last content word) of a phrase of the proposition. */
function headOf(tokens: readonly Token[], span: Span): Token | undefined {
  let head: Token | undefined;
  for (const t of tokens) if (t.content && t.span.start >= span.start && t.span.end <= span.end) head = t;
  return head;
}

/** Claims are immutable values: their event mentions are found once per claim object and lexicon. */
const mentionCache = (): WeakMap<Claim, readonly EventMention[]> => new WeakMap();

/** Every way the claim names its event, the light-verb phrase or predicate first. */
export function eventMentions(claim: Claim, lexicon: Pick<Lexicon, 'supportVerbs' | 'happeningVerbs' | 'phrasalVerbs'>): readonly EventMention[] {
  const mentions = derived(lexicon, mentionCache);
  const cached = mentions.get(claim);
  if (cached) return cached;
  const { tokens } = claimWords(claim);
  const p = claim.proposition;
  const out: EventMention[] = [];
  if (p.predicate) {
    const at = tokenAt(tokens, p.predicate.span.start);
    const token = tokens[at];
    const lemma = p.predicate.lemma.toLowerCase();
    const verb = verbLemma(lemma) ?? lemma;
    const support = derived(lexicon, supportVerbs).has(verb) && token !== undefined;
    const existential = BE_FORMS.includes(lemma) && isExistential(claim, tokens, at);
    const light = (support ? lightVerb(claim, tokens, at) ?? frontedEventNoun(claim, tokens, at, false, derived(lexicon, passiveSupportVerbs).has(verb)) : undefined) ??
      (existential && token ? frontedEventNoun(claim, tokens, at, true, false) : undefined);
    if (light) out.push(light);
    const complement = p.complement ?? p.theme;
    // "There was no evacuation" names no state: its pivot is the event (the light-verb reading above).
    // "were up this spring": a predicative "up" or "down" tells a change, whatever the complement was read as.
    const change = predicativeChange(claim);
    const state = COPULA.has(lemma) && complement && !(existential && light) && !change ? headOf(tokens, complement.span) : undefined;
    // The copula itself says nothing of the event once its complement is known.
    if (state) out.push({ word: state, span: state.span, source: 'state' });
    else {
      const phrasal = phrasalUse(claim, lexicon);
      out.push({ word: { span: p.predicate.span, lower: p.predicate.text.toLowerCase(), lemma: verb, verb, ...(phrasal ? { phrasal } : {}) }, span: p.predicate.span, source: 'predicate' });
    }
    // "were shot dead", "was beaten to death": the verb with its result names a killing; "were found dead", a death.
    const death = state ? undefined : deathEvent(claim);
    if (death) out.push({ word: { span: p.predicate.span, lower: p.predicate.text.toLowerCase(), lemma: death, verb: death }, span: p.predicate.span, source: 'predicate' });
    // "Sales were up 5%": the copula with a predicative "up" or "down" names a rise or a fall.
    if (change) out.push({ word: { span: change.span, lower: change.span.text.toLowerCase(), lemma: change.verb, verb: change.verb }, span: change.span, source: 'predicate' });
  }
  if (p.inner) {
    const verb = p.inner.lemma.toLowerCase();
    out.push({ word: { span: p.inner.span, lower: p.inner.text.toLowerCase(), lemma: verb, verb }, span: p.inner.span, source: 'predicate' });
  }
  for (const lemma of p.events ?? []) {
    const token = tokens.find((t) => t.verb === lemma && !out.some((m) => m.word.span.start === t.span.start));
    if (token) out.push({ word: token, span: token.span, source: 'clause' });
  }
  for (const phrase of [p.theme, p.actor]) {
    const head = phrase ? headOf(tokens, phrase.span) : undefined;
    const noun = head ? asVerb(head) : undefined;
    // The event noun of a light-verb phrase is already that phrase's event.
    if (noun && !out.some((m) => m.source === 'light-verb' && m.word.span.start === noun.word.span.start)) out.push(noun);
  }
  mentions.set(claim, out);
  return out;
}

/** "The indictment of the mayor": the content words of the of-phrase after an event noun, its theme. */
export function nominalTheme(claim: Claim, noun: Span): Token[] {
  const { tokens } = claimWords(claim);
  const at = tokenAt(tokens, noun.end);
  if (tokens[at]?.lower !== 'of') return [];
  const theme: Token[] = [];
  for (let i = at + 1; i < tokens.length && (theme.length === 0 || tokens[i]!.content); i++) if (tokens[i]!.content) theme.push(tokens[i]!);
  return theme;
}

/** The words naming the other party of a converse verb: "to Borg" after "sold", the object after "beat". */
export function otherParty(claim: Claim, verb: string, lexicon: Pick<Lexicon, 'converses'>): readonly Token[] {
  const marker = derived(lexicon, otherParties).get(verb);
  const p = claim.proposition;
  if (!marker || !p.predicate) return [];
  const { tokens } = claimWords(claim);
  if (marker === 'object') return p.theme ? tokens.filter((t) => t.content && t.span.start >= p.theme!.span.start && t.span.end <= p.theme!.span.end) : [];
  const from = tokenAt(tokens, p.predicate.span.end);
  const at = tokens.findIndex((t, i) => i >= from && t.lower === marker);
  if (at < 0) return [];
  const party: Token[] = [];
  for (let i = at + 1; i < tokens.length && (party.length === 0 || tokens[i]!.content); i++) if (tokens[i]!.content) party.push(tokens[i]!);
  return party;
}
