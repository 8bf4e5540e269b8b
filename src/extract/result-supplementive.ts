import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { CURRENCY_SIGNS, UNITS } from '../lexicon/units.js';
import { clauseEndAfter, rangesOf } from './clause-parts.js';
import { coordinatedPredicate, isFiniteVerb, subjectBefore } from './coordination.js';
import type { SplitClause } from './clause-split.js';
import { isActiveIng } from './gerund-adverbial.js';
import { isVerbIngForm, verbLemma } from './lemma.js';
import { retagNounPositions } from './noun-positions.js';
import { hasTag, type Term } from './terms.js';

/**
 * "-ing" forms that head no clause of their own after a comma: prepositions spelt as participles (Quirk et al. 1985,
 * § 9.7, marginal prepositions: "including", "following", "regarding", "concerning", "excluding", "according").
 */
const MARGINAL_PREPOSITIONS: ReadonlySet<string> = new Set(['including', 'following', 'regarding', 'concerning', 'excluding', 'according', 'considering', 'barring', 'pending', 'involving']);

/** "…, killing three people": after the comma the tagger may read a verb's "-ing" form as a noun; before a figure or determiner it is the verb. */
function ingReadAsNoun(t: Term, next: Term | undefined): boolean {
  return hasTag(t, 'Noun') && isVerbIngForm(t.lower) && next !== undefined && (hasTag(next, 'Value') || hasTag(next, 'Determiner'));
}

/** Words that may stand before the figure of a counted object ("killing at least 12", "injuring about 40"). */
const APPROXIMATORS: ReadonlySet<string> = new Set(['at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'almost', 'some', 'up', 'to', 'over', 'roughly', 'an', 'estimated', 'another', 'a', 'further']);

/**
 * The "-ing" verb's object is counted, its figure past approximators: "injuring four passengers", "killing at least
 * 12". A measure ("reaching 280 metres", "raising 3 million pounds": a unit or currency after the figure) says how far
 * or how much the main clause's event went, not a further act.
 */
function countsItsObject(terms: readonly Term[], i: number): boolean {
  let k = i + 1;
  while (k < Math.min(terms.length, i + 5) && APPROXIMATORS.has(terms[k]!.lower)) k++;
  if (!hasTag(terms[k], 'Value') || CURRENCY_SIGNS.has(terms[k]!.lower[0] ?? '')) return false;
  while (k < terms.length && hasTag(terms[k], 'Value')) k++;
  const after = terms[k];
  return after === undefined || !(UNITS.has(after.lower) || hasTag(after, 'Unit') || hasTag(after, 'Money'));
}

/** The earliest place for the act: a subject word, the finite verb (at 1 or later), then a word with the comma after it. */
const FIRST_ACT = 3;

/** "…, injuring four passengers": an active "-ing" form (no marginal preposition) right after a comma, its object counted. */
function countedActAfterComma(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  if (i >= terms.length - 1 || !terms[i - 1]!.commaAfter || MARGINAL_PREPOSITIONS.has(t.lower)) return false;
  return (isActiveIng(t, terms[i + 1]) || ingReadAsNoun(t, terms[i + 1])) && countsItsObject(terms, i);
}

/**
 * "A tram derailed in Kassel on Wednesday, injuring four passengers", "The storm hit the coast, killing three people":
 * a supplementive "-ing" clause after a comma at the end of the main clause tells a further act of the main clause's
 * subject, often its result (Quirk et al. 1985, §§ 15.58–15.60, supplementive clauses; the attachment rule of § 15.59
 * gives them the main clause's subject). When its object is counted it becomes a clause part of its own, with its own
 * figures, so "four passengers" counts the injured, not the derailment; an uncounted one ("…, passing the 300-metre
 * mark") stays a circumstance of the main clause's event, its date and place with it. A reporting verb ("…, saying
 * that …") frames content instead and is left to attribution.
 */
export function splitResultSupplementive(terms: readonly Term[]): SplitClause | null {
  // Most clauses have no counted "-ing" act after a comma: look for one before reading the main clause's verb and subject.
  const acts = terms.flatMap((_, i) => (i >= FIRST_ACT && countedActAfterComma(terms, i) ? [i] : []));
  if (acts.length === 0) return null;
  // The main clause's verb and subject are read with the word positions' tags, as the proposition finder reads them.
  const tagged = retagNounPositions(terms);
  const first = tagged.findIndex((t) => isFiniteVerb(t) && !t.lower.endsWith('ing'));
  if (first < 1) return null;
  const subject = subjectBefore(tagged, first);
  if (subject.length === 0) return null;
  for (const i of acts) {
    if (i < first + 2) continue;
    const t = terms[i]!;
    if (REPORTING_VERBS[verbLemma(t)] !== undefined) return null;
    const end = clauseEndAfter(terms, i);
    const before = terms.slice(0, i);
    const after = terms.slice(end + 1);
    const inner = terms.slice(i, end + 1);
    // A finite verb later in it (not a coordinated "-ing" form: "and leaving 200 homes") makes it no supplementive clause.
    if (inner.slice(1).some((w) => isFiniteVerb(w) && !w.lower.endsWith('ing'))) continue;
    const verb: Term = { ...t, root: verbLemma(t), tags: new Set(['Verb', 'PresentTense', 'Gerund']) };
    const part = [...subject, verb, ...inner.slice(1)];
    // "…, killing three people and leaving 200 homes without power": each coordinated "-ing" act is a part of its own.
    const second = coordinatedPredicate(part);
    const parts = second ? [part.slice(0, second.at), [...second.subject, ...part.slice(second.at + 1)]] : [part];
    return {
      main: { terms: [...before, ...after], ranges: [...rangesOf(before), ...rangesOf(after)] },
      subordinate: parts.map((p) => ({ terms: p, ranges: rangesOf(p.filter((w) => !subject.includes(w))), sharesOccasion: true as const })),
    };
  }
  return null;
}
