import { datesComparable } from '../match/dates.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import type { Claim, Quantity, Time } from '../model/claim.js';
import { nominalTheme, type EventMention } from './events.js';
import { nounLemma } from './lemma.js';
import { lexicalRelation, type AlignLexicon } from './lexical.js';
import type { AlignedWord, ConverseRoles, SlotAlignment, WordLink } from './types.js';
import { contentWordsIn, type Token } from './words.js';

/** Relations under which two fillers name the same thing. */
const SAME = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym']);

/** The canonical key of a party: an alias of one of its words or word pairs, else its head's lemma. */
function partyKey(words: readonly AlignedWord[], lexicon: AlignLexicon): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? lexicon.aliases.get(`${words[i]!.lower} ${words[i + 1]!.lower}`) : undefined;
    const alias = pair ?? lexicon.aliases.get(words[i]!.lower);
    if (alias) return alias;
  }
  const head = words[words.length - 1];
  return head ? nounLemma(head.lower) : undefined;
}

/** A party's words with its canonical key, worked out once so that comparing it with many others is a string test. */
export interface Party { words: readonly AlignedWord[]; key: string | undefined }

export function partyOf(words: readonly AlignedWord[], lexicon: AlignLexicon): Party {
  return { words, key: partyKey(words, lexicon) };
}

/** Whether two keyed parties are one: the same key, or heads in a sameness relation. */
export function sameKeyedParty(x: Party, y: Party, lexicon: AlignLexicon): boolean {
  if (x.key !== undefined && x.key === y.key) return true;
  const hx = x.words[x.words.length - 1];
  const hy = y.words[y.words.length - 1];
  const r = hx && hy ? lexicalRelation(hx, hy, lexicon) : undefined;
  return r !== undefined && SAME.has(r.relation);
}

/** Whether two parties are one: the same key, or heads in a sameness relation. */
export function sameParty(x: readonly AlignedWord[], y: readonly AlignedWord[], lexicon: AlignLexicon): boolean {
  return sameKeyedParty(partyOf(x, lexicon), partyOf(y, lexicon), lexicon);
}

/** The two events and how each claim names its own. */
export interface EventMatch { link: WordLink; x: EventMention; y: EventMention }

/** A filler: its words and the text shown for it. */
interface Filler { words: Token[]; text: string }

const filler = (words: Token[]): Filler | undefined => (words.length > 0 ? { words, text: words.map((w) => w.span.text).join(' ') } : undefined);

const agentOf = (claim: Claim) => filler(contentWordsIn(claim, claim.proposition.actor));

/**
 * The theme: when the theme phrase is the event noun itself ("the indictment of the mayor", "made a decision"), the
 * of-phrase after it; of a copula ("the road is open"), its subject, as in the passive "the road was closed";
 * else the theme phrase.
 */
function themeOf(claim: Claim, mention: EventMention | undefined): Filler | undefined {
  if (mention?.source === 'state') return agentOf(claim);
  const theme = claim.proposition.theme;
  const noun = mention?.word.span;
  if (mention && mention.source !== 'predicate' && theme && noun && noun.start >= theme.span.start && noun.end <= theme.span.end) {
    return filler(nominalTheme(claim, mention.word.span));
  }
  return filler(contentWordsIn(claim, theme));
}

/** Two fillers of one slot: aligned when both exist, differing when they are not one party. */
function fillerSlot(slot: 'agent' | 'theme', fa: Filler | undefined, fb: Filler | undefined, lexicon: AlignLexicon, note?: string): SlotAlignment {
  // Fields set one by one in the order (slot, a, b, aligned, differs, note), each optional one only when present: two
  // object spreads with fields added cost microseconds in Node 20's V8, and every aligned pair builds two such slots.
  const out: { slot: 'agent' | 'theme'; a?: string; b?: string } = { slot };
  if (fa) out.a = fa.text;
  if (fb) out.b = fb.text;
  if (!fa || !fb) return Object.assign(out, { aligned: false, differs: false });
  const same = sameParty(fa.words, fb.words, lexicon);
  const why = note ?? (same ? undefined : 'different fillers');
  const slotted: SlotAlignment = Object.assign(out, { aligned: true, differs: !same });
  if (why) slotted.note = why;
  return slotted;
}

