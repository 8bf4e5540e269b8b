import type { Claim, Phrase, Quantity, Time } from '../model/claim.js';
import { nounLemma } from './lemma.js';
import { lexicalRelation, type AlignLexicon } from './lexical.js';
import type { AlignedWord, ConverseRoles, SlotAlignment, WordLink } from './types.js';
import { claimWords, type Token } from './words.js';

/** Relations under which two fillers name the same thing. */
const SAME = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym']);

function wordsIn(claim: Claim, phrase: Phrase | undefined): Token[] {
  if (!phrase) return [];
  return claimWords(claim).tokens.filter((t) => t.content && t.span.start >= phrase.span.start && t.span.end <= phrase.span.end);
}

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

/** Whether two parties are one: the same key, or heads in a sameness relation. */
export function sameParty(x: readonly AlignedWord[], y: readonly AlignedWord[], lexicon: AlignLexicon): boolean {
  const kx = partyKey(x, lexicon);
  if (kx === undefined || kx !== partyKey(y, lexicon)) {
    const hx = x[x.length - 1];
    const hy = y[y.length - 1];
    const r = hx && hy ? lexicalRelation(hx, hy, lexicon) : undefined;
    return r !== undefined && SAME.has(r.relation);
  }
  return true;
}

/** Agent or theme: aligned when both claims fill it, differing when the fillers are not one party. */
function phraseSlot(slot: 'agent' | 'theme', a: Claim, b: Claim, lexicon: AlignLexicon): SlotAlignment {
  const pa = slot === 'agent' ? a.proposition.actor : a.proposition.theme;
  const pb = slot === 'agent' ? b.proposition.actor : b.proposition.theme;
  const base = { slot, ...(pa ? { a: pa.text } : {}), ...(pb ? { b: pb.text } : {}) };
  if (!pa || !pb) return { ...base, aligned: false, differs: false };
  const same = sameParty(wordsIn(a, pa), wordsIn(b, pb), lexicon);
  return { ...base, aligned: true, differs: !same, ...(same ? {} : { note: 'different fillers' }) };
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
  if (!x || !y) return { slot: 'date', aligned: false, differs: false };
  const disjoint = (s: Time, t: Time) => bound(s, s.to) < bound(t, t.from) || bound(t, t.to) < bound(s, s.from);
  const differs = a.times.every((s) => b.times.every((t) => disjoint(s, t)));
  return { slot: 'date', a: x.span.text, b: y.span.text, aligned: true, differs, ...(differs ? { note: 'no day in common' } : {}) };
}

function placeSlot(a: Claim, b: Claim): SlotAlignment {
  const [x, y] = [a.places[0], b.places[0]];
  if (!x || !y) return { slot: 'place', aligned: false, differs: false };
  const contains = a.places.some((p) => b.places.some((q) => p.key === q.key || p.within.includes(q.key) || q.within.includes(p.key)));
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

/** Every typed slot of the pair, in SLOT_NAMES order. */
export function alignSlots(a: Claim, b: Claim, event: WordLink | undefined, roles: ConverseRoles | undefined, lexicon: AlignLexicon): SlotAlignment[] {
  return [
    eventSlot(event, roles),
    roles ? converseAgentSlot(a, b, roles) : phraseSlot('agent', a, b, lexicon),
    phraseSlot('theme', a, b, lexicon),
    quantitySlot(a, b, lexicon),
    dateSlot(a, b),
    placeSlot(a, b),
    quoteSlot(a, b),
    stateSlot(a, b, event),
  ];
}
