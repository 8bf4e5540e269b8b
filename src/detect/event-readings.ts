import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { stem } from '../extract/keys.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { areSynonyms, areSynonymsInContext } from '../lexicon/synonyms.js';
import { eventMentions, nominalTheme } from '../relate/events.js';
import { framedOrSupportedEvent } from '../relate/intended-events.js';
import { claimWords, type Token } from '../relate/words.js';
import { isNegative } from './shared.js';
import { orPrepositionalObject } from './prepositional-objects.js';
import { COORDINATORS } from '../lexicon/grammar-words.js';
import { CANCELLING_VERBS, POSTPONING_VERBS } from '../lexicon/event-phases.js';
import { isVerbLemma, verbsOfNominalisation } from '../relate/wordnet.js';

/**
 * One event a claim says happened or did not: its verb, whether it is held negatively, the doer, and the content
 * words of what it acts on. A claim has several: its predicate, the event an implicative verb wraps ("managed to
 * escape": escape, affirmed), the event noun of a light verb ("no inspection was carried out": inspect, negated).
 */
export interface EventReading {
  verb: string;
  negative: boolean;
  span: Span;
  actor?: Phrase;
  /** Content words of what the event acts on (lemmas); empty when the claim does not say. */
  theme: readonly string[];
  /** 'frame': an event noun in a negated intention or an onset frame ("no plans for a ban", "a ban will begin"), whose theme the other claim must name. */
  /** 'cancelled': an event noun a cancelling or postponing verb acts on ("the launch of the lifeboat was abandoned"): likewise. */
  via: 'predicate' | 'implicative' | 'event-noun' | 'frame' | 'cancelled';
  /** For 'cancelled': every word of the phrase after the noun but its articles ("new", "lifeboat"), which the other claim must name. */
  named?: readonly string[];
  /** For 'cancelled': the verb moves the event to a later time ("was postponed") rather than calling it off. */
  postponed?: boolean;
}

/** Words that introduce an implicative's complement: "managed to escape", "prevented from escaping". */
const COMPLEMENT_MARKERS: ReadonlySet<string> = new Set(['to', 'from']);

const inside = (t: Token, s: Span) => t.span.start >= s.start && t.span.end <= s.end;

function phraseWords(claim: Claim, phrase: Phrase | undefined): string[] {
  return phrase ? claimWords(claim).tokens.filter((t) => t.content && inside(t, phrase.span)).map((t) => t.lemma) : [];
}

/**
 * Content words after a verb, up to the proposition's end or the next coordinator: what a wrapped verb acts on ("to
 * escape from the van"). A coordinator opens another conjunct (Quirk § 13.1): "declined the Britannia Award and another
 * Miles Franklin Award" refuses the Britannia Award, whatever else it refuses.
 */
function wordsAfter(claim: Claim, at: Span): string[] {
  const after = claimWords(claim).tokens.filter((t) => t.span.start >= at.end);
  const conjunct = after.findIndex((t) => COORDINATOR.has(t.lower));
  return (conjunct < 0 ? after : after.slice(0, conjunct)).filter((t) => t.content).map((t) => t.lemma);
}
const COORDINATOR: ReadonlySet<string> = new Set(COORDINATORS);


/** The verb an implicative wraps: the extracted inner proposition, else the first other verb after it. */
function wrapped(claim: Claim): { verb: string; span: Span } | undefined {
  const p = claim.proposition;
  if (!p.predicate) return undefined;
  if (p.inner) return { verb: p.inner.lemma.toLowerCase(), span: p.inner.span };
  const events = new Set((p.events ?? []).map((e) => e.toLowerCase()));
  const tokens = claimWords(claim).tokens;
  const after = tokens.findIndex((t) => t.span.start >= p.predicate!.span.end);
  if (after < 0) return undefined;
  const rest = tokens.slice(after);
  // The complement's verb: one the extraction found, else the verb right after "to" or "from" ("prevented him from leaving").
  const token = rest.find((t) => t.verb !== undefined && events.has(t.verb)) ??
    rest.find((t, i) => i > 0 && t.verb !== undefined && COMPLEMENT_MARKERS.has(rest[i - 1]!.lower));
  return token?.verb ? { verb: token.verb, span: token.span } : undefined;
}

function implicativeReading(claim: Claim, lexicon: Lexicon): EventReading | undefined {
  const p = claim.proposition;
  const signature = p.predicate ? lexicon.implicatives[p.predicate.lemma.toLowerCase()] : undefined;
  const inner = wrapped(claim);
  // "ruled out a hosepipe ban": a refusal verb's state says its inner event does not happen, whatever the verb.
  if (!signature && inner && p.inner && p.state === 'refused') {
    return { verb: inner.verb, negative: true, span: inner.span, ...(p.actor ? { actor: p.actor } : {}), theme: wordsAfter(claim, inner.span), via: 'implicative' };
  }
  if (!signature || !inner || p.state === 'pending') return undefined;
  // A refusal verb's state already says the wrapped event did not happen ("failed to escape": refused).
  const happened = p.state === 'refused' ? false : p.negated ? signature.negated : signature.affirmed;
  if (happened === undefined) return undefined;
  const actor = signature.object ? p.theme : p.actor;
  return { verb: inner.verb, negative: !happened, span: inner.span, ...(actor ? { actor } : {}), theme: wordsAfter(claim, inner.span), via: 'implicative' };
}

const supportVerbs = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.supportVerbs);

/**
 * The event noun a support verb carries ("carried out an inspection of the bridge", "no inspection was carried
 * out"). An event noun under any other verb is what that verb acts on ("did not oppose the merger"), not its event.
 */