/** The agent slot; across a cause link the object of the cause is the subject of the result (killed people / people died). */
function agentSlot(a: Claim, b: Claim, match: EventMatch | undefined, lexicon: AlignLexicon): SlotAlignment {
  if (match?.link.relation === 'cause') {
    const causeFirst = match.link.direction === 'a-to-b';
    const note = 'cause: the object of the cause is the subject of the result';
    return causeFirst
      ? fillerSlot('agent', themeOf(a, match.x), agentOf(b), lexicon, note)
      : fillerSlot('agent', agentOf(a), themeOf(b, match.y), lexicon, note);
  }
  // A copula has no agent: its subject is the theme of the state.
  const agent = (c: Claim, m: EventMention | undefined) => (m?.source === 'state' ? undefined : agentOf(c));
  return fillerSlot('agent', agent(a, match?.x), agent(b, match?.y), lexicon);
}

/** A converse pair's agents: a's agent against b's other party, and the reverse. */
function converseAgentSlot(a: Claim, b: Claim, roles: ConverseRoles): SlotAlignment {
  const base = { slot: 'agent' as const, ...(a.proposition.actor ? { a: a.proposition.actor.text } : {}), ...(b.proposition.actor ? { b: b.proposition.actor.text } : {}) };
  if (roles === 'unknown') return { ...base, aligned: false, differs: false, relation: 'converse', note: 'converse: other party not found' };
  return { ...base, aligned: true, differs: false, relation: 'converse', note: roles === 'swapped' ? 'converse: roles swapped' : 'converse: same agent on both sides' };
}

function countedNoun(q: Quantity): string | undefined {
  return q.noun ? nounLemma(q.noun.toLowerCase()) : undefined;
}

/** Two quantities measure one thing: the same dimension and, for counts, the same counted noun. */
function sameMeasure(x: Quantity, y: Quantity, lexicon: AlignLexicon): boolean {
  if (x.dimension !== y.dimension) return false;
  const nx = countedNoun(x);
  const ny = countedNoun(y);
  if (nx === undefined || ny === undefined) return x.dimension !== 'count' && nx === ny;
  if (nx === ny) return true;
  const r = lexicalRelation({ span: x.span, lower: nx, lemma: nx }, { span: y.span, lower: ny, lemma: ny }, lexicon);
  return r !== undefined && SAME.has(r.relation);
}

const overlaps = (x: Quantity, y: Quantity) =>
  (x.base.from === null || y.base.to === null || x.base.from <= y.base.to) && (y.base.from === null || x.base.to === null || y.base.from <= x.base.to);

function quantitySlot(a: Claim, b: Claim, lexicon: AlignLexicon): SlotAlignment {
  for (const x of a.quantities) {
    const y = b.quantities.find((q) => sameMeasure(x, q, lexicon));
    if (!y) continue;
    const differs = !overlaps(x, y);
    return { slot: 'quantity', a: x.span.text, b: y.span.text, aligned: true, differs, ...(differs ? { note: `disjoint ${x.dimension} intervals` } : {}) };
  }
  return { slot: 'quantity', aligned: false, differs: false };
}

/** Day-level bounds of a time ("2026-05-03"), or the full instant for clock times. */
const bound = (t: Time, iso: string) => (t.granularity === 'time' ? iso : iso.slice(0, 10));

