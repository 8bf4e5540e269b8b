import type { Range } from '../ingest/types.js';
import {
  CONFIRMING_VERBS,
  DENYING_VERBS,
  DISPUTING_WORDS,
  EXTRAPOSING_VERBS,
  NEGATIVE_DETERMINERS,
  type ContentNounClass,
} from '../lexicon/content-clauses.js';
import { COORDINATORS } from '../lexicon/grammar-words.js';
import type { ReportingStance } from '../model/claim.js';
import { clauseEndAfter, hasVerb, isFinite, rangesOf } from './clause-parts.js';
import { isNominal, nounPhraseBefore } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { isBe } from './verbs.js';
import { isParticiple } from './verb-forms.js';
import { complementFrame, contentNounClass, inSubject, STANCE_OF, subjectComplementNoun } from './content-nouns.js';

/**
 * Content clauses under a noun (Quirk § 17.26): "rumours swirled that the port had closed", "dismissed speculation
 * that …", "there is no evidence that …", "reports that … were untrue". The clause asserts nothing in the main
 * clause's voice: it is a claim of its own, held by whoever the frame says holds it.
 */

/** How a content clause is held: by the noun's holder, by who denies or confirms it, or as its main clause is. */
export interface ContentFrame {
  /** The stance the frame takes; 'inherit' keeps the main clause's ("the fact that …"). */
  stance: ReportingStance | 'inherit';
  /** Who holds it ("rumours", "the ministry" in "the ministry dismissed reports that …"); absent: the clause's holder. */
  holder?: Range;
  /** The writer holds it: "…, which turned out to be false" comments on the whole report, outside its frame. */
  author?: boolean;
  holderKind?: 'named' | 'anonymous';
  /** The word that sets the stance: the noun, or the denying or confirming word. */
  cue: Range;
  cueLemma: string;
}

export interface ContentSplit {
  /** The main clause without "that" and the content clause. */
  main: Term[];
  mainRanges: Range[];
  content: Term[];
  frame: ContentFrame;
  /** What was taken out of the main clause: "that" and the content clause. */
  gap: Range;
}

const DENYING = new Set(DENYING_VERBS);
const CONFIRMING = new Set(CONFIRMING_VERBS);
const DISPUTING = new Set(DISPUTING_WORDS);
const NEGATIVE = new Set(NEGATIVE_DETERMINERS);
const EXTRAPOSING = new Set(EXTRAPOSING_VERBS);
const COORDINATOR = new Set(COORDINATORS);
/** Forms of the perfect auxiliary, which the tagger may read as a main verb. */
const HAVE = new Set(['have', 'has', 'had', 'having']);
/** How many words of adverbial may stand between an extraposing verb and "that" ("swirled on Monday that"). */
const ADVERBIAL_REACH = 5;
/** How far after "that" the content clause's finite verb may stand. */
const SUBJECT_REACH = 8;

/** The first content clause of the terms, with its frame; null when there is none. */
export function splitContent(terms: readonly Term[]): ContentSplit | null {
  for (let i = 1; i < terms.length - 2; i++) {
    if (terms[i]!.lower !== 'that') continue;
    const noun = contentHead(terms, i);
    if (noun < 0 || !opensContent(terms, i)) continue;
    const subject = noun === i - 1 && inSubject(terms, noun);
    const end = subject ? endBeforeMainVerb(terms, i) : clauseEndAfter(terms, i);
    if (end <= i + 1) continue;
    const before = terms.slice(0, i);
    const after = terms.slice(end + 1);
    const main = [...before, ...after];
    const content = terms.slice(i + 1, end + 1);
    if (!hasVerb(main)) continue;
    const gap = { start: terms[i]!.start, end: terms[end]!.end };
    const frame = noun === i - 2 ? complementFrame(terms[noun]!) : frameOf(terms, noun, subject ? end + 1 : -1);
    return { main, mainRanges: [...rangesOf(before), ...rangesOf(after)], content, frame, gap };
  }
  return null;
}

function nounClass(t: Term | undefined): ContentNounClass | undefined {
  return t ? contentNounClass(t.lower) : undefined;
}

/**
 * The content noun whose clause "that" at i opens: the noun right before it ("the claim that"), or the head of a
 * subject whose clause is extraposed after an intransitive verb ("Rumours have swirled that"); -1 when there is none.
 */
function contentHead(terms: readonly Term[], i: number): number {
  const n = i - 1;
  if (nounClass(terms[n]) !== undefined && usedAsNoun(terms, n)) return n;
  const complemented = subjectComplementNoun(terms, i);
  if (complemented >= 0) return complemented;
  // "Rumours swirled on Monday that …": the verb may stand a short adverbial before "that".
  let v = n;
  while (v > 0 && n - v < ADVERBIAL_REACH && !hasTag(terms[v], 'Verb') && !terms[v - 1]!.commaAfter) v--;
  if (!EXTRAPOSING.has(terms[v]!.root) || !hasTag(terms[v], 'Verb')) return -1;
  let k = v - 1;
  while (k > 0 && (hasTag(terms[k], 'Auxiliary') || hasTag(terms[k], 'Modal') || isBe(terms[k]!))) k--;
  const head = terms[k];
  if (nounClass(head) === undefined || terms.slice(0, k).some((t) => hasTag(t, 'Verb') || isBe(t))) return -1;
  return k;
}

