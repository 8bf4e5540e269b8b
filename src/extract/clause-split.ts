import type { Range } from '../ingest/types.js';
import { ADVERBIAL_SUBORDINATORS, AS_PHRASE_WORDS, NON_RESTRICTIVE_RELATIVES } from '../lexicon/clause-cues.js';
import { coordinatedPredicate } from './coordination.js';
import { presentTenseLemma } from './lemma.js';
import { isNominal, placeAppositive } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';
import { irregularLemma, isBe } from './verbs.js';

const SUBORDINATOR = new Set(ADVERBIAL_SUBORDINATORS);
const RELATIVE = new Set(NON_RESTRICTIVE_RELATIVES);
const AS_PHRASE = new Set(AS_PHRASE_WORDS);
/** How far after its opener the subordinate clause's verb may stand ("after the river's eastern bank burst"). */
const SUBJECT_REACH = 7;

/** A clause part: its terms (for the proposition finder) and the document ranges it covers (for dates, places, figures). */
export interface ClausePart {
  terms: Term[];
  ranges: Range[];
}

export interface SplitClause {
  main: ClausePart;
  /** Adverbial ("when its engine failed") and non-restrictive relative ("which employs 1,200 people") clauses. */
  subordinate: ClausePart[];
}

/**
 * Splits a proposition's terms into its main clause and the subordinate clauses that assert facts of their own:
 * an adverbial clause opened by "when", "after", "as" … with its own subject and verb, and a non-restrictive
 * "which" / "who" clause after a comma, whose subject is the noun phrase before the comma. The subordinate clause
 * runs to the next comma or the end; what is left is the main clause. One split per clause: a nested "when"
 * inside a "which" clause stays with it.
 */
export function splitSubordinate(terms: readonly Term[]): SplitClause {
  const whole = { main: { terms: [...terms], ranges: rangesOf(terms) }, subordinate: [] };
  for (let i = 0; i < terms.length - 2; i++) {
    const t = terms[i]!;
    const relative = RELATIVE.has(t.lower) && i > 0 && terms[i - 1]!.commaAfter;
    if (!relative && !(SUBORDINATOR.has(t.lower) && opensClause(terms, i))) continue;
    const end = clauseEndAfter(terms, i);
    const before = terms.slice(0, i);
    const after = terms.slice(end + 1);
    const inner = terms.slice(i + 1, end + 1);
    if (relative && !hasTag(inner[1], 'Verb')) inner[0] = asVerbAfterRelative(inner[0]!);
    const main = [...before, ...after];
    if (!hasVerb(main) || !hasVerb(inner)) continue;
    const antecedent = relative ? antecedentOf(terms, i) : [];
    if (relative && antecedent.length === 0) continue;
    return {
      main: { terms: main, ranges: [...rangesOf(before), ...rangesOf(after)] },
      subordinate: [{ terms: [...antecedent, ...inner], ranges: rangesOf(inner) }],
    };
  }
  return splitCoordinated(terms) ?? whole;
}

/** "The ferry struck a rock and sank near Paros": the second predicate, with the shared subject, is a part of its own. */
function splitCoordinated(terms: readonly Term[]): SplitClause | null {
  const found = coordinatedPredicate(terms);
  if (!found) return null;
  const before = terms.slice(0, found.at);
  const after = terms.slice(found.at + 1);
  return {
    main: { terms: before, ranges: rangesOf(before) },
    subordinate: [{ terms: [...found.subject, ...after], ranges: rangesOf(after) }],
  };
}

/** "when its engine failed": a subject, then a finite verb, before any comma; "as well as", "after the storm" are not clauses. */
function opensClause(terms: readonly Term[], i: number): boolean {
  const next = terms[i + 1]!;
  if (terms[i]!.lower === 'as' && (AS_PHRASE.has(next.lower) || terms[i - 1]?.lower === 'as' || terms[i - 1]?.lower === 'such')) return false;
  if (!isNominal(next) && !hasTag(next, 'Determiner') && !hasTag(next, 'Possessive') && !hasTag(next, 'Adjective') && !hasTag(next, 'Value')) return false;
  for (let k = i + 1; k < Math.min(terms.length, i + 1 + SUBJECT_REACH); k++) {
    const t = terms[k]!;
    if (k > i + 1 && isFinite(terms, k)) return true;
    if (t.commaAfter) return false;
  }
  return false;
}

