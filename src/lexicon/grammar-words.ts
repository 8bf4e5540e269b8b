/**
 * Closed-class words the proposition finder leans on where compromise's tags are unreliable.
 * Source: Quirk et al., "A Comprehensive Grammar of the English Language" (1985): auxiliaries and modals
 * (§§ 3.21–3.30), linking verbs (§ 16.21), prepositions (ch. 9), adverbs between modal and verb (§ 8.20),
 * personal pronouns (§ 6.12) and definite determiners (§ 5.29, § 6.40).

 * central determiners (§ 5.13), relative pronouns (§ 17.9), coordinators (§ 13.1), subordinators (§ 14.12).
 */

/** Words that may stand between a modal and its verb: "will also attend", "will no longer open". */
export const MODAL_GAP: readonly string[] = ['also', 'still', 'longer', 'yet', 'then', 'now', 'soon', 'even', 'ever', 'again'];

/**
 * Adverbs of time (§ 8.51) the tagger reads as other parts of speech: as comparative adjectives ("was later bought",
 * "were earlier told"), as ordinals ("was first spotted", "was last seen") or as the conjunction of "now that" ("is
 * now selling").
 */
export const MISTAGGED_TIME_ADVERBS: readonly string[] = ['later', 'earlier', 'first', 'last', 'now'];

/** Prepositions a tagger may misread as verbs or adjectives at the start of a clause ("Under the plan, …"). */
export const PREPOSITIONS: readonly string[] = [
  'under', 'after', 'before', 'despite', 'during', 'following', 'amid', 'with', 'without', 'over', 'since', 'until',
  'like', 'near',
];

/**
 * Prepositions of place (§§ 9.15–9.30) that a tagger may read as adjectives inside a fronted phrase ("After 18 months
 * behind hoardings, the spa reopened"): a noun after one is its object, not the clause's subject.
 */
export const SPATIAL_PREPOSITIONS: readonly string[] = [
  'behind', 'beyond', 'beneath', 'beside', 'between', 'within', 'throughout', 'across', 'toward', 'towards', 'among',
  'amongst', 'along', 'underneath', 'opposite',
];

/** Auxiliaries that follow a subject's head noun ("the directorate has …"). */
export const AUXILIARY_HEADS: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should',
];

/** Forms of "have". */
export const HAVE_FORMS: readonly string[] = ['have', 'has', 'had'];

/** Forms of "be". */
export const BE_FORMS: readonly string[] = ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s"];

/** Words that may open or stand in a verb group before its main verb: the auxiliary heads and the forms of "be". */
/** Finite operators that open a clause's verb group after its subject (§ 3.23): "its vessel was …", "the talks had …". */
export const FINITE_OPERATORS: readonly string[] = ['was', 'were', 'is', 'are', 'had', 'has', 'would', 'will', 'could', 'can', 'did', 'does', 'should', 'might', 'may'];

export const VERB_GROUP_AUXILIARIES: readonly string[] = [...AUXILIARY_HEADS, ...BE_FORMS];

/** Linking verbs whose complement carries the proposition ("will stay open", "remained closed"). */
export const LINKING_VERBS: readonly string[] = [
  'stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'become', 'became', 'becomes', 'keep', 'kept',
];

/**
 * Words that may open an imperative clause before its verb (Quirk et al. 1985 §§ 11.24–11.27: "please" as a
 * courtesy subjunct, "do" / "don't" in the negative and persuasive imperative, "never" / "always" as its frequency
 * adverbs, "let's" in the first-person imperative). Lower-case, matched word by word.
 */
export const IMPERATIVE_OPENERS: readonly string[] = ['please', 'do', 'not', "don't", 'don’t', 'never', 'always', 'just', 'kindly', "let's", 'let’s'];

/**
 * Words that may follow an imperative's verb: the opening of its object (a determiner, possessive, quantifier or
 * object pronoun) or an adverbial (a particle, preposition or subordinator). After a sentence-initial word that is
 * both noun and verb, any other word, most often a bare noun, reads as a headline's noun compound ("Flood damage in
 * the old town", "Storm warnings issued"), not as a command (Quirk et al. 1985 §§ 11.24, 17.108).
 */
export const IMPERATIVE_FOLLOWERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'his', 'her', 'its', 'their', 'any', 'every',
  'all', 'some', 'no', 'each', 'both', 'me', 'you', 'us', 'him', 'them', 'it', 'yourself', 'yourselves', 'everyone', 'everybody',
  'anyone', 'nothing', 'anything', 'away', 'out', 'up', 'off', 'back', 'down', 'in', 'on', 'at', 'to', 'from', 'for',
  'with', 'by', 'into', 'unless', 'if', 'before', 'after', 'until', 'when', 'while', 'instead', 'here', 'there',
];

/** Copular verbs beyond the linking list (§ 16.21): "seems", "looks", "gets" take a complement, not an object. */
export const OTHER_COPULAS: readonly string[] = ['seem', 'appear', 'feel', 'look', 'sound', 'get'];

/** Indefinite pronouns: "anyone had been arrested" speaks of whoever the other side names. */
export const INDEFINITE_PRONOUNS: readonly string[] = [
  'anyone', 'anybody', 'someone', 'somebody', 'no one', 'nobody', 'anything', 'something', 'nothing', 'everyone',
  'everybody', 'everything',
];

/**
 * Determiners that open a description a name may stand in apposition to ("The outgoing envoy, Nikolay Mladenov,",
 * "the caretaker, Tom Reed,"; Quirk et al. 1985, § 17.72).
 */
