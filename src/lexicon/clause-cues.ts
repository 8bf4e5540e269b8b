/**
 * Conjunctions that join two independently attributed or contrasted clauses.
 * Source: the contrastive and concessive subordinators and coordinators of Quirk et al. (1985) §§ 13.40,
 * 15.19 and the Penn Discourse Treebank's explicit Comparison connectives (Prasad et al. 2008).
 */

/** At the start of a sentence, these open a subordinate clause that ends at the first comma. */
export const LEADING_CONTRAST: readonly string[] = ['while', 'whereas', 'although', 'though', 'whilst'];

/** After a comma (or semicolon), these start a new contrasted clause. */
export const JOINING_CONTRAST: readonly string[] = ['but', 'while', 'whereas', 'whilst', 'though', 'although', 'however', 'yet'];

/**
 * Subordinators of time, reason and manner that open an adverbial clause with a subject and verb of its own
 * ("… ran aground when its engine failed"). Source: Quirk et al. (1985) § 14.12 (simple subordinators) and
 * §§ 15.25–15.45 (clauses of time and reason).
 */
export const ADVERBIAL_SUBORDINATORS: readonly string[] = ['when', 'after', 'as', 'before', 'because', 'once', 'until', 'whenever'];

/**
 * Subordinators of time clauses that tell the occasion of the main clause's act (Quirk § 15.25: simultaneity "when",
 * sequence "after"): "were killed when a coach overturned near Tula on Sunday" happened there and then.
 */
export const OCCASION_SUBORDINATORS: readonly string[] = ['when', 'after'];

/** Relative pronouns that open a non-restrictive relative clause after a comma (Quirk § 17.22). */
export const NON_RESTRICTIVE_RELATIVES: readonly string[] = ['which', 'who'];

/** Words after "as" that make it part of a fixed phrase, not a subordinator: "as well as", "as many as" (Quirk § 15.47). */
export const AS_PHRASE_WORDS: readonly string[] = ['well', 'many', 'much', 'long', 'soon', 'far', 'part', 'of', 'if', 'though', 'to', 'for', 'such', 'usual', 'expected', 'planned'];

/**
 * Subordinators that open a verbless clause before the subject ("while still a student, Ruiz won …", "when only a
 * teenager, …", "though injured, …"): Quirk et al. (1985) § 14.9 (verbless clauses) and § 15.34 (subordinators
 * that take them).
 */
export const VERBLESS_SUBORDINATORS: readonly string[] = ['while', 'whilst', 'when', 'though', 'although', 'once', 'if', 'whether', 'unless'];

/**
 * Participles of saying, expecting and planning that make a subjectless "as" clause a comment clause ("as first
 * reported", "as expected", "as previously announced"): Quirk et al. 1985 §§ 15.53–15.56, comment clauses of the
 * "as" type, which comment on the truth or manner of the clause they attach to and assert nothing of their own. With
 * the adverbs that may stand before the participle.
 */
export const COMMENT_CLAUSE_PARTICIPLES: readonly string[] = [
  'reported', 'said', 'stated', 'announced', 'claimed', 'alleged', 'suggested', 'rumoured', 'rumored', 'indicated',
  'expected', 'predicted', 'forecast', 'feared', 'planned', 'scheduled', 'promised', 'agreed', 'noted', 'mentioned',
];
export const COMMENT_CLAUSE_ADVERBS: readonly string[] = ['first', 'initially', 'originally', 'previously', 'earlier', 'widely', 'already', 'later'];

/**
 * Verbs of consequence whose that-clause (with or without "that") the sentence asserts: "Rising costs mean the toilets
 * will close". Source: the Oxford English Dictionary's sense of "mean" as "to have as a consequence or result".
 */
export const CONSEQUENCE_VERBS: readonly string[] = ['mean'];

/**
 * Complex-transitive verbs of regarding whose object complement "as" opens (Quirk et al. 1985, § 16.46: "regard the
 * plan as dead", "is considered by some as a risk"): after them "as" opens no adverbial clause.
 */
export const REGARDING_VERBS: readonly string[] = [
  'regard', 'see', 'view', 'treat', 'consider', 'describe', 'class', 'classify', 'count', 'define', 'designate',
  'know', 'recognise', 'recognize', 'rate', 'label', 'brand', 'list', 'portray', 'depict', 'hail', 'dismiss',
  'characterise', 'characterize', 'identify', 'refer',
];