/** "which employs 900 people": right after a subject relative and before no verb ("which workers built"), an "-s" form the tagger read as a plural noun is the verb. */
function asVerbAfterRelative(t: Term): Term {
  if (hasTag(t, 'Verb') || !hasTag(t, 'Plural')) return t;
  const lemma = presentTenseLemma(t.lower);
  return lemma ? { ...t, root: lemma, tags: new Set(['Verb', 'PresentTense']) } : t;
}

function isFinite(terms: readonly Term[], k: number): boolean {
  const t = terms[k]!;
  if (isBe(t) || hasTag(t, 'Modal') || hasTag(t, 'Auxiliary')) return true;
  if (hasTag(t, 'PastTense') || hasTag(t, 'PresentTense')) return !hasTag(t, 'Noun') || hasTag(t, 'Verb');
  return irregularLemma(t.lower) !== undefined && isNominal(terms[k - 1]!);
}

function hasVerb(terms: readonly Term[]): boolean {
  return terms.some((t) => hasTag(t, 'Verb') || isBe(t) || irregularLemma(t.lower) !== undefined);
}

/** The last term of the clause opened at i: the term before the next comma (past place appositives), or the last term. */
function clauseEndAfter(terms: readonly Term[], i: number): number {
  // "after the storm hit Tampa, Florida, on Monday": a place in apposition to the last name stays in the clause.
  for (let k = i + 1; k < terms.length; k++) if (terms[k]!.commaAfter && !placeAppositive(terms, k + 1, terms.length)) return datedPhraseEnd(terms, k);
  return terms.length - 1;
}

/**
 * "Before his capture near Lyon, in May 2010, the accountant …": a dated prepositional phrase between commas right
 * after the fronted clause dates that clause; the clause ends at its comma. Not when nothing follows it.
 */
function datedPhraseEnd(terms: readonly Term[], comma: number): number {
  const first = terms[comma + 1];
  if (!first || !hasTag(first, 'Preposition')) return comma;
  for (let k = comma + 1; k < terms.length - 1; k++) {
    if (!terms[k]!.commaAfter) continue;
    return terms.slice(comma + 2, k + 1).some((t) => hasTag(t, 'Date')) ? k : comma;
  }
  return comma;
}

/**
 * The noun phrase a non-restrictive relative follows ("Halvorsen Shipping, which …" → Halvorsen Shipping), looking
 * past an affiliation in apposition ("Ada Kerr, of Leeds, Yorkshire, who …" → Ada Kerr): comma-separated segments
 * back from the relative, skipping those that open with a preposition and the bare names that follow one.
 */
function antecedentOf(terms: readonly Term[], relative: number): Term[] {
  const segments = commaSegments(terms.slice(0, relative));
  let k = segments.length - 1;
  while (k > 0 && (opensWithPreposition(segments[k]!) || (isBareName(segments[k]!) && opensWithPreposition(segments[k - 1]!)))) k--;
  const segment = segments[k] ?? [];
  let end = segment.length - 1;
  if (end < 0 || !isNominal(segment[end]!)) return [];
  let start = phraseStart(segment, end);
  // "the blaze at the tyre depot, which …": a noun phrase inside a prepositional phrase hands back to the one it modifies.
  while (start >= 2 && hasTag(segment[start - 1], 'Preposition') && isNominal(segment[start - 2]!) && phraseStart(segment, start - 2) === 0) {
    end = start - 2;
    start = 0;
  }
  return segment.slice(start, end + 1);
}

function phraseStart(segment: readonly Term[], end: number): number {
  let start = end;
  while (start > 0 && (isNominal(segment[start - 1]!) || hasTag(segment[start - 1], 'Adjective') || hasTag(segment[start - 1], 'Determiner') || hasTag(segment[start - 1], 'Possessive'))) start--;
  return start;
}

function commaSegments(terms: readonly Term[]): Term[][] {
  const out: Term[][] = [[]];
  for (const t of terms) {
    out[out.length - 1]!.push(t);
    if (t.commaAfter) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}

function opensWithPreposition(segment: readonly Term[]): boolean {
  return hasTag(segment[0], 'Preposition');
}

function isBareName(segment: readonly Term[]): boolean {
  return segment.every((t) => hasTag(t, 'ProperNoun'));
}

function rangesOf(terms: readonly Term[]): Range[] {
  const first = terms[0];
  const last = terms[terms.length - 1];
  return first && last ? [{ start: first.start, end: last.end }] : [];
}
