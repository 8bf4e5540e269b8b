import { REPORTING_VERBS, SOURCE_NOUNS } from '../lexicon/reporting-verbs.js';
import { kindOf } from './holder-kind.js';
import { rangesOf } from './clause-parts.js';
import type { ClausePart } from './clause-split.js';
import { hasTag, type Term } from './terms.js';
import { isVerbGerund, isVerbIngForm, verbLemma } from './lemma.js';
import { AUXILIARY_HEADS, CENTRAL_DETERMINERS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { isFiniteVerb } from './coordination.js';

/** Words allowed between the reporting verb and its "that" ("confirmed to the employees there that"). */
const MAX_THAT_GAP = 7;
/** The shipped source nouns ("officials", "a spokesman"), which tell an unnamed holder from a named one. */
const SOURCES = { sourceNouns: SOURCE_NOUNS };
/** Adverbs may stand between the coordinator and the verb ("and later said that"). */
const VERB_REACH = 3;

/**
 * "Cook visited the store and confirmed to staff that the watch would ship in April": a coordinated predicate that is a
 * reporting verb with a "that" clause (Quirk et al. 1985, § 13.43 with § 16.31) frames the content clause, held by the
 * shared subject; the content is the claim, as in "Cook confirmed that …". Null for any other conjunct.
 */
export function reportedConjunct(subject: readonly Term[], conjunct: readonly Term[]): ClausePart | null {
  // A finite verb only: "… from blending the customs and reporting that P" coordinates gerunds of another subject.
  const v = conjunct.slice(0, VERB_REACH).findIndex((t) => hasTag(t, 'Verb') && !t.lower.endsWith('ing') && Object.hasOwn(REPORTING_VERBS, verbLemma(t)));
  if (v < 0 || subject.length === 0) return null;
  const verb = conjunct[v]!;
  const lemma = verbLemma(verb);
  if (verb.commaAfter) return null;
  const content = gerundContent(conjunct, v, lemma) ?? thatContent(conjunct, v) ?? zeroThatContent(conjunct, v);
  if (content === null || content.length < 2) return null;
  return {
    terms: content,
    ranges: rangesOf(content),
    frame: {
      stance: REPORTING_VERBS[lemma]!,
      holder: { start: subject[0]!.start, end: subject[subject.length - 1]!.end },
      holderKind: kindOf(subject.map((t) => ({ start: t.start, end: t.end, lower: t.lower, kind: 'word', capitalized: t.capitalized })), SOURCES),
      cue: { start: verb.start, end: verb.end },
      cueLemma: lemma,
    },
  };
}

const DETERMINER: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);

/** Reporting verbs whose content may be a gerund clause: denials and admissions (as attribution.ts reads them). */
const GERUND_TAKERS: ReadonlySet<string> = new Set(['deny', 'admit', 'acknowledge', 'dispute']);

/** "… and denied taking the money": a gerund right after a denial or admission is what it holds (Quirk § 16.40). */
function gerundContent(conjunct: readonly Term[], v: number, lemma: string): Term[] | null {
  const next = conjunct[v + 1];
  if (!GERUND_TAKERS.has(lemma) || next === undefined) return null;
  // A form that may be a noun ("closing", "paying") is a gerund only with an object of its own after it.
  if (!isVerbGerund(next.lower) && !(isVerbIngForm(next.lower) && DETERMINER.has(conjunct[v + 2]?.lower ?? ''))) return null;
  return conjunct.slice(v + 1);
}

/** "… and confirmed to staff that P": the words after the "that", unless a comma breaks the frame first. */
function thatContent(conjunct: readonly Term[], v: number): Term[] | null {
  const gap = conjunct.slice(v + 1, v + 1 + MAX_THAT_GAP);
  const that = gap.findIndex((t) => t.lower === 'that');
  if (that < 0 || gap.slice(0, that).some((t) => t.commaAfter)) return null;
  return conjunct.slice(v + 2 + that);
}

const SUBJECT_PRONOUN: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);

/**
 * "… and officials said they would review it": a content clause with "that" left out (Quirk et al. 1985, § 15.3), a
 * subject pronoun (or an existential "there") right after the verb and a finite verb after it, or a determiner-led
 * subject and an auxiliary; a determiner may open an object with a relative clause of its own ("… and trustees
 * rejected the only tender they received"), which a pronoun or relative word among its words gives away.
 */
function zeroThatContent(conjunct: readonly Term[], v: number): Term[] | null {
  const first = conjunct[v + 1];
  const next = conjunct[v + 2];
  if (first === undefined || next === undefined || first.commaAfter) return null;
  if (SUBJECT_PRONOUN.has(first.lower)) return isFiniteVerb(next) ? conjunct.slice(v + 1) : null;
  // "… but said there would be no appeal": an existential "there" before its verb group opens the clause (Quirk § 18.44).
  if (first.lower === 'there') return hasTag(next, 'Modal') || hasTag(next, 'Copula') || hasTag(next, 'Auxiliary') ? conjunct.slice(v + 1) : null;
  // "… and Brannock said a second group had been added": a determiner-led subject whose next word after its nouns is an
  // auxiliary or a modal; a pronoun among them opens a relative clause on an object instead. A bare plural or a name
  // may lead it too ("… and a spokeswoman said inspectors were examining the drive").
  const bare = !DETERMINER.has(first.lower) && (hasTag(first, 'Plural') || hasTag(first, 'ProperNoun')) && !hasTag(first, 'Pronoun');
  if (!DETERMINER.has(first.lower) && !bare) return null;
  for (let k = v + 2; k < Math.min(conjunct.length, v + 2 + SUBJECT_REACH); k++) {
    const t = conjunct[k]!;
    if (AUXILIARY.has(t.lower) || hasTag(t, 'Modal')) return k > v + 2 || bare ? conjunct.slice(v + 1) : null;
    if (t.commaAfter || SUBJECT_PRONOUN.has(t.lower) || RELATIVE.has(t.lower) || isFiniteVerb(t)) return null;
  }
  return null;
}
/** Most words of a determiner-led subject before its auxiliary ("a second evening group had"). */
const SUBJECT_REACH = 5;
const AUXILIARY: ReadonlySet<string> = new Set(AUXILIARY_HEADS);
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
