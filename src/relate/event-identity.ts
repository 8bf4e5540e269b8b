import { derived, type Lexicon } from '../lexicon/index.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { alignedLinks } from './align.js';
import { eventMentions } from './events.js';
import { nounLemma } from './lemma.js';
import type { AlignLexicon } from './lexical.js';
import type { LinkRelation, WordLink } from './types.js';
import { claimWords, type Token } from './words.js';
import { perClaimWith } from './per-claim.js';

/**
 * Whether two claims describe one event by the alignment of their participants (de Marneffe, Rafferty & Manning
 * 2008, "Finding contradictions in text"): outside the slots that may differ (figures, dates, places) and the event
 * words, the content of each claim lines up with the other's, a specific participant anchors the pair, and the two
 * event words do not set the events apart.
 */
export interface AlignedEvent {
  oneEvent: boolean;
  /** The lower of the two sides' shares of participant words the alignment covers, in [0, 1]; the shorter side's share when only containment makes the pair one event. */
  coverage: number;
  /** The participant word that anchors the pair ("conference"), if any. */
  anchor?: string;
  /**
   * Both claims count one specific thing ("45 pupils" / "fewer than 20 pupils") with most of their participants
   * aligned, and their verbs do not set them apart (one is a light verb, or the events are compatible): their figures
   * are one count even where one event is "carrying" and the other "there were … aboard".
   */
  sameCount: boolean;
  /**
   * The claim that says less is wholly told by the other (de Marneffe, Rafferty & Manning 2008 align the short
   * hypothesis into the premise): every participant of the shorter side is linked as the same thing.
   */
  contained: boolean;
  /**
   * One event only because an event noun is said to happen and the other claim tells its event ("the attack happened
   * on Sunday" / "rebels attacked the garrison", relate/occurrence-events.ts): that dates and places the event, and
   * says nothing of the figures either claim carries.
   */
  occurrence?: boolean;
  /** One event only because both claims are leads of two reports that share a participant (relate/lead-events.ts). */
  lead?: boolean;
}

/** Share of participant words each side must have aligned: most of what each claim says besides the differing slot. */
const ALIGNED_EVENT_COVERAGE = 0.6;
/** Share of the shorter side's participants that must line up for it to be contained in the longer one. */
const CONTAINED_COVERAGE = 0.9;
/** Relations under which two words name the same thing. */
const SAME: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym', 'light-verb']);
/** One word, inflected or not: how a short claim's event must recur among the other clauses of a longer one. */
const SAME_WORD: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection']);
/** Event words name one act also when one is a kind of the other (WordNet troponymy: "reached" is a way to "arrive"). */
const SAME_ACT: ReadonlySet<LinkRelation> = new Set([...SAME, 'hypernym']);
/** A vector link says only "maybe the same": it covers a word half. */
const SIMILAR_WEIGHT = 0.5;
const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS);
export const happeningVerbs = (lexicon: EventLexicon): ReadonlySet<string> => new Set(lexicon.happeningVerbs);
/** The lists the event check reads besides the alignment's. */
export type EventLexicon = AlignLexicon & Pick<Lexicon, 'peopleNouns' | 'happeningVerbs'>;
const peopleNouns = (lexicon: EventLexicon): ReadonlySet<string> => new Set(lexicon.peopleNouns);
const NONE: AlignedEvent = { oneEvent: false, coverage: 0, sameCount: false, contained: false };

const inside = (t: Token, s: Span) => t.span.start >= s.start && t.span.end <= s.end;

/** The words of a claim's slot values: dates, places and the figures of its quantities (their counted nouns stay). */
function slotWord(c: Claim, t: Token): boolean {
  if (c.times.some((x) => inside(t, x.span)) || c.places.some((p) => inside(t, p.span))) return true;
  return c.quantities.some((q) => inside(t, q.span) && !(q.noun ?? '').toLowerCase().split(' ').includes(t.lower));
}

/** The head noun a light verb takes as its object and event ("took place", "made arrests"), unless it is what is counted. */
function lightObject(c: Claim, tokens: readonly Token[]): Token | undefined {
  const p = c.proposition;
  if (!p.predicate || !p.theme || !LIGHT.has(p.predicate.lemma.toLowerCase())) return undefined;
  // A passive subject ("the conference was held") is what the verb acts on, not its event noun.
  if (p.theme.span.start < p.predicate.span.end) return undefined;
  const theme = p.theme.span;
  const head = [...tokens].reverse().find((t) => t.content && inside(t, theme));
  return head && !slotWord(c, head) ? head : undefined;
}

/** The noun right after the predicate that makes one happening verb with it ("took place"), whatever the theme is. */
export function idiomNoun(c: Claim, tokens: readonly Token[], lexicon: EventLexicon): Token | undefined {
  const p = c.proposition.predicate;
  const next = p && tokens.find((t) => t.span.start >= p.span.end);
  return next && derived(lexicon, happeningVerbs).has(`${p.lemma.toLowerCase()} ${next.lower}`) ? next : undefined;
}

