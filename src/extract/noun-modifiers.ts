import type { Range } from '../ingest/types.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';
import { VERB_GROUP_AUXILIARIES } from '../lexicon/grammar-words.js';
import { NEGATED_AUXILIARIES } from '../lexicon/polarity-cues.js';
import type { BackgroundKind } from '../model/claim.js';
import { clauseEndAfter, hasVerb, isFinite, rangesOf } from './clause-parts.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { NEGATOR, isBe, isPostModifier, isProgressive, isReducedRelative } from './verbs.js';
import { isParticiple } from './verb-forms.js';
import { beforeAdverbs } from './adverb-runs.js';
import { isPicturedIng } from './pronoun-ing.js';
import { genitiveClauseTerms } from './genitive-relatives.js';

/**
 * Clauses that modify a noun phrase and state a fact about it (Quirk §§ 17.8–17.28, 17.96–17.101, 17.65–17.80):
 * a relative clause ("the mill that Enel bought", "the ferry, which sank"), a participial modifier ("the plant owned
 * by Enel", "rescuers searching the rubble") and an appositive with a role noun ("Ana Ruiz, the mayor of Vigo,").
 * Each becomes a clause part whose terms read as a clause of its own, with the noun phrase in its gap: "Enel bought
 * the mill", "the plant [is] owned by Enel", "Ana Ruiz [is] the mayor of Vigo". A restrictive clause ("the ship
 * that sank") picks its noun out rather than adding to it, but it still states its fact, so it counts too.
 */

export interface ModifierPart {
  terms: Term[];
  ranges: Range[];
  background: BackgroundKind;
  /** An appositive has no verb: the noun phrase that states the role stands for its predicate. */
  statedBy?: Range;
  /** Set off by a comma before its pronoun ("the hide, which opened in 1990"): it adds a fact rather than picking out its noun. */
  nonRestrictive?: boolean;
}

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
/** Words that open a verb group as its operator (Quirk et al. 1985 § 3.23): the auxiliaries and the forms of "do". */
const OPERATORS: ReadonlySet<string> = new Set([...VERB_GROUP_AUXILIARIES, ...NEGATED_AUXILIARIES, 'do', 'does', 'did']);
const ROLE = new Set(ROLE_NOUNS);
/** How many words after an object relative's pronoun its verb may stand ("which the regional council built"). */
const OBJECT_SUBJECT_REACH = 5;
/** Words in a role appositive before its role noun ("the former deputy prime minister") and after it ("of Vigo"). */
const ROLE_PREMODIFIERS = 4;
const ROLE_POSTMODIFIERS = 6;
/** A name in apposition is at most this many words. */
const NAME_WORDS = 5;

/** The noun-phrase modifiers inside a clause part's terms; `mainVerb` is the index of the part's own predicate (-1: none). */
export function nounModifierParts(terms: readonly Term[], mainVerb: number): ModifierPart[] {
  const out: ModifierPart[] = [];
  for (let i = 1; i < terms.length - 1; i++) {
    const found = relativeAt(terms, i, mainVerb) ?? participialAt(terms, i, mainVerb) ?? appositiveAt(terms, i);
    if (found) out.push(found);
  }
  return out;
}

/**
 * A relative clause's terms as a clause: the antecedent fills its subject gap ("[the ferry] was built in 1998") or,
 * when a subject stands after the pronoun, its object gap ("workers built [the bridge] in 1990").
 */
export function relativeClauseTerms(antecedent: readonly Term[], inner: readonly Term[], pronoun: Term): Term[] {
  const verb = pronoun.lower === 'that' ? -1 : objectGapVerb(inner);
  if (verb < 0) return [...antecedent, ...inner];
  return [...inner.slice(0, verb + 1), ...antecedent, ...inner.slice(verb + 1)];
}

/** In "which workers built", the last word of the verb group after the clause's own subject; -1 for a subject gap. */
function objectGapVerb(inner: readonly Term[]): number {
  const first = inner[0];
  if (!first || isVerbGroupWord(first) || (hasTag(first, 'Verb') && !isNominal(first))) return -1;
  if (!isNominal(first) && !hasTag(first, 'Determiner') && !hasTag(first, 'Possessive') && !hasTag(first, 'Adjective')) return -1;
  for (let k = 1; k < Math.min(inner.length, OBJECT_SUBJECT_REACH + 1); k++) {
    if (inner[k - 1]!.commaAfter) return -1;
    if (!isFinite(inner, k)) continue;
    let end = k;
    while (end + 1 < inner.length && !inner[end]!.commaAfter && (isVerbGroupWord(inner[end + 1]!) || hasTag(inner[end + 1], 'Verb'))) end++;
    return end;
  }
  return -1;
}