function dateSlot(a: Claim, b: Claim): SlotAlignment {
  const [x, y] = [a.times[0], b.times[0]];
  if (!x || !y || !datesComparable(x, y)) return { slot: 'date', aligned: false, differs: false };
  const disjoint = (s: Time, t: Time) => bound(s, s.to) < bound(t, t.from) || bound(t, t.to) < bound(s, s.from);
  const pairs = a.times.flatMap((s) => b.times.filter((t) => datesComparable(s, t)).map((t) => [s, t] as const));
  const differs = pairs.every(([s, t]) => disjoint(s, t));
  return { slot: 'date', a: x.span.text, b: y.span.text, aligned: true, differs, ...(differs ? { note: 'no day in common' } : {}) };
}

function placeSlot(a: Claim, b: Claim): SlotAlignment {
  const [x, y] = [a.places[0], b.places[0]];
  if (!x || !y) return { slot: 'place', aligned: false, differs: false };
  const contains = a.places.some((p) => b.places.some((q) => samePlaceOrWithin(p, q)));
  return { slot: 'place', a: x.name, b: y.name, aligned: true, differs: !contains, ...(contains ? {} : { note: 'neither place contains the other' }) };
}

const quoteWords = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function quoteSlot(a: Claim, b: Claim): SlotAlignment {
  const [x, y] = [a.quotes[0], b.quotes[0]];
  if (!x || !y) return { slot: 'quote', aligned: false, differs: false };
  const [qx, qy] = [quoteWords(x.text), quoteWords(y.text)];
  const differs = !qx.includes(qy) && !qy.includes(qx);
  return { slot: 'quote', a: x.text, b: y.text, aligned: true, differs, ...(differs ? { note: 'neither quote contains the other' } : {}) };
}

function stateSlot(a: Claim, b: Claim, event: WordLink | undefined): SlotAlignment {
  const [sa, sb] = [a.proposition.state, b.proposition.state];
  if (!event) return { slot: 'state', a: sa, b: sb, aligned: false, differs: false };
  const differs = sa !== sb || a.proposition.negated !== b.proposition.negated;
  return { slot: 'state', a: sa, b: sb, aligned: true, differs };
}

function eventSlot(event: WordLink | undefined, roles: ConverseRoles | undefined): SlotAlignment {
  if (!event) return { slot: 'event', aligned: false, differs: false };
  const opposed = event.relation === 'antonym' || (event.relation === 'converse' && roles === 'same');
  return { slot: 'event', a: event.a.text, b: event.b.text, aligned: true, differs: opposed, relation: event.relation };
}

const UNALIGNED_EVENT = 'events not aligned';

/** A slot that only means something within one event (a quantity, date, place or state of another event may differ freely). */
function withinEvent(slot: SlotAlignment, event: WordLink | undefined): SlotAlignment {
  if (event || !slot.aligned) return slot;
  const { note: _, ...rest } = slot;
  return { ...rest, aligned: false, differs: false, note: UNALIGNED_EVENT };
}

/** The claim's agent and theme belong to its main verb, not to a verb of a subordinate clause. */
function rolesUnknown(slot: SlotAlignment): SlotAlignment {
  const { note: _, ...rest } = slot;
  return { ...rest, aligned: false, differs: false, note: 'event in a subordinate clause: its roles are not extracted' };
}

/** Every typed slot of the pair, in SLOT_NAMES order. */
export function alignSlots(a: Claim, b: Claim, match: EventMatch | undefined, roles: ConverseRoles | undefined, lexicon: AlignLexicon): SlotAlignment[] {
  const event = match?.link;
  const clause = match?.x.source === 'clause' || match?.y.source === 'clause';
  const agent = roles ? converseAgentSlot(a, b, roles) : agentSlot(a, b, match, lexicon);
  const theme = fillerSlot('theme', themeOf(a, match?.x), themeOf(b, match?.y), lexicon);
  return [
    eventSlot(event, roles),
    clause ? rolesUnknown(agent) : agent,
    clause ? rolesUnknown(theme) : theme,
    withinEvent(quantitySlot(a, b, lexicon), event),
    withinEvent(dateSlot(a, b), event),
    withinEvent(placeSlot(a, b), event),
    quoteSlot(a, b),
    stateSlot(a, b, event),
  ];
}