/** The tokens naming the claim's own event: predicate, wrapped verb, light-verb phrase or copula complement. Once per claim and lexicon. */
export const eventTokens: (c: Claim, lexicon: EventLexicon) => readonly Token[] = perClaimWith(readEventTokens);

function readEventTokens(c: Claim, lexicon: EventLexicon): Token[] {
  const { tokens } = claimWords(c);
  const spans = eventMentions(c, lexicon).filter((m) => m.source !== 'nominalisation' && m.source !== 'clause').map((m) => m.span);
  const own = tokens.filter((t) => t.content && spans.some((s) => inside(t, s)));
  const extra = [lightObject(c, tokens), idiomNoun(c, tokens, lexicon)].filter((t): t is Token => t !== undefined && !own.includes(t));
  return [...own, ...new Set(extra)];
}

/** What the claim says besides its event and slot values: its participants and modifiers. Once per claim and lexicon (every aligned pair asks). */
const participants: (c: Claim, lexicon: EventLexicon) => readonly Token[] = perClaimWith((c: Claim, lexicon: EventLexicon) => {
  const events = eventTokens(c, lexicon);
  return claimWords(c).tokens.filter((t) => t.content && !events.includes(t) && !slotWord(c, t));
});

const weightOf = (r: LinkRelation) => (r === 'similar' ? SIMILAR_WEIGHT : r === 'antonym' ? 0 : 1);
const side = (l: WordLink, which: 'a' | 'b') => (which === 'a' ? l.a : l.b);
const linksOf = (t: Token, links: readonly WordLink[], which: 'a' | 'b') => links.filter((l) => inside(t, side(l, which)));

function coverage(words: readonly Token[], links: readonly WordLink[], which: 'a' | 'b'): number {
  if (words.length === 0) return 0;
  const covered = words.map((t) => Math.max(0, ...linksOf(t, links, which).map((l) => weightOf(l.relation))));
  return covered.reduce((s, v) => s + v, 0) / words.length;
}

/** A participant of a, not a generic word for people, linked as the same thing to a word of b. */
function anchorOf(pa: readonly Token[], links: readonly WordLink[], lexicon: EventLexicon): Token | undefined {
  return pa.find((t) => !derived(lexicon, peopleNouns).has(nounLemma(t.lower)) && !LIGHT.has(t.verb ?? '') && linksOf(t, links, 'a').some((l) => SAME.has(l.relation)));
}

/** Participants that name an event as a noun: not the verbs of the claim's other clauses ("that left 25 dead"). */
function nominal(c: Claim, words: readonly Token[]): Token[] {
  const verbs = new Set(c.proposition.events ?? []);
  return words.filter((t) => t.verb === undefined || !verbs.has(t.verb));
}

/** The event of one claim is named as a noun among the other's participants ("were shot" / "died in the shooting"). */
function eventNamedAcross(a: Claim, b: Claim, words: Words, links: readonly WordLink[]): boolean {
  const touches = (xs: readonly Token[], s: Span) => xs.some((t) => inside(t, s));
  const [na, nb] = [nominal(a, words.pa), nominal(b, words.pb)];
  return links.some((l) => SAME.has(l.relation) && ((touches(words.ea, l.a) && touches(nb, l.b)) || (touches(na, l.a) && touches(words.eb, l.b))));
}

/** Both claims only say the event happened or was held ("was held" / "took place"). */
function happening(c: Claim, events: readonly Token[], lexicon: EventLexicon): boolean {
  const HAPPENING = derived(lexicon, happeningVerbs);
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined) return false;
  const object = events.find((t) => t.span.start > (c.proposition.predicate?.span.start ?? 0));
  return HAPPENING.has(lemma) || (object !== undefined && HAPPENING.has(`${lemma} ${object.lower}`));
}

/** An existential "there were 20 pupils aboard": a count of what is present, compatible with any act that counts it. */
function existential(c: Claim): boolean {
  const first = claimWords(c).tokens[0];
  return c.proposition.predicate?.lemma.toLowerCase() === 'be' && first?.lower === 'there' && c.quantities.length > 0;
}

/** The claims hold their events alike: a negated or pending event is no account of where or when it happened. */
export const sameState = (a: Claim, b: Claim) => a.proposition.state === b.proposition.state && a.proposition.negated === b.proposition.negated;

/**
 * The two events do not set the claims apart: their own event words are one by the dictionary, one's event is named
 * among the other's participants, or both only say the event happened. Related acts (a process and its outcome, a
 * cause and its result) may differ in date and place, and an event noun both themes share is not what either does.
 */
function eventsCompatible(a: Claim, b: Claim, words: Words, links: readonly WordLink[], lexicon: EventLexicon): boolean {
  if (!sameState(a, b)) return false;
  if (repeated(words, links)) return false;
  if (ownEventsLinked(words, links)) return true;
  if (eventNamedAcross(a, b, words, links)) return true;
  return (happening(a, words.ea, lexicon) && happening(b, words.eb, lexicon)) || existential(a) || existential(b);
}