function relativeAt(terms: readonly Term[], i: number, mainVerb: number): ModifierPart | null {
  const pronoun = terms[i]!;
  if (pronoun.lower === 'whose') return genitiveRelativeAt(terms, i, mainVerb);
  if (!RELATIVE.has(pronoun.lower)) return null;
  const antecedent = nounPhraseEndingAt(terms, ageAppositive(terms, i - 1) ? i - 2 : i - 1);
  if (antecedent.length === 0) return null;
  // "reports that the minister resigned" is a content clause: a relative "that" is followed by its verb group.
  const next = terms[i + 1]!;
  // "a falcon that escaped from …": the tagger may read a past form after "that" as an adjective.
  const pastForm = hasTag(next, 'Adjective') && isParticiple(next.lower) && !isNominal(next);
  if (pronoun.lower === 'that' && !(isVerbGroupWord(next) || (hasTag(next, 'Verb') && !isNominal(next)) || pastForm)) return null;
  const end = modifierEnd(terms, i, mainVerb, terms[i - 1]!.commaAfter);
  const inner = terms.slice(i + 1, end + 1);
  if (pastForm) inner[0] = { ...next, tags: new Set(['Verb', 'PastTense']) };
  if (inner.length === 0 || !hasVerb(inner)) return null;
  const part: ModifierPart = { terms: relativeClauseTerms(antecedent, inner, pronoun), ranges: rangesOf(inner), background: 'relative' };
  return terms[i - 1]!.commaAfter ? { ...part, nonRestrictive: true } : part;
}

/** "the board, whose chair resigned on Monday": a genitive relative clause on the noun phrase before "whose". */
function genitiveRelativeAt(terms: readonly Term[], i: number, mainVerb: number): ModifierPart | null {
  if (nounPhraseEndingAt(terms, i - 1).length === 0) return null;
  const end = modifierEnd(terms, i, mainVerb, terms[i - 1]!.commaAfter);
  const clause = genitiveClauseTerms(terms.slice(i + 1, end + 1), terms[i]!);
  if (!clause) return null;
  const part: ModifierPart = { terms: clause, ranges: rangesOf(terms.slice(i + 1, end + 1)), background: 'relative' };
  return terms[i - 1]!.commaAfter ? { ...part, nonRestrictive: true } : part;
}

/** "Mary Tregear, 88, who …": an age set off by commas after a name stands between the name and its relative clause. */
function ageAppositive(terms: readonly Term[], k: number): boolean {
  const age = terms[k]!;
  return k > 1 && age.commaAfter && /^\d{1,3}$/.test(age.lower) && terms[k - 1]!.commaAfter && hasTag(terms[k - 1], 'ProperNoun');
}

