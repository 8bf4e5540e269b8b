/**
 * Words that shape a leading or trailing attribution ("X said that P", "P, X said").
 * Sources: the reporting clause and its positions in Quirk et al., "A Comprehensive Grammar of the English
 * Language" (1985) §§ 14.29–14.34 (ditransitive reporting verbs, parenthetical reporting clauses), and the
 * closed classes of English function words (auxiliaries, prepositions, relative pronouns) in the same grammar.
 */

/** Verbs that report a clause only with an explicit "that" (otherwise "confirmed attendance" is the event itself). */
export const NEEDS_THAT: readonly string[] = [
  'inform', 'notify', 'comment', 'confirm', 'deny', 'admit', 'acknowledge', 'reject', 'dispute', 'refute', 'verify',
  'announce', 'accuse', 'call', 'describe', 'quote', 'cite', 'add', 'explain', 'write', 'think', 'estimate',
  'predict', 'report', 'tell', 'state', 'note', 'hint', 'maintain',
  // FrameNet 1.7 Statement, Convey_importance, Complaining, Bragging, Reveal_secret, Testimony, Remembering and
  // Text_creation units (reporting-verbs.ts): each also acts on a plain object ("underlined the risk", "recalled cars").
  'affirm', 'reaffirm', 'reiterate', 'underline', 'underscore', 'highlight', 'caution', 'attest', 'testify', 'concede',
  'observe', 'recount', 'remark', 'recall', 'disclose', 'tweet', 'complain', 'boast',
  // FrameNet 1.7 Coming_to_believe: "found the wreck", "determined the route" act on a plain object.
  'find', 'conclude', 'determine', 'discover',
];

/**
 * Verbs of NEEDS_THAT that frame a following clause only with its "that": without it their object is a thing found
 * with its state ("found a woman trapped under the rubble", "found the boy alive"), a small clause, not a content
 * clause (Quirk et al. 1985 § 16.43). After the clause they still frame it ("The vaccine, the study found, worked").
 */
export const NEEDS_EXPLICIT_THAT: readonly string[] = ['find', 'conclude', 'determine', 'discover'];

/**
 * Adjective-forming suffixes (Quirk et al. 1985, App. I.35–42: -al, -ent/-ant, -ic, -ive, -ous, -ful, -able/-ible,
 * -ary, -ial) and the premodifiers that place a report in a sequence (§ 17.104): a word of this shape between a
 * determiner and a reporting word's base form makes that base form a noun ("a recent report", "the initial claim").
 */
export const ADJECTIVE_SUFFIXES: readonly string[] = ['al', 'ent', 'ant', 'ic', 'ive', 'ous', 'ful', 'able', 'ible', 'ary', 'ial'];
export const SEQUENCE_PREMODIFIERS: readonly string[] = ['new', 'latest', 'first', 'last', 'earlier', 'later', 'separate', 'same', 'further'];

/** Reporting verbs whose first object is the addressee, not what is said (Quirk et al. 1985 § 16.64: "told his staff"). */
export const ADDRESSEE_VERBS: readonly string[] = ['tell', 'inform', 'notify', 'assure', 'brief'];

/**
 * Verbs that take a person and then a that-clause (Quirk et al. 1985 § 16.64, ditransitive complementation: "warned the
 * staff that cuts would follow", "reminded the board that …"): a noun phrase before their "that" is the addressee.
 */
export const THAT_ADDRESSEE_VERBS: readonly string[] = [...ADDRESSEE_VERBS, 'warn', 'remind', 'advise', 'promise', 'persuade', 'convince', 'show', 'teach', 'write', 'signal'];

/** After a sentence-final "said", these start a complement, not the holder ("said of the paper", "said on Monday"). */
export const AFTER_VERB_NOT_HOLDER: readonly string[] = [
  'of', 'about', 'on', 'in', 'at', 'after', 'before', 'during', 'to', 'with', 'that', 'from', 'late', 'early',
  'yesterday', 'today', 'earlier', 'later', 'last', 'this',
];

/** Words that open a relative clause or a noun phrase after a comma (", who led the study,"). */
export const RELATIVE_OPENERS: readonly string[] = ['who', 'which', 'whose', 'whom', 'where', 'a', 'an', 'the'];

