import nlp from 'compromise';
import { CLOSING_FIGURE_SIGNS } from './trailing-parts.js';
import { trailingRunStart } from '../ingest/edges.js';
import type { Range } from '../ingest/types.js';
import { rootOf } from './term-roots.js';
import { withAspectProgressives } from './aspect-progressives.js';
import { relativeBeforeClitic } from './clitics.js';
import { postTag } from './post-tagger.js';
import { mayContract, mayContractTwo } from './contractions-step.js';

const WORD_CHAR = /[\p{L}\p{N}']/u;

/** One word of a clause as compromise tags it, with absolute offsets into the document. */
export interface Term {
  start: number;
  end: number;
  lower: string;
  /** compromise's root form (infinitive for verbs, singular for nouns) when it has one, else `lower`. */
  root: string;
  tags: ReadonlySet<string>;
  /** Written with an initial capital. */
  capitalized: boolean;
  /** A comma follows the word ("The Green Alliance, junior partner …"): a noun phrase ends here. */
  commaAfter: boolean;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  machine?: string;
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/**
 * How much of compromise's tagger runs: 'full' is `nlp(text)`; 'quick' stops before its post-tagger (about three
 * times faster, and the same on about nine in ten of the tags gainsay reads), for clauses without a cue word.
 */
export type TagDepth = 'full' | 'quick';
/**
 * After TOKENIZE_STEPS, the pre-tagger's steps less a second 'alias' and 'machine': 'machine' computes each term's
 * form from its text alone (the same again), and a second 'alias' only lists a term's aliases twice, which compromise
 * reads as a set. The second 'contractions' stays: it splits words the first left whole ("there’s").
 */
const QUICK_STEPS = ['contractions', 'index', 'lexicon', 'preTagger', 'contractionTwo'];
/**
 * What `nlp.tokenize(text)` computes after tokenizing, less 'normal': the tokenizer already set each term's normal
 * form with the same function, from text that 'alias' leaves unchanged, so running it again changed nothing.
 */
const TOKENIZE_STEPS = ['alias', 'machine', 'contractions'];

/**
 * compromise's own steps after tokenizing (`nlp(text)` runs them all), less its chunker: it only groups words into
 * phrase chunks, which gainsay never reads, and it changes no tag. Either depth then takes the root forms as
 * compromise's 'root' step makes them (rootOf, once per form).
 */
const FULL_STEPS = nlp.hooks().filter((step) => step !== 'chunks');
type Doc = ReturnType<typeof nlp.tokenize>;
/** The parts of compromise's world and View used to tokenize without tagging (as `nlp(text)` does first). */
interface Tokenizer {
  methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } };
}
const View = nlp.tokenize('').constructor as new (document: unknown) => Doc;

/** compromise's tokenizer alone, as `nlp(text)` and `nlp.tokenize(text)` both start. */
function tokenized(text: string): Doc {
  const world = nlp.world() as Tokenizer;
  return new View(world.methods.one.tokenize.fromString(text, world));
}

/** `nlp(text)` without the chunker (about a sixth of the full tagger's time), global state untouched. */
function fullyTagged(text: string): Doc {
  const doc = tokenized(text);
  runSteps(doc, FULL_STEPS);
  return doc;
}

/** `nlp.tokenize(text)` then the quick steps, as before, without its repeated normalisation. */
function quicklyTagged(text: string): Doc {
  const doc = tokenized(text);
  runSteps(doc, TOKENIZE_STEPS);
  runSteps(doc, QUICK_STEPS);
  return doc;
}

/**
 * compromise's steps in order, as `doc.compute(steps)` runs them, three of them the quicker way with the same result:
 * 'contractions' and 'contractionTwo' only where they could change a word (contractions-step.ts), 'postTagger' by
 * postTag (post-tagger.ts).
 */
function runSteps(doc: Doc, steps: readonly string[]): void {
  const view = doc as unknown as Parameters<typeof postTag>[0] & Parameters<typeof mayContract>[0];
  for (const step of steps) {
    if (step === 'contractions' && !mayContract(view)) continue;
    if (step === 'contractionTwo' && !mayContractTwo(view)) continue;
    if (step === 'postTagger' && postTag(view)) continue;
    doc.compute(step);
  }
}

/**
 * Tags the words of view[range] with compromise's tagger: the one place gainsay runs the full parser, once per
 * clause. The input is the view (citations blanked); compromise's own global state is never touched.
 */
