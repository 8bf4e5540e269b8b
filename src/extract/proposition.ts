import type { Range } from '../ingest/types.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { INTENTION_WORDS } from '../lexicon/intention-nouns.js';
import { NEGATED_AUXILIARIES, NEGATORS, REFUSAL_VERBS } from '../lexicon/polarity-cues.js';
import { STATUS_VERBS } from '../lexicon/status-cues.js';
import { stem } from './keys.js';
import { hasTag, type Term } from './terms.js';

const NEGATOR = new Set([...NEGATORS, ...NEGATED_AUXILIARIES]);
const WRAPPERS = new Set([...STATUS_VERBS, ...REFUSAL_VERBS].filter((w) => !w.includes(' ')).map(stem));
const INTENTION = new Set(INTENTION_WORDS);
/** Words that may stand between a modal and its verb: "will also attend", "will no longer open". */
const MODAL_GAP = new Set(['also', 'still', 'longer', 'yet', 'then', 'now', 'soon', 'even', 'ever', 'again']);
/** Prepositions a tagger may misread as verbs at the start of a clause ("Under the plan, …"). */
const PREPOSITIONS = new Set(['under', 'after', 'before', 'despite', 'during', 'following', 'amid', 'with', 'without', 'over', 'since', 'until', 'like', 'near']);
/** Verbs too general to name an event of their own ("said", "has", "made"). */
const LIGHT_EVENT = new Set(LIGHT_VERBS);
/** Auxiliaries that follow a subject's head noun ("the directorate has …"). */
const AUXILIARY_HEADS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s"]);
const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/;
const PROGRESSIVE = /^[a-z]{3,}ing$/;
/** Linking verbs whose complement carries the proposition (Quirk et al. 1985, § 16.21). */
const LINKING = new Set(['stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'become', 'became', 'becomes', 'keep', 'kept']);
const NP_BREAK = new Set(['Preposition', 'Conjunction', 'Verb', 'Adverb', 'QuestionWord']);

/** The parts of a proposition as term indexes, before spans and keys are built. */
export interface PropositionParts {
  /** Lemmas of the other lexical verbs of the clause (relative clauses, coordinated verbs). */
  events: string[];
  actor?: Range;
  predicate?: { term: Term; index: number };
  inner?: Term;
  theme?: Range;
  negator?: Term;
  passive: boolean;
}

/**
 * Finds the main predicate (the first lexical verb, looking through intention words such as "no plans to"),
 * its actor (the noun phrase before it, or the "by" agent of a passive), theme, negation and, for status and
 * refusal verbs, the inner proposition they wrap ("confirmed [attendance]", "refused [to attend]").
 */
export function findProposition(terms: readonly Term[]): PropositionParts {
  const parts: PropositionParts = { passive: false, events: [] };
  // A copula with a participle ("was not damaged when a ship dragged …") counts where it stands, before later verbs.
  const isVerbAt = (t: Term, i: number) => isAfterModal(terms, i) || isLexicalVerb(terms, i) || isIrregularPast(terms, i) || (isBe(t) && throughCopula(terms, i) !== i);
  let v = terms.findIndex(isVerbAt);
  // "Selene-3, the lander built by Hollis, touched down": a participle modifying a noun is not the clause's verb.
  while (v >= 0 && isReducedRelative(terms, v)) {
    const next = terms.findIndex((t, i) => i > v && isVerbAt(t, i));
    if (next < 0) break;
    v = next;
  }
  if (v < 0) v = terms.findIndex((t) => isBe(t));
  if (v < 0) return parts;
  v = throughCopula(terms, v);
  v = throughIntention(terms, v);
  const verb = terms[v]!;
  parts.events = otherVerbs(terms, v);
  parts.predicate = { term: verb, index: v };
  parts.passive = hasTag(verb, 'Passive') || (beforeSkipping(terms, v) !== undefined && BE.has(beforeSkipping(terms, v)!.lower) && (hasTag(verb, 'PastTense') || PARTICIPLE.test(verb.lower)));
  const negator = terms.slice(0, v).reverse().find((t) => NEGATOR.has(t.lower));
  if (negator) parts.negator = negator;
  const actor = nounPhraseBefore(terms, v);
  if (actor) parts.actor = actor;
  const theme = nounPhraseAfter(terms, v + 1);
  if (theme) parts.theme = theme;
  if (parts.passive) {
    const by = terms.findIndex((t, i) => i > v && t.lower === 'by');
    const agent = by > 0 ? nounPhraseAfter(terms, by + 1) : undefined;
    // The subject of a passive is what was acted on; without a "by" agent the doer is unknown.
    if (actor) parts.theme = actor;
    if (agent) parts.actor = agent;
    else delete parts.actor;
  }
  if (WRAPPERS.has(stem(verb.root))) {
    const inner = innerOf(terms, v);
    if (inner) parts.inner = inner;
  }
  return parts;
}

/** "will close", "would not attend": the word after a modal is a bare infinitive, whatever the tagger said ("close" → Adverb). */
function isAfterModal(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (hasTag(t, 'Modal') || hasTag(t, 'Negative') || NEGATOR.has(t.lower) || !/^\p{L}/u.test(t.lower)) return false;
  if (hasTag(t, 'Determiner') || hasTag(t, 'Preposition') || hasTag(t, 'Pronoun') || t.lower.endsWith('ly')) return false;
  let k = i - 1;
  while (k >= 0 && (hasTag(terms[k], 'Negative') || NEGATOR.has(terms[k]!.lower) || terms[k]!.lower.endsWith('ly') || MODAL_GAP.has(terms[k]!.lower))) k--;
  if (k < 0 || !hasTag(terms[k], 'Modal')) return false;
  if (t.lower === 'have' || MODAL_GAP.has(t.lower)) return false;
  return true;
}

/** "admissions rose": an irregular past form right after a noun is the verb, whatever the tagger said. */
function isIrregularPast(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (i === 0 || IRREGULAR_PAST[t.lower] === undefined) return false;
  const before = terms[i - 1]!;
  if (!isNominal(before) || hasTag(before, 'Determiner')) return false;
  (t as { root: string }).root = IRREGULAR_PAST[t.lower]!;
  return true;
}

/** Every other lexical verb of the clause, as lemmas, in order and once each. */
function otherVerbs(terms: readonly Term[], predicate: number): string[] {
  const out = new Set<string>();
  terms.forEach((t, i) => {
    if (i !== predicate && (isLexicalVerb(terms, i) || isAfterModal(terms, i)) && !LIGHT_EVENT.has(t.root)) out.add(t.root);
  });
  return [...out];
}

/** The term before v, looking past negators and adverbs ("was not damaged", "were quickly removed"). */
function beforeSkipping(terms: readonly Term[], v: number): Term | undefined {
  let k = v - 1;
  while (k >= 0 && (NEGATOR.has(terms[k]!.lower) || hasTag(terms[k], 'Negative') || hasTag(terms[k], 'Adverb'))) k--;
  return terms[k];
}

/** A past participle right after a noun and followed by "by" or a comma-closed phrase modifies the noun. */
function isReducedRelative(terms: readonly Term[], v: number): boolean {
  const t = terms[v]!;
  if (!PARTICIPLE.test(t.lower) && IRREGULAR_PAST[t.lower] === undefined) return false;
  const before = terms[v - 1];
  if (!before || !isNominal(before) || hasTag(before, 'Pronoun')) return false;
  return terms[v + 1]?.lower === 'by';
}

function isModifierLike(t: Term): boolean {
  return hasTag(t, 'Determiner') || hasTag(t, 'Possessive') || hasTag(t, 'Adjective') || t.lower.endsWith("'s");
}

function isBe(t: Term): boolean {
  return hasTag(t, 'Copula') || BE.has(t.lower);
}

function isLexicalVerb(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (!hasTag(t, 'Verb') || hasTag(t, 'Auxiliary') || hasTag(t, 'Modal') || hasTag(t, 'Copula') || hasTag(t, 'Particle')) return false;
  if (PREPOSITIONS.has(t.lower)) return false;
  // "the science directorate is still weighing": a word right before "is" / "has" / "will" heads the subject.
  const next = terms[i + 1];
  if (next && (hasTag(next, 'Copula') || hasTag(next, 'Modal') || AUXILIARY_HEADS.has(next.lower)) && !hasTag(terms[i - 1], 'Pronoun') && !PARTICIPLE.test(t.lower)) return false;
  // "Planning Committee": a capitalised -ing word before another capitalised word is part of a name.
  if (PROGRESSIVE.test(t.lower) && t.capitalized && terms[i + 1]?.capitalized === true) return false;
  // "Portugal's governing coalition", "the ruling party": an -ing word between a modifier and a noun is an adjective.
  if (PROGRESSIVE.test(t.lower) && i > 0 && isModifierLike(terms[i - 1]!) && hasTag(terms[i + 1], 'Noun')) return false;
  if (BE.has(t.lower)) return false;
  // "has/had" followed by a participle is an auxiliary even when compromise tags it a verb.
  if ((t.root === 'have' || t.lower === 'did' || t.lower === 'do' || t.lower === 'does') && terms.slice(i + 1, i + 4).some((n) => hasTag(n, 'Verb') && !hasTag(n, 'Auxiliary'))) return false;
  return true;
}

/** "were not suspended", "was cut by": a participle after a form of "be" is the predicate, not the copula. */
function throughCopula(terms: readonly Term[], v: number): number {
  const head = terms[v]!;
  const linking = LINKING.has(head.root) || LINKING.has(head.lower);
  if (!BE.has(head.lower) && !hasTag(head, 'Copula') && !linking) return v;
  for (let i = v + 1; i < Math.min(terms.length, v + 4); i++) {
    const t = terms[i]!;
    if (hasTag(t, 'Negative') || hasTag(t, 'Adverb') || NEGATOR.has(t.lower) || t.lower === 'longer') continue;
    // "were still negotiating": a progressive the tagger read as a noun is still the verb.
    if (PARTICIPLE.test(t.lower) || PROGRESSIVE.test(t.lower) || (hasTag(t, 'Verb') && !hasTag(t, 'Auxiliary'))) return i;
    // "will stay open", "remained closed": the state word after a linking verb is what is affirmed or denied.
    if (linking && hasTag(t, 'Adjective')) return i;
    return v;
  }
  return v;
}

/** "has no plans to sell", "is set to attend": the governed verb is the predicate; polarity passes through. */
function throughIntention(terms: readonly Term[], v: number): number {
  for (let hops = 0; hops < 3; hops++) {
    const t = terms[v]!;
    const window = terms.slice(v, v + 5);
    const to = window.findIndex((n, k) => k > 0 && n.lower === 'to');
    if (!INTENTION.has(t.lower) && !INTENTION.has(t.root)) return v;
    if (to < 0) return v;
    const next = v + to + 1;
    if (!terms[next] || !hasTag(terms[next], 'Verb')) return v;
    v = next;
  }
  return v;
}

/** The inner proposition of a status or refusal verb: "to attend" → attend; "attendance" → attendance. */
function innerOf(terms: readonly Term[], v: number): Term | undefined {
  for (let i = v + 1; i < Math.min(terms.length, v + 5); i++) {
    const t = terms[i]!;
    // "decided whether reactor 2 may resume", "no decision on whether to retract": the verb after "whether".
    if (t.lower === 'whether' || t.lower === 'if') return verbAfter(terms, i + 1);
    if (t.lower === 'to' && terms[i + 1] && hasTag(terms[i + 1], 'Verb')) return terms[i + 1];
    if (hasTag(t, 'Noun') && !hasTag(t, 'Pronoun')) return t;
    if (hasTag(t, 'Preposition')) return undefined;
  }
  return undefined;
}

function verbAfter(terms: readonly Term[], from: number): Term | undefined {
  for (let i = from; i < Math.min(terms.length, from + 8); i++) {
    if (isAfterModal(terms, i) || isLexicalVerb(terms, i) || (terms[i - 1]?.lower === 'to' && hasTag(terms[i], 'Verb'))) return terms[i];
  }
  return undefined;
}

/**
 * The subject: the first noun phrase before the verb that does not follow a preposition ("Despite Tuesday's
 * eruption, flights … were not suspended" → flights); failing that, the nearest noun phrase before the verb.
 */
function nounPhraseBefore(terms: readonly Term[], v: number): Range | undefined {
  for (let i = 0; i < v; i++) {
    if (!isNominal(terms[i]!) || hasTag(terms[i], 'Date')) continue;
    let start = i;
    while (start > 0 && isModifier(terms[start - 1]!)) start--;
    if (start > 0 && (hasTag(terms[start - 1], 'Preposition') || PREPOSITIONS.has(terms[start - 1]!.lower))) {
      while (i + 1 < v && (isNominal(terms[i + 1]!) || isModifier(terms[i + 1]!))) i++;
      continue;
    }
    let end = i;
    while (end + 1 < v && !terms[end]!.commaAfter && (isNominal(terms[end + 1]!) || hasTag(terms[end + 1], 'Possessive'))) end++;
    // "Minister of the Interior Karel Dušek resigned": a post-modified title; the name next to the verb is the actor.
    if (terms[end + 1]?.lower === 'of' && hasTag(lastNominalBefore(terms, v), 'ProperNoun')) break;
    return { start: terms[start]!.start, end: terms[end]!.end };
  }
  let end = v - 1;
  while (end >= 0 && !isNominal(terms[end]!)) end--;
  if (end < 0) return undefined;
  let start = end;
  while (start > 0 && (isNominal(terms[start - 1]!) || isModifier(terms[start - 1]!))) start--;
  return { start: terms[start]!.start, end: terms[end]!.end };
}

function lastNominalBefore(terms: readonly Term[], v: number): Term | undefined {
  for (let k = v - 1; k >= 0; k--) if (isNominal(terms[k]!)) return terms[k];
  return undefined;
}

function isModifier(t: Term): boolean {
  if (PREPOSITIONS.has(t.lower)) return false;
  return hasTag(t, 'Determiner') || hasTag(t, 'Adjective') || hasTag(t, 'Possessive');
}

function nounPhraseAfter(terms: readonly Term[], from: number): Range | undefined {
  let i = from;
  while (i < terms.length && (hasTag(terms[i], 'Adverb') || hasTag(terms[i], 'Negative') || hasTag(terms[i], 'Determiner'))) i++;
  const start = i;
  while (i < terms.length && !NP_BREAK.has(firstTag(terms[i]!)) && (isNominal(terms[i]!) || hasTag(terms[i], 'Adjective') || hasTag(terms[i], 'Value') || hasTag(terms[i], 'Possessive'))) i++;
  if (i === start) return undefined;
  return { start: terms[start]!.start, end: terms[i - 1]!.end };
}

function isNominal(t: Term): boolean {
  return (hasTag(t, 'Noun') || hasTag(t, 'ProperNoun') || hasTag(t, 'Pronoun')) && !hasTag(t, 'Verb');
}

function firstTag(t: Term): string {
  for (const tag of NP_BREAK) if (t.tags.has(tag)) return tag;
  return '';
}