function eventNounReadings(claim: Claim, lexicon: Lexicon): EventReading[] {
  const p = claim.proposition;
  const support = p.predicate !== undefined && derived(lexicon, supportVerbs).has(p.predicate.lemma.toLowerCase());
  const inTheme = (s: Span) => p.theme !== undefined && s.start >= p.theme.span.start && s.end <= p.theme.span.end;
  return eventMentions(claim, lexicon)
    .filter((m) => m.source === 'light-verb' || (m.source === 'nominalisation' && support && inTheme(m.word.span)))
    .map((m) => ({
      verb: m.word.lemma,
      negative: isNegative(claim),
      span: m.span,
      ...(p.actor ? { actor: p.actor } : {}),
      theme: orPrepositionalObject(nominalTheme(claim, m.word.span).map((t) => t.lemma), claim, m.word.span),
      via: 'event-noun' as const,
    }));
}

const CANCELLING: ReadonlySet<string> = new Set(CANCELLING_VERBS);
const POSTPONING: ReadonlySet<string> = new Set(POSTPONING_VERBS);
/** Prepositions that take an event noun's theme: "the launch of the lifeboat", "the vote on the timetable". */
const THEME_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'into']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "The launch of the lifeboat was abandoned", "the vote on the timetable was scrapped": a cancelling verb
 * (lexicon/event-phases.ts) done to an event noun says that the noun's event did not take place; its theme is what
 * follows the noun after "of", "on" or "into". The noun is the theme's first content word whose verb WordNet gives (a
 * nominalisation, or a noun spelt as its verb).
 */
function cancelledReadings(claim: Claim): EventReading[] {
  const p = claim.proposition;
  // The cancelling verb itself may read as a refusal ("was abandoned": refused); "was not cancelled" says it went ahead.
  const lemma = p.predicate?.lemma.toLowerCase() ?? '';
  if (!p.predicate || !p.theme || p.negated || (p.state !== 'affirmed' && p.state !== 'refused') || !(CANCELLING.has(lemma) || POSTPONING.has(lemma))) return [];
  const { tokens } = claimWords(claim);
  const first = tokens.findIndex((t) => t.content && inside(t, p.theme!.span));
  const at = eventNounAt(tokens, first, p.theme.span);
  const noun = tokens[at];
  const verb = noun ? verbOfNoun(noun) : undefined;
  if (!noun || !verb) return [];
  const phrase: Token[] = [];
  if (THEME_PREPOSITIONS.has(tokens[at + 1]?.lower ?? '')) {
    for (let i = at + 2; i < tokens.length && (!phrase.some((t) => t.content) || tokens[i]!.content); i++) if (!ARTICLES.has(tokens[i]!.lower)) phrase.push(tokens[i]!);
  }
  const theme = phrase.filter((t) => t.content).map((t) => t.lemma);
  const postponed = POSTPONING.has(lemma) ? { postponed: true } : {};
  return [{ verb, negative: true, span: noun.span, theme, via: 'cancelled', named: phrase.map((t) => t.lower), ...postponed }];
}

const verbOfNoun = (noun: Token): string | undefined => verbsOfNominalisation(noun.lemma)[0] ?? (isVerbLemma(noun.lemma) ? noun.lemma : undefined);

/**
 * The event noun of a theme: the last word of the run of content words that opens it (the head, Quirk § 17.104: "its
 * guided swims" cancels swims, not guiding) that has a verb, right to left ("the swim session" → swim); -1 if none.
 */
function eventNounAt(tokens: readonly Token[], first: number, theme: Span): number {
  if (first < 0) return -1;
  let last = first;
  while (tokens[last + 1]?.content === true && inside(tokens[last + 1]!, theme)) last++;
  for (let i = last; i >= first; i--) if (verbOfNoun(tokens[i]!) !== undefined) return i;
  return -1;
}

const readingCache = (): WeakMap<Claim, readonly EventReading[]> => new WeakMap();

/** Every event the claim holds, affirmed or negated; none for a pending claim (status's case). */
export function eventReadings(claim: Claim, lexicon: Lexicon): readonly EventReading[] {
  const readings = derived(lexicon, readingCache);
  const cached = readings.get(claim);
  if (cached) return cached;
  const p = claim.proposition;
  const out: EventReading[] = [];
  if (p.predicate && p.state !== 'pending') {
    const theme = p.theme ? phraseWords(claim, p.theme) : orPrepositionalObject([], claim, p.predicate.span);
    out.push({ verb: p.predicate.lemma.toLowerCase(), negative: isNegative(claim), span: p.predicate.span, ...(p.actor ? { actor: p.actor } : {}), theme, via: 'predicate' });
    const implicative = implicativeReading(claim, lexicon);
    if (implicative) out.push(implicative);
    out.push(...eventNounReadings(claim, lexicon), ...cancelledReadings(claim));
    const framed = framedOrSupportedEvent(claim, derived(lexicon, supportVerbs));
    // A denied intention is its holder's (the subject's); an onset frame's subject is the event itself.
    const actor = framed?.byActor && p.actor ? { actor: p.actor } : {};
    if (framed) out.push({ verb: framed.verb, negative: framed.denied, span: framed.span, ...actor, theme: framed.theme, via: 'frame' });
  }
  readings.set(claim, out);
  return out;
}

/** One verb, or two verbs naming one act (WordNet synonyms; a shared rarer sense when one doer fixes it). */
export function sameVerb(x: string, y: string, oneDoer: boolean): boolean {
  return x === y || stem(x) === stem(y) || areSynonyms(x, y) || (oneDoer && areSynonymsInContext(x, y));
}

/** What the two readings act on agrees: either does not say, or they share a content word. */
export function themesOverlap(x: EventReading, y: EventReading): boolean {
  return x.theme.length === 0 || y.theme.length === 0 || x.theme.some((w) => y.theme.includes(w));
}
