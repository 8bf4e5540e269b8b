import { ADDITIVE_ADJUNCTS, END_PREPOSITIONS, END_VERBS, ONSET_PREPOSITIONS, ONSET_VERBS } from '../lexicon/event-phases.js';
import { derived } from '../lexicon/index.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { eventTokens, happeningVerbs, idiomNoun, sameState, type EventLexicon } from './event-identity.js';
import { lexicalRelation } from './lexical.js';
import type { LinkRelation } from './types.js';
import { claimWords, type Token } from './words.js';
import { perClaimWith } from './per-claim.js';

/**
 * "The attack happened on Sunday" / "Rebels attacked the garrison on Monday": a verb of occurrence (FrameNet's Event
 * frame) or of an event's onset or end (Levin 1993 § 55) has an event noun as its subject and says only that the event
 * took place, began or ended. When the other claim names that noun's event as its own act (its verb, or the object of
 * its support verb: "gave birth" / "the birth happened"), the two claims tell one event (Grimshaw 1990: a complex event
 * nominal and its verb share their event). The noun's other words must be told by the other claim too ("a second
 * attack", "a strike by teachers" set an event apart), and a phase verb dates only its phase: "will begin on Monday"
 * against a start date ("from Friday"), "will be completed by June" against a deadline ("by March").
 */
export function occurrenceOfNamedEvent(a: Claim, b: Claim, lexicon: EventLexicon): boolean {
  return sameState(a, b) && !additive(a) && !additive(b) && (tells(a, b, lexicon) || tells(b, a, lexicon));
}

/** The claim adds one more instance beside one in view ("were also battling"); read once per claim object, not per pair. */
function additive(c: Claim): boolean {
  let found = additiveClaims.get(c);
  if (found === undefined) {
    const words = claimWords(c).tokens.map((t) => t.lower);
    const text = words.join(' ');
    found = ADDITIVE_ADJUNCTS.some((w) => (w.includes(' ') ? text.includes(w) : words.includes(w)));
    additiveClaims.set(c, found);
  }
  return found;
}
/** Claims are immutable values; keyed weakly, so the memo lives no longer than the claims it describes. */
const additiveClaims = new WeakMap<Claim, boolean>();

type Phase = 'whole' | 'onset' | 'end';

const ONSET: ReadonlySet<string> = new Set(ONSET_VERBS);
const ONSET_MARKS: ReadonlySet<string> = new Set(ONSET_PREPOSITIONS);
const END_MARKS: ReadonlySet<string> = new Set(END_PREPOSITIONS);
const END: ReadonlySet<string> = new Set(END_VERBS);
/** Relations under which the event noun and the other claim's event word name one act. */
const ONE_ACT: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym']);
/** Relations under which a modifier of the event noun is told by the other claim. */
const TOLD: ReadonlySet<LinkRelation> = new Set([...ONE_ACT, 'hypernym']);

const inside = (t: Token, s: Span) => t.span.start >= s.start && t.span.end <= s.end;

/** The phase of its subject's event a claim's predicate speaks of, if it says only that the event happened, began or ended. */
const phaseOf = perClaimWith(readPhase);

function readPhase(c: Claim, lexicon: EventLexicon): Phase | undefined {
  const p = c.proposition.predicate;
  if (!p) return undefined;
  const lemma = p.lemma.toLowerCase();
  if (ONSET.has(lemma)) return 'onset';
  if (END.has(lemma)) return 'end';
  return derived(lexicon, happeningVerbs).has(lemma) || idiomNoun(c, claimWords(c).tokens, lexicon) !== undefined ? 'whole' : undefined;
}

/** The subject of a claim's predicate: a theme before the verb (a passive: "the mass was held"), else the actor. */
function subjectOf(c: Claim): Phrase | undefined {
  const { predicate, theme, actor } = c.proposition;
  if (!predicate) return undefined;
  if (theme && theme.span.end <= predicate.span.start) return theme;
  return actor && actor.span.end <= predicate.span.start ? actor : undefined;
}

/** The words naming the other claim's own event: its event words, and the noun right after a support verb ("gave birth"). */
function ownEventWords(c: Claim, lexicon: EventLexicon): readonly Token[] {
  const own = eventTokens(c, lexicon);
  const p = c.proposition.predicate;
  if (!p || !lexicon.supportVerbs.includes(p.lemma.toLowerCase())) return own;
  const object = claimWords(c).tokens.find((t) => t.span.start >= p.span.end && t.content);
  return object && !own.includes(object) ? [...own, object] : own;
}

const linked = (x: Token, ys: readonly Token[], relations: ReadonlySet<LinkRelation>, lexicon: EventLexicon) =>
  ys.some((y) => {
    const r = lexicalRelation(x, y, lexicon);
    return r !== undefined && relations.has(r.relation);
  });

/** The words right before a time span, one and two of them ("by", "as of"), skipping an article. */
function markerOf(c: Claim, span: Span): string[] {
  const before = claimWords(c).tokens.filter((t) => t.span.end <= span.start && t.lower !== 'the');
  const [x, y] = [before.at(-2)?.lower, before.at(-1)?.lower];
  return [...(y ? [y] : []), ...(x && y ? [`${x} ${y}`] : [])];
}

/** Every date of the other claim dates the same phase: a start for an onset, a deadline or end for an end. */
function datesPhase(c: Claim, phase: Phase): boolean {
  if (phase === 'whole') return true;
  const marks = phase === 'onset' ? ONSET_MARKS : END_MARKS;
  return c.times.length > 0 && c.times.every((t) => markerOf(c, t.span).some((m) => marks.has(m)));
}

const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);

/** A noun phrase's head: its last content word before a prepositional postmodifier ("the attack on the garrison"). */
function headOf(tokens: readonly Token[]): Token | undefined {
  const cut = tokens.findIndex((t, i) => i > 0 && PREPOSITION.has(t.lower) && tokens.slice(0, i).some((u) => u.content));
  return (cut < 0 ? tokens : tokens.slice(0, cut)).filter((t) => t.content).at(-1);
}

/** x says the event its subject names happened (began, ended), and y tells that event as its own act. */
function tells(x: Claim, y: Claim, lexicon: EventLexicon): boolean {
  const phase = phaseOf(x, lexicon);
  const subject = phase && subjectOf(x);
  if (!phase || !subject) return false;
  // Every word before the verb ("a second attack": the extracted subject may keep its head alone), dates and places aside.
  const setting = (t: Token) => x.times.some((s) => inside(t, s.span)) || x.places.some((s) => inside(t, s.span));
  const before = x.proposition.predicate?.span.start ?? 0;
  const words = claimWords(x).tokens.filter((t) => t.content && t.span.end <= before && !setting(t));
  const head = headOf(claimWords(x).tokens.filter((t) => inside(t, subject.span)));
  if (!head || !linked(head, ownEventWords(y, lexicon), ONE_ACT, lexicon)) return false;
  // Any word of y tells a modifier, its dates and places too ("the attack on the Kolwe garrison" / "… garrison at Kolwe").
  const others = claimWords(y).tokens.filter((t) => t.content);
  return words.filter((t) => t !== head).every((t) => linked(t, others, TOLD, lexicon)) && datesPhase(y, phase === 'whole' ? 'whole' : phaseOf(y, lexicon) === phase ? 'whole' : phase);
}