export const DESCRIPTION_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your'];
/** A proper name is at most this many words ("Nikolay Mladenov", "Maria Elena Boschi"). */
export const MAX_NAME_WORDS = 4;

export const SUBJECT_PRONOUNS: readonly string[] = ['i', 'you', 'he', 'she', 'it', 'we', 'they'];
/** Possessive determiners (Quirk et al. 1985, § 6.27): "its licence", "their claims". */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['its', 'his', 'her', 'their', 'our', 'my', 'your'];

/** Personal pronouns: "they" names whoever the context meant, so it can neither match nor contradict a named actor. */
export const PERSONAL_PRONOUNS: readonly string[] = [...SUBJECT_PRONOUNS, 'me', 'him', 'her', 'us', 'them'];

/** The objective case of the personal pronouns (Quirk et al. 1985 § 6.2): "a photo of him", "the prospect of them". */
export const OBJECT_PRONOUNS: readonly string[] = ['me', 'you', 'him', 'her', 'it', 'us', 'them'];

/** Determiners of a definite description: "the drug", "this company" point back to something named before. */
export const DEFINITE_DETERMINERS: readonly string[] = ['the', 'this', 'that', 'these', 'those', 'its', 'their'];

/**
 * Articles and possessive determiners: the word right after one opens a noun phrase, never a finite verb
 * ("the dam burst" → dam). Not the demonstratives ("This changes …") nor "her" (also an object pronoun).
 */
export const CENTRAL_DETERMINERS: readonly string[] = ['a', 'an', 'the', 'its', 'their', 'his', 'our', 'my', 'your'];

/** Determiners of the plural an of-partitive picks from ("12 of the protesters", "three of its lifeboats"; Quirk § 5.8). */
export const PARTITIVE_OF_DETERMINERS: readonly string[] = ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my'];

/** Pronouns that open a relative clause; "that" only when a verb follows it ("the fire that destroyed …"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'whom', 'whose', 'that'];

/** Coordinators (§ 13.1): a verb right after one shares the subject of the verb before it ("fled and hid"). */
export const COORDINATORS: readonly string[] = ['and', 'or', 'but', 'nor'];

/** The coordinators that assert both conjuncts (§ 13.1): "and" and "but"; "or" and "nor" assert neither. */
export const ASSERTING_COORDINATORS: readonly string[] = ['and', 'but'];

/** Words that open a finite clause of their own (§ 14.12): a verb after one belongs to that clause. */
export const CLAUSE_OPENERS: readonly string[] = [
  'that', 'who', 'which', 'whom', 'whose', 'when', 'where', 'because', 'if', 'whether', 'while', 'although', 'though',
];

/** Quantifiers that head a partitive "of" phrase (Quirk § 5.24, § 6.56): "most of the miners" is about the miners. */
export const PARTITIVE_QUANTIFIERS: readonly string[] = [
  'all', 'both', 'each', 'either', 'neither', 'none', 'some', 'any', 'most', 'many', 'much', 'few', 'several', 'half',
];

/**
 * Words that open a plural noun phrase naming a set of a kind rather than one known group (Quirk § 5.24 quantifiers,
 * § 5.21 "other"; and the adjectives of nearness that set a group beside one in view: "neighbouring councils").
 */
export const SET_OPENERS: readonly string[] = [
  'most', 'many', 'some', 'several', 'few', 'all', 'numerous', 'various', 'other', 'neighbouring', 'neighboring', 'nearby', 'rival',
];

/** Conjunct adverbs that may open a sentence before a fronted phrase ("However, according to …"; Quirk §§ 8.134–8.137). */
export const CONJUNCT_OPENERS: readonly string[] = ['however', 'yet', 'still', 'meanwhile', 'also', 'so', 'now', 'then'];

/** Adverbs a subject pronoun may follow inside the subject as read ("Together you have raised …", "Now they say …"). */
export const ADVERBS_BEFORE_PRONOUN: readonly string[] = ['together', 'now', 'then', 'also', 'so'];

/**
 * Prepositions that take a noun phrase and never a bare infinitive (Quirk et al. 1985 §§ 9.1–9.4): "to" (the
 * infinitive's marker), "but", "than", "except" and "like" ("could do nothing but wait") and the particles of phrasal
 * verbs ("up", "off", "out", "down", "about") are left out. A base form right after one is a noun ("from flash flooding").
 */
export const NOUN_ONLY_PREPOSITIONS: readonly string[] = [
  'from', 'of', 'for', 'with', 'without', 'in', 'on', 'at', 'by', 'into', 'onto', 'under', 'over', 'across', 'through',
  'during', 'against', 'among', 'between', 'behind', 'beyond', 'near', 'within', 'upon', 'towards', 'toward', 'despite', 'amid',
];

/**
 * Prepositions of place and path (§ 9.17) that the tagger reads as adjectives right before a determiner ("declined
 * over the past year", "covered under the policy"). It overlaps SPATIAL_PREPOSITIONS above (the fronted-phrase list);
 * the two were kept apart because joining them would change what each rule reads.
 */
export const DETERMINER_PREPOSITIONS: readonly string[] = ['over', 'under', 'above', 'below', 'past', 'across', 'through', 'beyond', 'behind', 'inside', 'outside', 'beneath'];

/**
 * Subordinators besides the adverbial ones of clause-cues.ts that open a clause inside a subject's search (§ 14.12:
 * "since", "while", "if", "unless", "where", "than"): "Stay at home until the wind has dropped" has its finite verb in one.
 */
export const OTHER_SUBORDINATORS: readonly string[] = ['since', 'while', 'if', 'unless', 'where', 'than'];
