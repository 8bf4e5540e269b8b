import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { PREPOSITIONS } from '../lexicon/grammar-words.js';
import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { HEARSAY_NOUNS, UNCONFIRMED_MODIFIERS } from '../lexicon/status-cues.js';
import { stem } from '../extract/keys.js';
import { verbLemma } from './lemma.js';
import { verbsOfNominalisation } from './wordnet.js';

/**
 * An event a sentence mentions only as unconfirmed: "an unconfirmed explosion at a pipeline", "unverified reports of a
 * pipeline explosion". FactBank reads such an event as underspecified: neither asserted nor denied.
 */
export interface UnconfirmedEvent {
  /** The verbs the event noun derives from ("explosion" → explode; "attack" → attack). */
  verbs: readonly string[];
  /** Stems of the words that place the event: the noun's modifiers and its prepositional phrase ("oil", "pipelin"). */
  participants: ReadonlySet<string>;
  /** From the modifier through the event noun: "unconfirmed rumours of an oil pipeline explosion". */
  span: Span;
}

interface Word {
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
/** Words that end a noun phrase: function words and prepositions ("near" is one, not a verb). */
const FUNCTION: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...PREPOSITIONS]);
const TEXT: ReadonlySet<string> = new Set(TEXT_NOUNS);
/** Most words of the noun phrase through its head. */
const MAX_PHRASE = 5;
/** Most words of the phrase that places the event: a short noun phrase ("a Saudi oil pipeline"). */
const MAX_PLACING = 4;
const MODIFIERS: ReadonlySet<string> = new Set(UNCONFIRMED_MODIFIERS);
const HEARSAY: ReadonlySet<string> = new Set(HEARSAY_NOUNS);

function words(text: string, offset: number): Word[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    lower: m[0].toLowerCase(),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    word: /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

/** Content words from i on, up to a function word or punctuation: a noun phrase without its determiner. */
function phraseFrom(ws: readonly Word[], i: number, max = MAX_PHRASE): Word[] {
  const out: Word[] = [];
  for (let k = i; k < ws.length && out.length < max; k++) {
    const w = ws[k]!;
    if (!w.word || FUNCTION.has(w.lower)) break;
    out.push(w);
  }
  return out;
}

/** Past determiners and other function words (at most two): where a noun phrase's words begin. */
function skipFunction(ws: readonly Word[], i: number): number {
  let k = i;
  while (k < ws.length && k < i + 2 && ws[k]!.word && FUNCTION.has(ws[k]!.lower)) k++;
  return k;
}

/** The verbs an event noun names: its WordNet nominalisation, else the same word as a verb ("attack", "blast"). */
function eventVerbs(noun: string): readonly string[] {
  if (TEXT.has(noun)) return [];
  const derivedVerbs = verbsOfNominalisation(noun);
  if (derivedVerbs.length > 0) return derivedVerbs;
  const same = verbLemma(noun);
  return same === noun ? [same] : [];
}

/** The unconfirmed events a claim's sentence mentions, read once per claim. */
export function unconfirmedEvents(claim: Claim): readonly UnconfirmedEvent[] {
  let found = memo.get(claim);
  if (!found) memo.set(claim, (found = readEvents(claim)));
  return found;
}
const memo = new WeakMap<Claim, readonly UnconfirmedEvent[]>();

function readEvents(claim: Claim): UnconfirmedEvent[] {
  const mods = MODIFIERS;
  const lower = claim.text.toLowerCase();
  // A modifier that is a word of the text is a substring of it: most claims have none, and skip the word split.
  if (!UNCONFIRMED_MODIFIERS.some((m) => lower.includes(m)) || !lower.split(/[^\p{L}]+/u).some((w) => mods.has(w))) return [];
  const hear = HEARSAY;
  const ws = words(claim.text, claim.span.start);
  // "an initially unconfirmed explosion was later confirmed": the sentence itself tells the update.
  if (ws.some((w) => mods.has(`un${w.lower}`))) return [];
  const out: UnconfirmedEvent[] = [];
  ws.forEach((w, i) => {
    if (!mods.has(w.lower)) return;
    // "unconfirmed reports of an oil pipeline explosion": the event is the of-phrase's head, not the hearsay noun.
    let from = i + 1;
    if (hear.has(ws[from]?.lower ?? '') && ws[from + 1]?.lower === 'of') from = skipFunction(ws, from + 2);
    const phrase = phraseFrom(ws, from);
    const head = phrase.at(-1);
    if (!head) return;
    const verbs = eventVerbs(head.lower);
    if (verbs.length === 0) return;
    // The phrase that places it: "at a Saudi oil pipeline", "in the capital".
    const after = ws.indexOf(head) + 1;
    const placing = ws[after]?.word === true && FUNCTION.has(ws[after]!.lower) ? phraseFrom(ws, skipFunction(ws, after + 1), MAX_PLACING) : [];
    const participants = new Set([...phrase.slice(0, -1), ...placing].map((p) => stem(p.lower)));
    const start = w.start - claim.span.start;
    const end = head.end - claim.span.start;
    out.push({ verbs, participants, span: { start: w.start, end: head.end, text: claim.text.slice(start, end) } });
  });
  return out;
}
