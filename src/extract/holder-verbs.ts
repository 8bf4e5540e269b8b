import { AUXILIARY_HEADS, CENTRAL_DETERMINERS, RELATIVE_PRONOUNS } from '../lexicon/grammar-words.js';
import { IRREGULAR_PAST } from '../lexicon/irregular-verbs.js';
import { NEGATED_AUXILIARIES, NEGATORS } from '../lexicon/polarity-cues.js';
import type { Token } from '../segment/tokens.js';

/**
 * "Fans saw the reunion show at Wembley", "Channel 5 dropped the quiz show on Friday": a bare form of a reporting verb
 * ("show", "report", "say") after words that already hold a finite past verb with its object ("saw the reunion") is
 * no frame; the clause has its verb, and the bare form is a noun or a second verb that cannot follow that subject.
 * A holder is a noun phrase (Quirk § 10.16); the finite verb is a past form — "-ed" or an irregular past
 * (lexicon/irregular-verbs.ts) — or any word after an auxiliary, "do" or a negator ("did not drop the", "will close
 * the"), right before a determiner, and no relative pronoun comes before it ("Residents who lost their homes say …"
 * keeps its frame).
 */
const DETERMINER: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
const RELATIVE: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
const PAST_FORM = /^[a-z]{3,}ed$/;
const VERB_GROUP: ReadonlySet<string> = new Set([...AUXILIARY_HEADS, ...NEGATORS, ...NEGATED_AUXILIARIES, 'do', 'does', 'did']);

const isPastForm = (t: Token): boolean => !t.capitalized && (PAST_FORM.test(t.lower) || IRREGULAR_PAST[t.lower] !== undefined);
/** A lower-case word after an auxiliary, "do" or a negator: the main verb of a verb group ("did not drop"). */
const inVerbGroup = (tokens: readonly Token[], k: number): boolean => !tokens[k]!.capitalized && !DETERMINER.has(tokens[k]!.lower) && k > 0 && VERB_GROUP.has(tokens[k - 1]!.lower);

/** Whether the words before a bare reporting-verb form already hold a clause's finite verb and its object. */
export function holderHasOwnVerb(tokens: readonly Token[], start: number, verb: number, lemma: string): boolean {
  if (tokens[verb]?.lower !== lemma) return false;
  for (let k = start; k < verb - 1; k++) {
    const t = tokens[k]!;
    if (RELATIVE.has(t.lower)) return false;
    if (t.kind === 'word' && (isPastForm(t) || inVerbGroup(tokens, k)) && DETERMINER.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}