/**
 * A noun, not a reporting verb ("Police claim that …"): the tagger's noun, or a form after a determiner, adjective,
 * possessive, preposition or verb, or opening the clause in the plural ("Reports that …").
 */
function usedAsNoun(terms: readonly Term[], n: number): boolean {
  const t = terms[n]!;
  const before = terms[n - 1];
  if (!before) return hasTag(t, 'Plural') || !hasTag(t, 'Verb');
  if (hasTag(before, 'Determiner') || hasTag(before, 'Adjective') || hasTag(before, 'Possessive') || hasTag(before, 'Preposition') || NEGATIVE.has(before.lower)) return true;
  if (hasTag(before, 'Verb') || isBe(before)) return true;
  return !hasTag(t, 'Verb') && !isNominal(before);
}

/**
 * "that" opens a content clause, not a relative one: a subject follows it (a verb right after it is a subject
 * relative, "reports that emerged"), then a finite verb, and the clause does not end on a stranded preposition
 * ("a hoax that everyone fell for" is a relative clause with a gap).
 */
function opensContent(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1]!;
  if (!isNominal(next) && !hasTag(next, 'Determiner') && !hasTag(next, 'Possessive') && !hasTag(next, 'Adjective') && !hasTag(next, 'Value')) return false;
  let verb = -1;
  for (let k = i + 2; k < Math.min(terms.length, i + 1 + SUBJECT_REACH); k++) {
    if (finiteAt(terms, k)) {
      verb = k;
      break;
    }
    if (terms[k - 1]!.commaAfter) return false;
  }
  if (verb < 0) return false;
  const last = terms[clauseEndAfter(terms, i)]!;
  return !hasTag(last, 'Preposition');
}

/**
 * "Reports that the ferry had sunk were untrue": after a subject's content clause, the main verb is the next finite
 * verb that does not go on the clause's own verb group or a coordinated one. The content clause ends before it.
 */
function endBeforeMainVerb(terms: readonly Term[], that: number): number {
  let k = that + 2;
  while (k < terms.length && !finiteAt(terms, k)) k++;
  // The content clause's own verb group: adverbs and negators, and after an auxiliary the verb it carries.
  let carried = !isAuxiliary(terms[k]);
  while (k + 1 < terms.length) {
    const next = terms[k + 1]!;
    if (!hasTag(next, 'Adverb') && !hasTag(next, 'Negative') && (carried || !(hasTag(next, 'Verb') || isBe(next)))) break;
    if (!hasTag(next, 'Adverb') && !hasTag(next, 'Negative')) carried = !isAuxiliary(next);
    k++;
  }
  for (let m = k + 1; m < terms.length; m++) {
    const before = terms[m - 1]!;
    if (!isFinite(terms, m) || COORDINATOR.has(before.lower) || before.lower === 'to') continue;
    return m - 1;
  }
  return -1;
}

/** A finite verb, or an "-ed" form right after a noun that the tagger read as an adjective ("the dam failed"). */
function finiteAt(terms: readonly Term[], k: number): boolean {
  return isFinite(terms, k) || (hasTag(terms[k], 'Adjective') && isParticiple(terms[k]!.lower) && isNominal(terms[k - 1]!));
}

