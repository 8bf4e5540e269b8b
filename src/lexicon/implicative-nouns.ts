import { nullPrototype } from '../model/records.js';
/**
 * Implicative nouns: the nominalisation of an implicative verb, or a phrasal implicative built on a noun, fixes
 * whether the event it governs happened ("the council's failure to pay" = the council did not pay; "her refusal to
 * sign" = she refused to sign; "the delay in reaching a deal" = no deal yet). Each entry gives the word that links
 * the noun to its event ("to" + infinitive, "in" + "-ing") and the state the governed event is then in.
 *
 * Sources: Karttunen, "Implicative verbs", Language 47 (1971) (fail, neglect; nominalised); Nairn, Condoravdi &
 * Karttunen, "Computing relative polarity for textual inference" (ICoS-5, 2006), the one-way negative class (refuse);
 * Karttunen, "Simple and phrasal implicatives" (*SEM 2012), phrasal implicatives with "ability" / "inability"; Quirk
 * et al. (1985) § 17.27 (nouns with an infinitive or "in" + "-ing" complement).
 */
export type ImplicativeNounState = 'negated' | 'refused' | 'pending';

export interface ImplicativeNoun {
  /** The word between the noun and its event: "to" for an infinitive, "in" for an "-ing" form. */
  link: 'to' | 'in';
  state: ImplicativeNounState;
}

/** Noun (singular, lower case) → how it governs its event. */
export const IMPLICATIVE_NOUNS: Readonly<Record<string, ImplicativeNoun>> = nullPrototype({
  // +-|-+ verbs nominalised: the event did not happen.
  failure: { link: 'to', state: 'negated' },
  inability: { link: 'to', state: 'negated' },
  // +- refusal verbs nominalised: the event was refused.
  refusal: { link: 'to', state: 'refused' },
  // A delay in doing something: it has not happened yet.
  delay: { link: 'in', state: 'pending' },
});

/**
 * Implicative adjectives before "to" + infinitive (Karttunen 2012, "be unable to"): the state of the event they govern
 * ("the pilot was unable to lower the wheels": the wheels were not lowered). "able" is left out: "was able to" may
 * speak of a capacity, not an act done.
 */
export const IMPLICATIVE_ADJECTIVES: Readonly<Record<string, ImplicativeNounState>> = nullPrototype({
  unable: 'negated',
});

/** Possessive determiners (Quirk et al. 1985 § 6.28): the doer of a nominalised event ("her refusal to sign"). */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their'];