export function parseTerms(view: string, range: Range, depth: TagDepth = 'full'): Term[] {
  const text = view.slice(range.start, range.end);
  if (text.trim() === '') return [];
  // The terms depend on the clause, its offset and the one character after it (a comma): nothing else of the view.
  const key = `${depth} ${range.start} ${view.slice(range.start, range.end + 1)}`;
  const known = recent.get(key);
  if (known) return [...known];
  // "is still running": compromise reads an aspect adverb's progressive as adjective + noun (aspect-progressives.ts).
  const terms = withAspectProgressives(tagTerms(view, range, text, depth));
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, terms);
  return [...terms];
}

/** A clause read again (another reading of its attribution, a subordinate part) is tagged once; terms are never mutated. */
const recent = new Map<string, readonly Term[]>();
/** Enough for the clauses of a few documents; the memo starts afresh past it, so memory stays bounded. */
const RECENT_LIMIT = 256;

/** What compromise says of one word of a clause's text: its place in the text, root and tags. */
interface TaggedWord {
  start: number;
  length: number;
  root: string | undefined;
  tags: ReadonlySet<string>;
}

/**
 * compromise's words for a clause text, by depth and text: a sentence repeated in another document (a wire story
 * and its copies) is tagged once. compromise tags a text the same wherever it stands.
 */
const taggedTexts = new Map<string, readonly TaggedWord[]>();
/** Enough for the clauses of many documents; the memo starts afresh past it, so memory stays bounded. */
const TAGGED_LIMIT = 4096;

function taggedWords(text: string, depth: TagDepth): readonly TaggedWord[] {
  const key = `${depth} ${text}`;
  const known = taggedTexts.get(key);
  if (known) return known;
  const doc = depth === 'full' ? fullyTagged(text) : quicklyTagged(text);
  // The term objects themselves, as doc.json() would copy them: their offsets, roots and tags are all that is read.
  // Each tag set is kept as it is, not copied: the doc is dropped here, so nothing changes it again.
  doc.compute('offset');
  const words: TaggedWord[] = [];
  for (const terms of (doc as unknown as { docs: CompromiseTerm[][] }).docs) {
    for (const t of terms) words.push({ start: t.offset.start, length: t.offset.length, root: rootOf(t), tags: t.tags });
  }
  if (taggedTexts.size >= TAGGED_LIMIT) taggedTexts.clear();
  taggedTexts.set(key, words);
  return words;
}

/** The tags compromise's full tagger gives each word of a text read on its own, as `nlp(text)` gives them. */
export function wordTags(text: string): ReadonlySet<string>[] {
  return taggedWords(text, 'full').map((w) => w.tags);
}

function tagTerms(view: string, range: Range, text: string, depth: TagDepth): Term[] {
  const out: Term[] = [];
  for (const t of taggedWords(text, depth)) {
    const start = range.start + t.start;
    const word = view.slice(start, start + t.length);
    // Contraction expansions ("Portugal's" → "Portugal" + an unwritten "is") have no text of their own.
    if (word === '') continue;
    const lower = word.toLowerCase();
    // compromise counts trailing punctuation in some offsets; keep the word itself.
    const trimmed = lower.slice(0, trailingRunStart(lower, (ch) => !WORD_CHAR.test(ch)));
    const kept = start + (trimmed.length || lower.length);
    // "60%": a percent sign closes its figure, so a clause ending on the figure keeps it (its range gives the figures).
    const end = /\d$/.test(trimmed) && CLOSING_FIGURE_SIGNS.has(view.charAt(kept)) ? kept + 1 : kept;
    const first = word.charAt(0);
    const commaAfter = view.charAt(end) === ',' || view.charAt(start + t.length) === ',';
    // "a shop that's been there since 1968": a relative pronoun with a contracted auxiliary reads as the pronoun.
    const pronoun = relativeBeforeClitic(trimmed);
    out.push({ start, end, lower: pronoun ?? (trimmed || lower), root: pronoun ?? ((t.root ?? trimmed) || lower), tags: t.tags, capitalized: first !== first.toLowerCase(), commaAfter });
  }
  return out;
}

export function hasTag(term: Term | undefined, tag: string): boolean {
  return term !== undefined && term.tags.has(tag);
}

/** A noun (common or proper) that the tagger does not also read as a verb or a pronoun. */
export function isNoun(t: Term): boolean {
  return (hasTag(t, 'Noun') || hasTag(t, 'ProperNoun')) && !hasTag(t, 'Verb') && !hasTag(t, 'Pronoun');
}