/** "had", "will", "was": a word that carries another verb in its group. */
function isAuxiliary(t: Term | undefined): boolean {
  return t !== undefined && (isBe(t) || HAVE.has(t.lower) || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal'));
}

/** How the frame around the noun at n holds its clause; main is the main verb after a subject's clause, or -1. */
function frameOf(terms: readonly Term[], n: number, main: number): ContentFrame {
  const noun = terms[n]!;
  const cls = nounClass(noun)!;
  const cue = { start: noun.start, end: noun.end };
  const start = phraseStart(terms, n);
  const phrase = terms.slice(start, n + 1);
  const negative = phrase.find((t) => NEGATIVE.has(t.lower));
  if (negative) return { stance: 'denied', cue: { start: negative.start, end: noun.end }, cueLemma: `${negative.lower} ${noun.root}` };
  const governing = verbBefore(terms, start);
  if (governing >= 0) {
    const verb = terms[governing]!;
    const stance = DENYING.has(verb.root) ? 'denied' : CONFIRMING.has(verb.root) ? 'confirmed' : undefined;
    if (stance) return { stance, ...subjectOf(terms, governing), cue: { start: verb.start, end: verb.end }, cueLemma: verb.root };
    // "Investigators found evidence that …": evidence is held by whoever has it.
    if (cls === 'evidence') return { stance: 'reported', ...subjectOf(terms, governing), cue, cueLemma: noun.root };
  }
  if (main >= 0) {
    const judged = judgement(terms, main);
    if (judged) return judged;
  }
  if (cls === 'disputed') return { stance: 'denied', cue, cueLemma: noun.root };
  if (cls === 'fact') return { stance: 'inherit', cue, cueLemma: noun.root };
  return { stance: STANCE_OF[cls], holder: { start: phrase[0]!.start, end: noun.end }, holderKind: kindOfWords(phrase), cue, cueLemma: noun.root };
}

/** Where the noun phrase of the noun at n starts: back over determiners, adjectives, possessives and nouns. */
function phraseStart(terms: readonly Term[], n: number): number {
  let s = n;
  while (s > 0 && !terms[s - 1]!.commaAfter) {
    const t = terms[s - 1]!;
    // "pointed out that the claim that …": the first "that" is the verb's, not the noun phrase's.
    if (t.lower === 'that') break;
    if (!(hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Possessive') || NEGATIVE.has(t.lower) || (isNominal(t) && !hasTag(t, 'Pronoun')))) break;
    s--;
  }
  return s;
}

/** The verb whose object the noun phrase starting at s is ("dismissed [speculation]"), past adverbs; -1 when none. */
function verbBefore(terms: readonly Term[], s: number): number {
  let k = s - 1;
  while (k >= 0 && hasTag(terms[k], 'Adverb')) k--;
  // "dismissed as false claims that …": the object follows its "as" complement (a heavy object shifted to the end).
  if (terms[k]?.lower === 'as' && k > 0 && (DENYING.has(terms[k - 1]!.root) || CONFIRMING.has(terms[k - 1]!.root))) k--;
  return k >= 0 && hasTag(terms[k], 'Verb') && !isBe(terms[k]!) ? k : -1;
}

/** The subject of the verb at v, as the frame's holder. */
function subjectOf(terms: readonly Term[], v: number): Pick<ContentFrame, 'holder' | 'holderKind'> {
  const holder = nounPhraseBefore(terms, v);
  if (!holder) return {};
  return { holder, holderKind: kindOfWords(terms.filter((t) => t.start >= holder.start && t.end <= holder.end)) };
}

/**
 * The main clause's judgement of its subject's content: "were untrue", "proved a hoax" (the clause's holder denies it),
 * "were denied by the ministry" (the agent denies it), "were confirmed" (confirms it). Null when it judges nothing.
 */
function judgement(terms: readonly Term[], main: number): ContentFrame | null {
  let end = main;
  while (end + 1 < terms.length && !terms[end]!.commaAfter) end++;
  const rest = terms.slice(main, end + 1);
  const disputing = rest.find((t) => DISPUTING.has(t.lower));
  const verb = rest.find((t) => (DENYING.has(t.root) || CONFIRMING.has(t.root)) && (isParticiple(t.lower) || hasTag(t, 'Participle') || hasTag(t, 'PastTense')));
  if (verb && rest.some(isBe)) {
    const by = rest.findIndex((t) => t.lower === 'by');
    const agent = by < 0 ? [] : phraseAfter(rest, by + 1);
    const holder = agent.length > 0 ? { holder: { start: agent[0]!.start, end: agent[agent.length - 1]!.end }, holderKind: kindOfWords(agent) } : {};
    return { stance: DENYING.has(verb.root) ? 'denied' : 'confirmed', ...holder, cue: { start: verb.start, end: verb.end }, cueLemma: verb.root };
  }
  if (disputing) return { stance: 'denied', cue: { start: disputing.start, end: disputing.end }, cueLemma: disputing.lower };
  return null;
}

/** The noun phrase from k on: determiners, adjectives, possessives and nouns. */
function phraseAfter(terms: readonly Term[], k: number): Term[] {
  const out: Term[] = [];
  for (let m = k; m < terms.length && (isNominal(terms[m]!) || hasTag(terms[m], 'Determiner') || hasTag(terms[m], 'Adjective') || hasTag(terms[m], 'Possessive')); m++) out.push(terms[m]!);
  return out;
}

/** A holder phrase with a name in it ("CNN's allegations", "the Interior Ministry") is named; else anonymous. */
function kindOfWords(words: readonly Term[]): 'named' | 'anonymous' {
  return words.some((t) => hasTag(t, 'ProperNoun')) ? 'named' : 'anonymous';
}

/**
 * "The mayor said the bridge had collapsed, which turned out to be false": a sentential relative clause (Quirk § 15.57,
 * "which" with no noun phrase before its comma) that calls what came before untrue is the writer's denial of it.
 * `inner` is the relative clause after "which"; null when it calls nothing untrue.
 */
export function sententialDenial(inner: readonly Term[]): ContentFrame | null {
  if (!isFinite(inner, 0) && !hasTag(inner[0], 'Verb')) return null;
  const word = inner.find((t) => DISPUTING.has(t.lower));
  if (!word || !inner.some((t) => isBe(t) || hasTag(t, 'Copula') || EXTRAPOSING.has(t.root) || t.root === 'prove' || t.root === 'turn')) return null;
  return { stance: 'denied', author: true, cue: { start: word.start, end: word.end }, cueLemma: word.lower };
}
