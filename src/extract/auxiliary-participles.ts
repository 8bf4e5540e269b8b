import { nullPrototype } from '../model/records.js';
import { INVARIANT_PAST } from '../lexicon/invariant-verbs.js';
import { IRREGULAR_PARTICIPLES, IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { hasTag, type Term } from './terms.js';
import { isNominal } from './noun-phrases.js';
import { NEGATOR, isBe } from './verbs.js';

// Without a prototype: a word such as "constructor" is looked up here and must find nothing.
const PARTICIPLE_OF: Readonly<Record<string, string>> = nullPrototype({ ...INVARIANT_PAST, ...IRREGULAR_PAST, ...IRREGULAR_PARTICIPLES });

/** The lemma of a listed irregular or invariant past participle ("sold" → sell, "cut" → cut), else undefined. */
export function irregularParticipleLemma(lower: string): string | undefined {
  return PARTICIPLE_OF[lower];
}
/** Words that may stand between an auxiliary and its participle ("had never left", "has already cut"). */
const BETWEEN: ReadonlySet<string> = new Set([...NEGATOR, 'ever', 'already', 'just', 'also']);
const HAVE_CLITIC = /\p{L}['’]ve$/u;
/** Most such words between the auxiliary and the participle. */
const REACH = 2;

/** The auxiliary ("have" or a form of "be") right before term i, past at most REACH negators or adverbs. */
function auxiliaryBefore(terms: readonly Term[], i: number): Term | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 1 - REACH); k--) {
    const t = terms[k]!;
    // "I've done nothing wrong": the clitic "'ve" is "have", kept inside its pronoun's term.
    if (t.root === 'have' || isBe(t) || HAVE_CLITIC.test(t.lower)) return t;
    if (!BETWEEN.has(t.lower)) return undefined;
  }
  return undefined;
}

/**
 * "The ferry had never left port", "The bell was cast in 1850": an irregular past participle right after "have" or a
 * passive's "be" (a negator or adverb between) is the verb, whatever the tagger read ("left" as a direction, "cast"
 * as a noun; Quirk § 3.54, the perfective and passive auxiliaries take the -ed participle). After "be", a form before
 * "to" is a semi-auxiliary ("is set to approve") and stays, and so does one before a noun it premodifies ("was cast
 * iron"); after "have" a noun is the participle's object ("had left port").
 */
export function withAuxiliaryParticiples(terms: readonly Term[]): Term[] {
  return terms.map((t, i) => {
    const lemma = PARTICIPLE_OF[t.lower];
    if (lemma === undefined || hasTag(t, 'Verb')) return t;
    const aux = auxiliaryBefore(terms, i);
    const next = terms[i + 1];
    // "The ferry never left port": "never" after the subject stands before a finite past (Quirk § 8.99).
    if (aux === undefined && terms[i - 1]?.lower === 'never' && IRREGULAR_PAST[t.lower] !== undefined && i >= 2 && isNominal(terms[i - 2]!)) {
      return { ...t, root: IRREGULAR_PAST[t.lower]!, tags: new Set(['Verb', 'PastTense']) };
    }
    if (aux === undefined || (isBe(aux) && (next?.lower === 'to' || (next !== undefined && hasTag(next, 'Noun') && !t.commaAfter)))) return t;
    return { ...t, root: lemma, tags: new Set(['Verb', 'PastTense', 'Participle']) };
  });
}