/** The prefix "re-" (again) makes another occurrence of the act: "re-elected in 1995" is not "elected in 1990". */
const REPEATED = /^re-?(?=[a-z]{3})/;
function repetition(x: string, y: string): boolean {
  const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
  return (REPEATED.test(lx) && lx.replace(REPEATED, '') === ly) || (REPEATED.test(ly) && ly.replace(REPEATED, '') === lx);
}

const touches = (xs: readonly Token[], s: Span) => xs.some((t) => inside(t, s));
const eventLinks = (words: Words, links: readonly WordLink[]) => links.filter((l) => touches(words.ea, l.a) && touches(words.eb, l.b));
const repeated = (words: Words, links: readonly WordLink[]) => eventLinks(words, links).some((l) => repetition(l.lemmas[0], l.lemmas[1]));
/** The two claims' own event words are one act, or one a kind of the other. */
const ownEventsLinked = (words: Words, links: readonly WordLink[]) => !repeated(words, links) && eventLinks(words, links).some((l) => SAME_ACT.has(l.relation));

interface Words { ea: readonly Token[]; eb: readonly Token[]; pa: readonly Token[]; pb: readonly Token[] }

/**
 * The shorter claim's own event is one of the verbs of the longer claim's other clauses ("was celebrated after the
 * photo was shared 900 times" tells "the photo was shared 40 times"): the longer sentence tells that event too. The
 * verb must recur as the same word: a synonym or derivation in a subordinate clause is often another act mentioned in
 * passing (with SAME here, one more RTE-3 false alarm in the counted half).
 */
function shortEventToldInLong(a: Claim, b: Claim, words: Words, links: readonly WordLink[], aShorter: boolean): boolean {
  const [short, longWords, long] = aShorter ? [words.ea, words.pb, b] : [words.eb, words.pa, a];
  const clauseVerbs = new Set(long.proposition.events ?? []);
  const longLemma = (l: WordLink) => (aShorter ? l.lemmas[1] : l.lemmas[0]).toLowerCase();
  const [shortSpan, longSpan] = aShorter ? (['a', 'b'] as const) : (['b', 'a'] as const);
  return links.some((l) => SAME_WORD.has(l.relation) && clauseVerbs.has(longLemma(l)) && touches(short, side(l, shortSpan)) && touches(longWords, side(l, longSpan)));
}

/** The counted nouns of a claim's quantities, apart from words for people in general. */
function countedNouns(c: Claim, lexicon: EventLexicon): Token[] {
  const counted = (t: Token) => c.quantities.some((q) => inside(t, q.span) && (q.noun ?? '').toLowerCase().split(' ').includes(t.lower));
  return claimWords(c).tokens.filter((t) => t.content && counted(t) && !derived(lexicon, peopleNouns).has(nounLemma(t.lower)));
}

/** A counted noun of a linked as one thing to a counted noun of b. */
function sameCountedThing(a: Claim, b: Claim, links: readonly WordLink[], lexicon: EventLexicon): boolean {
  const nb = countedNouns(b, lexicon);
  return countedNouns(a, lexicon).some((t) => linksOf(t, links, 'a').some((l) => SAME.has(l.relation) && nb.some((u) => inside(u, l.b))));
}

const lightEvent = (c: Claim) => LIGHT.has(c.proposition.predicate?.lemma.toLowerCase() ?? '');

/** One event by alignment, for the event-bound kinds (figures, dates, places) whose event words differ. */
export function alignedEvent(a: Claim, b: Claim, lexicon: EventLexicon): AlignedEvent {
  const [ea, eb] = [eventTokens(a, lexicon), eventTokens(b, lexicon)];
  const words: Words = { ea, eb, pa: participants(a, lexicon), pb: participants(b, lexicon) };
  if (words.pa.length === 0 || words.pb.length === 0) return NONE;
  const links = alignedLinks(a, b, lexicon);
  const [ca, cb] = [coverage(words.pa, links, 'a'), coverage(words.pb, links, 'b')];
  const covered = Math.min(ca, cb);
  const anchor = anchorOf(words.pa, links, lexicon);
  const compatible = eventsCompatible(a, b, words, links, lexicon);
  const high = covered >= ALIGNED_EVENT_COVERAGE;
  const aShorter = words.pa.length <= words.pb.length;
  const shorter = aShorter ? ca : cb;
  const eventsTold = ownEventsLinked(words, links) || shortEventToldInLong(a, b, words, links, aShorter);
  const contained = anchor !== undefined && sameState(a, b) && eventsTold && shorter >= CONTAINED_COVERAGE;
  const oneEvent = anchor !== undefined && ((compatible && high) || contained);
  const verbsAllow = compatible || (sameState(a, b) && (lightEvent(a) || lightEvent(b)));
  const sameCount = high && verbsAllow && sameCountedThing(a, b, links, lexicon);
  return { oneEvent, coverage: Math.round((contained && !high ? shorter : covered) * 1e6) / 1e6, ...(anchor ? { anchor: anchor.lower } : {}), sameCount, contained };
}