function participialAt(terms: readonly Term[], v: number, mainVerb: number): ModifierPart | null {
  if (v === mainVerb) return null;
  const t = terms[v]!;
  const past = isParticiple(t.lower) && !isProgressive(t.lower);
  const ing = isProgressive(t.lower);
  if ((!past && !ing) || !hasTag(t, 'Verb')) return null;
  if (ing && isPicturedIng(terms, v)) return picturedPart(terms, v, mainVerb);
  // "The ship, later found adrift, …": past adverbs to the word before them, when a comma closes it.
  const k = past && terms[beforeAdverbs(terms, v)]?.commaAfter ? beforeAdverbs(terms, v) : v - 1;
  const before = terms[k]!;
  if (/['’]s$/.test(before.lower) || hasTag(before, 'Possessive')) return null;
  const antecedent = nounPhraseEndingAt(terms, k);
  if (antecedent.length === 0) return null;
  const next = terms[v + 1];
  // "coca producing areas", "enforced disappearances": a participle before a bare noun premodifies it.
  if (!t.commaAfter && next && isNominal(next) && !hasTag(next, 'Pronoun') && !hasTag(next, 'ProperNoun')) return null;
  const afterComma = before.commaAfter;
  // "…, saying it would appeal": after the main verb an "-ing" clause set off by a comma speaks of the subject.
  if (afterComma && ing && !(mainVerb > v)) return null;
  if (!afterComma) {
    const restrictive = isReducedRelative(terms, v) || isPostModifier(terms, v);
    // "arrested a man carrying a knife", "a lithograph stolen by thieves": on an object, after the main verb.
    const onObject = mainVerb >= 0 && mainVerb < v - 1 && (ing ? hasTag(next, 'Determiner') || hasTag(next, 'Possessive') : next?.lower === 'by');
    if (!restrictive && !onObject) return null;
  }
  const end = modifierEnd(terms, k, mainVerb, afterComma);
  const inner = terms.slice(v, end + 1);
  if (inner.length === 0) return null;
  return { terms: past ? [...antecedent, copulaBefore(t), ...inner] : [...antecedent, ...inner], ranges: rangesOf(inner), background: 'participial' };
}

/** "a photo of her holding a flag": the pronoun is the subject of what the picture shows ("her holding a flag"). */
function picturedPart(terms: readonly Term[], v: number, mainVerb: number): ModifierPart | null {
  const inner = terms.slice(v, modifierEnd(terms, v - 1, mainVerb, false) + 1);
  return inner.length === 0 ? null : { terms: [terms[v - 1]!, ...inner], ranges: rangesOf(inner), background: 'participial' };
}

/** "Ana Ruiz, the mayor of Vigo,": a name, a comma, then a noun phrase headed by a role noun, closed by a comma or the end. */
function appositiveAt(terms: readonly Term[], i: number): ModifierPart | null {
  const last = terms[i]!;
  if (!last.commaAfter || !hasTag(last, 'ProperNoun')) return null;
  let first = i;
  while (first > 0 && i - first < NAME_WORDS - 1 && hasTag(terms[first - 1], 'ProperNoun') && !terms[first - 1]!.commaAfter) first--;
  let head = -1;
  for (let k = i + 1; k < Math.min(terms.length, i + 2 + ROLE_PREMODIFIERS); k++) {
    const t = terms[k]!;
    if (ROLE.has(t.lower) || ROLE.has(t.root)) head = k;
    if (t.commaAfter || (head >= 0 && !ROLE.has(terms[k + 1]?.lower ?? ''))) break;
    if (isBe(t) || (hasTag(t, 'Verb') && !isNominal(t))) return null;
  }
  if (head < 0) return null;
  let end = head;
  while (end < terms.length - 1 && !terms[end]!.commaAfter && end - head < ROLE_POSTMODIFIERS) end++;
  if (!terms[end]!.commaAfter && end !== terms.length - 1) return null;
  const phrase = terms.slice(i + 1, end + 1);
  if (hasTag(phrase[0], 'Conjunction') || phrase.some((t) => RELATIVE.has(t.lower) || isBe(t) || (hasTag(t, 'Verb') && !isNominal(t)))) return null;
  const statedBy = { start: phrase[0]!.start, end: phrase[phrase.length - 1]!.end };
  return { terms: [...terms.slice(first, i + 1), copulaBefore(phrase[0]!), ...phrase], ranges: [statedBy], background: 'appositive', statedBy };
}

/**
 * The last term of a modifier that starts after `from`: its closing comma when it opened with one, else the end of
 * its own words before the main verb (less that verb's auxiliaries) or the next comma.
 */
function modifierEnd(terms: readonly Term[], from: number, mainVerb: number, afterComma: boolean): number {
  let end = afterComma ? clauseEndAfter(terms, from) : terms.findIndex((t, k) => k > from && t.commaAfter);
  if (end < 0) end = terms.length - 1;
  if (mainVerb > from && mainVerb <= end) {
    end = mainVerb - 1;
    // "… on Monday is expected to leave": a catenative verb and its "to" before the predicate are the main clause's too.
    if (end - 1 > from && terms[end]!.lower === 'to' && hasTag(terms[end - 1], 'Verb') && !isVerbGroupWord(terms[end - 1]!)) end -= 2;
    // "that started on Monday has destroyed": the main verb group's auxiliaries, whatever the quick tagging made of them.
    while (end > from && (isVerbGroupWord(terms[end]!) || isOperator(terms[end]!))) end--;
  }
  return end;
}

/** The noun phrase that ends at term `end`: its head noun and the determiners, adjectives and nouns before it. */
function nounPhraseEndingAt(terms: readonly Term[], end: number): Term[] {
  const head = terms[end];
  // "a firm which …": the tagger may read the head as an adjective; after a determiner it heads the phrase.
  const headAfterDeterminer = head !== undefined && hasTag(head, 'Adjective') && hasTag(terms[end - 1], 'Determiner');
  if (!head || (!isNominal(head) && !headAfterDeterminer) || hasTag(head, 'Pronoun') || hasTag(head, 'Date')) return [];
  let start = end;
  while (start > 0 && !terms[start - 1]!.commaAfter && (isNominal(terms[start - 1]!) || hasTag(terms[start - 1], 'Adjective') || hasTag(terms[start - 1], 'Determiner') || hasTag(terms[start - 1], 'Possessive') || hasTag(terms[start - 1], 'Value'))) start--;
  return terms.slice(start, end + 1);
}

/** "has", "did", "may" as an operator, not the month ("hired in May"). */
function isOperator(t: Term): boolean {
  return OPERATORS.has(t.lower) && !t.capitalized && !hasTag(t, 'Date');
}

function isVerbGroupWord(t: Term): boolean {
  return hasTag(t, 'Modal') || hasTag(t, 'Auxiliary') || hasTag(t, 'Copula') || hasTag(t, 'Adverb') || hasTag(t, 'Negative') || NEGATOR.has(t.lower) || isBe(t);
}

/** An unwritten "is" before a participle or role phrase, so the proposition finder reads it as a passive or a copula. */
function copulaBefore(t: Term): Term {
  return { start: t.start, end: t.start, lower: 'is', root: 'be', tags: new Set(['Verb', 'Copula', 'PresentTense']), capitalized: false, commaAfter: false };
}