/** Who is told: "told reporters", "told the BBC" (Quirk et al. 1985: ditransitive reporting verbs). */
export const ADDRESSEES: readonly string[] = [
  'reporters', 'journalists', 'him', 'her', 'them', 'us', 'me', 'police', 'investigators', 'lawmakers', 'parliament',
  'councillors', 'councilors', 'supporters', 'staff', 'employees', 'shareholders', 'investors', 'viewers',
  'listeners', 'residents', 'delegates', 'colleagues', 'officials', 'broadcaster', 'newspaper', 'agency', 'court',
  'jury', 'judge', 'committee', 'senators', 'members',
  // The hearings and gatherings a witness or official addresses ("told the inquest", "told a news conference").
  'inquest', 'hearing', 'tribunal', 'inquiry', 'conference', 'briefing', 'meeting', 'audience', 'crowd', 'magistrates', 'mps',
];

/** Parenthetical adverbs set off by commas ("X, however, said"). */
export const PARENTHETICALS: readonly string[] = [
  'however', 'though', 'meanwhile', 'moreover', 'also', 'too', 'instead', 'separately', 'nonetheless', 'nevertheless',
];

/** Finite auxiliaries: a word group holding one is a clause, not a holder's name. */
export const CLAUSE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must',
];

/** Auxiliaries and adverbs between a holder and its reporting verb ("Police have confirmed", "officials had said"). */
export const HOLDER_AUXILIARIES: readonly string[] = [
  'have', 'has', 'had', 'will', 'would', 'also', 'later', 'previously', 'earlier', 'did', 'does', 'do',
  // "Police can confirm …", "We must report …": the modals before a reporting verb (Quirk et al. 1985 § 3.21).
  'can', 'could', 'may', 'might', 'must', 'shall', 'should',
];

/**
 * Adjectives of emotion and ability that take a to-infinitive about their subject (Quirk et al. 1985 § 16.75, "glad",
 * "pleased", "sorry", "proud", "able"): "We are delighted to announce that …" is the subject's report, as "We announce"
 * is. With "would like to", "wish to" and "want to" (the volitional frames of § 16.40), the same.
 */
export const REPORT_ADJECTIVES: readonly string[] = [
  'glad', 'happy', 'pleased', 'delighted', 'thrilled', 'proud', 'honoured', 'honored', 'excited', 'sorry', 'sad',
  'saddened', 'relieved', 'disappointed', 'able', 'unable',
];
export const REPORT_VOLITION_VERBS: readonly string[] = ['like', 'wish', 'wishes', 'wished', 'want', 'wants', 'wanted'];

/**
 * Adverbs among those openers that stand alone before the holder without a comma ("Later the mayor said", "Afterwards
 * Nora Quill told …"): time-relationship and linking adverbs (Quirk et al. 1985, §§ 8.71, 8.137), no word of the holder.
 */
export const LONE_ADVERB_OPENERS: readonly string[] = [
  'earlier', 'later', 'meanwhile', 'separately', 'also', 'then', 'now', 'still', 'instead', 'elsewhere', 'afterwards',
  'afterward', 'subsequently', 'previously', 'eventually', 'finally',
];

/** Words that open an adverbial phrase before a leading attribution ("In a statement, the ministry said …"). */
export const ADVERBIAL_OPENERS: readonly string[] = [
  'in', 'on', 'at', 'after', 'before', 'during', 'asked', 'writing', 'earlier', 'later', 'meanwhile', 'separately',
  'however', 'but', 'and', 'also', 'then', 'today', 'yesterday', 'last', 'late', 'by', 'with', 'from', 'for', 'since',
  'while', 'as', 'when', 'if', 'under', 'following', 'despite', 'amid', 'addressing', 'via', 'elsewhere', 'instead',
  'still', 'now', 'once', 'afterwards', 'afterward', 'subsequently', 'previously', 'eventually', 'finally',
];

/** Prepositions of affiliation after a person's name (Quirk et al. 1985, § 17.72: "Ilse Brandt of Harlow Rangers", "Sian from Lamplighters"). */
export const AFFILIATION_PREPOSITIONS: readonly string[] = ['of', 'from', 'at'];

/**
 * Comment clauses of saying (Quirk et al. 1985 §§ 15.53–15.56: "as I said", "as the mayor put it", "as first reported
 * by the Gazette"): the idiom of saying that stands for a reporting verb in them ("put it"), and the adverbs that may
 * stand in such a clause besides its time phrase ("as she put it best", "as first reported by", "as he said earlier"). The
 * subjectless comment clauses that assert nothing ("as first reported") have their own list, clause-cues.ts
 * COMMENT_CLAUSE_ADVERBS, read by the clause split.
 */
export const COMMENT_SAYING_IDIOMS: readonly string[] = ['put it', 'puts it'];
export const COMMENT_FRAME_ADVERBS: readonly string[] = [
  'first', 'best', 'earlier', 'later', 'previously', 'originally', 'initially', 'once', 'then', 'recently', 'again', 'so',
  'also', 'yesterday', 'today', 'well',
];
