/**
 * Converse predicates: one event told from either party, with the roles swapped ("Acme sold the plant to Borg" =
 * "Borg bought the plant from Acme"; "Ajax beat Celtic" = "Celtic lost to Ajax"). `other` names where each verb puts
 * the other party: the word of the prepositional phrase that holds it, or "object" for the direct object.
 *
 * Sources: Cruse, Lexical Semantics (1986), ch. 10 "converses" (buy/sell, lend/borrow, give/receive, precede/follow,
 * bequeath/inherit, teach/learn, employ/work for); Lyons, Semantics (1977) § 9.3; the antonym pointers of WordNet 3.1
 * for the contest pairs (win/lose, beat/lose) read as relational opposites, as Cruse classes them.
 */
export interface ConversePair {
  /** Verb lemma and where it puts the other party. */
  a: { verb: string; other: string };
  b: { verb: string; other: string };
}

export const CONVERSE_PAIRS: readonly ConversePair[] = [
  { a: { verb: 'sell', other: 'to' }, b: { verb: 'buy', other: 'from' } },
  { a: { verb: 'sell', other: 'to' }, b: { verb: 'purchase', other: 'from' } },
  { a: { verb: 'lend', other: 'to' }, b: { verb: 'borrow', other: 'from' } },
  { a: { verb: 'loan', other: 'to' }, b: { verb: 'borrow', other: 'from' } },
  { a: { verb: 'give', other: 'to' }, b: { verb: 'receive', other: 'from' } },
  { a: { verb: 'send', other: 'to' }, b: { verb: 'receive', other: 'from' } },
  { a: { verb: 'pay', other: 'to' }, b: { verb: 'receive', other: 'from' } },
  { a: { verb: 'donate', other: 'to' }, b: { verb: 'receive', other: 'from' } },
  { a: { verb: 'bequeath', other: 'to' }, b: { verb: 'inherit', other: 'from' } },
  { a: { verb: 'teach', other: 'object' }, b: { verb: 'learn', other: 'from' } },
  { a: { verb: 'employ', other: 'object' }, b: { verb: 'work', other: 'for' } },
  { a: { verb: 'hire', other: 'object' }, b: { verb: 'work', other: 'for' } },
  { a: { verb: 'precede', other: 'object' }, b: { verb: 'follow', other: 'object' } },
  { a: { verb: 'beat', other: 'object' }, b: { verb: 'lose', other: 'to' } },
  { a: { verb: 'defeat', other: 'object' }, b: { verb: 'lose', other: 'to' } },
  { a: { verb: 'win', other: 'against' }, b: { verb: 'lose', other: 'to' } },
];

/**
 * Symmetric predicates: "A met B" is "B met A", so their parties swapped are one event, not a clash of roles.
 * Source: Levin (1993) § 36.1 correspond verbs, § 36.2 marry verbs, § 36.3 meet verbs, § 22.2 amalgamate verbs.
 */
export const SYMMETRIC_VERBS: readonly string[] = [
  'meet', 'play', 'fight', 'battle', 'debate', 'consult', 'negotiate', 'talk', 'agree', 'disagree', 'argue', 'clash',
  'quarrel', 'bargain', 'marry', 'divorce', 'date', 'embrace', 'hug', 'kiss', 'merge', 'combine', 'unite', 'ally',
  'partner', 'collide', 'draw', 'tie', 'trade', 'correspond', 'compete', 'speak', 'chat', 'confer', 'spar', 'wrestle',
];
