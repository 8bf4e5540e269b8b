import { GERUND_SUBORDINATORS } from '../lexicon/gerund-subordinators.js';
import { clauseEndAfter, rangesOf } from './clause-parts.js';
import { isFiniteVerb, subjectBefore } from './coordination.js';
import type { SplitClause } from './clause-split.js';
import { hasTag, type Term } from './terms.js';
import { retagNounPositions } from './noun-positions.js';

/**
 * "IBM holds the record after sacking 60,000 people in 1993", "The airline cut fares after losing customers": an
 * "-ing" clause after a subordinator, with no subject of its own, has the main clause's subject as its own (Quirk et
 * al. 1985, § 14.14 and § 15.56, the attachment rule of non-finite adverbial clauses) and asserts an act of its own,
 * with its own figures and dates. It becomes a clause part that borrows the main clause's subject, as a coordinated
 * predicate does. Not "after being rescued" / "after having …" (an auxiliary -ing form heads no act of its own).
 */
const SUBORDINATOR: ReadonlySet<string> = new Set(GERUND_SUBORDINATORS);
const AUXILIARY_ING: ReadonlySet<string> = new Set(['being', 'having', 'getting']);

export function splitGerundAdverbial(terms: readonly Term[]): SplitClause | null {
  const first = terms.findIndex(isFiniteVerb);
  if (first < 1) return null;
  const subject = subjectBefore(terms, first);
  if (subject.length === 0) return null;
  for (let i = first + 1; i < terms.length - 2; i++) {
    if (!SUBORDINATOR.has(terms[i]!.lower) || terms[i]!.commaAfter || !isActiveIng(terms[i + 1]!, terms[i + 2])) continue;
    const end = clauseEndAfter(terms, i);
    const before = terms.slice(0, i);
    const after = terms.slice(end + 1);
    const inner = terms.slice(i + 1, end + 1);
    // "after fighting broke out": a finite verb later makes the "-ing" form a subject, read as a finite clause elsewhere.
    if (inner.slice(1).some(isFiniteVerb)) continue;
    const verb: Term = { ...inner[0]!, tags: new Set(['Verb', 'Gerund']) };
    return {
      main: { terms: [...before, ...after], ranges: [...rangesOf(before), ...rangesOf(after)] },
      subordinate: [{ terms: [...subject, verb, ...inner.slice(1)], ranges: rangesOf(inner) }],
    };
  }
  return null;
}

/**
 * "After renewing its lease, the firm accepted two offers": a fronted "-ing" clause after a subordinator, closed by a
 * comma, has the main clause's subject as its own too (§ 15.56) and is a part of its own; the main clause after the
 * comma is the clause's main part. Not when the main clause has no subject before its verb.
 */
export function splitFrontedGerund(terms: readonly Term[]): SplitClause | null {
  if (terms.length < 5 || !SUBORDINATOR.has(terms[0]!.lower) || !isActiveIng(terms[1]!, terms[2])) return null;
  const end = terms.findIndex((t) => t.commaAfter);
  if (end < 2 || end >= terms.length - 2) return null;
  const inner = terms.slice(1, end + 1);
  const main = terms.slice(end + 1);
  if (inner.slice(1).some(isFiniteVerb)) return null;
  // Read on the repaired tags ("the firm accepted": "firm" read as an adjective heads the subject).
  const read = retagNounPositions(main);
  const first = read.length === main.length ? read.findIndex(isFiniteVerb) : -1;
  const head = first > 0 ? subjectBefore(read, first) : [];
  if (head.length === 0) return null;
  const subject = main.slice(read.indexOf(head[0]!), read.indexOf(head[0]!) + head.length);
  const verb: Term = { ...inner[0]!, tags: new Set(['Verb', 'Gerund']) };
  const lastOfInner = { ...inner.at(-1)!, commaAfter: false };
  return {
    main: { terms: main, ranges: rangesOf(main) },
    subordinate: [{ terms: [...subject, verb, ...inner.slice(1, -1), ...(inner.length > 1 ? [lastOfInner] : [])], ranges: rangesOf(inner) }],
  };
}

/**
 * "sacking 60,000 people", "seizing the ship", "coming on as …": an "-ing" verb with its object (or particle) right
 * after it. "after fighting in the north" (an object-less "-ing" form, often the noun of the event) is left alone.
 */
export function isActiveIng(t: Term, next: Term | undefined): boolean {
  if (!/^[a-z]{3,}ing$/.test(t.lower) || AUXILIARY_ING.has(t.lower) || t.commaAfter || !next) return false;
  if (!hasTag(t, 'Gerund') && !(hasTag(t, 'Verb') && !hasTag(t, 'Noun'))) return false;
  if (hasTag(next, 'Particle')) return true;
  return !hasTag(next, 'Verb') && !hasTag(next, 'Preposition') && OBJECT_OPENERS.some((tag) => hasTag(next, tag));
}
const OBJECT_OPENERS = ['Determiner', 'Noun', 'Value', 'Possessive', 'Adjective'];
