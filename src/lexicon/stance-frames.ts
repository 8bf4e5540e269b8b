/**
 * Reporting frames that say where a headline or a one-line report stands on a claim, read by src/eval/stance-frames.ts.
 * Refutation words (hoax, fake, false, debunk …) and hedges (reportedly, allegedly …) are not repeated here: the
 * frame reader takes them from refutation-cues.ts and hedges.ts.
 *
 * Sources, per list:
 * - DENIAL_VERBS: WordNet 3.1 verb synsets {deny, contradict, negate}, {refute, rebut, controvert}, {disprove,
 *   confute}, {debunk, expose}, {dismiss, brush off}, {retract, take back, recant, disavow}, {dispel},
 *   {quash, squelch}; the negative reporting verbs of Quirk et al. (1985) and Bergler (1992).
 * - FALSITY_LABELS: the published rating scales of fact-checkers (Snopes: false, mostly false, miscaptioned,
 *   misattributed, scam, labeled satire; PolitiFact: false, mostly false, pants on fire) and WordNet
 *   {fabricated, made-up}.
 * - REBUTTAL_PHRASES: Merriam-Webster and Cambridge idioms used to contradict a statement ("not so fast",
 *   "think again", "far from it", "nothing of the sort", "no such thing", "not the case", "not true").
 * - ANSWER_NO: the answer-first headline of fact-check writing ("No, X did not …"; Poynter / IFCN guides on
 *   fact-check headlines): a text that opens with "no" then a comma, colon, dash or full stop.
 * - ATTRIBUTION_NOUNS and ATTRIBUTION_PHRASES: the AP Stylebook and the Reuters Handbook of Journalism on
 *   attribution ("according to", "reports say", "sources say", "it is claimed") and on rumour and speculation;
 *   WordNet's {report, news report, story, account} for "story" naming a report rather than an event.
 * - Question headlines read as observing: Betteridge's law of headlines (a headline that asks does not assert).
 * - CONFIRMATION_VERBS: WordNet {confirm, corroborate, substantiate, verify, validate, prove, affirm}: a frame that
 *   holds a claim firmly (the hard negative of a denial: "officials confirmed it").
 * - FACTIVE_VERBS: the factive reporting verbs of Thompson & Ye (1991, "Evaluation in the reporting verbs used in
 *   academic papers") and Hyland (2002, "Activity and evaluation: reporting practices in academic writing"), by which
 *   the writer takes the reported content as true (show, reveal, demonstrate, establish, find, acknowledge, admit,
 *   realise), with Kiparsky & Kiparsky's (1970) factives discover and learn: "video shows X" asserts X, where the
 *   non-factive "X claims Y" only reports it. Confirmation verbs are counted there, not here.
 * - INTERROGATIVE_OPENERS: the auxiliaries, modals and wh-words that open an English interrogative clause (Quirk et al.
 *   1985, sections 11.5-11.14): "Could X …?", "Did X …?" ask rather than state.
 */

/** Lemma → its inflected forms (the lemma itself included). */
function forms(lemma: string, extra: readonly string[]): readonly string[] {
  return [lemma, ...extra];
}

export const DENIAL_VERBS: readonly (readonly string[])[] = [
  forms('deny', ['denies', 'denied', 'denying', 'denial', 'denials']),
  forms('contradict', ['contradicts', 'contradicted', 'contradicting']),
  forms('refute', ['refutes', 'refuted', 'refuting']),
  forms('rebut', ['rebuts', 'rebutted', 'rebutting']),
  forms('disprove', ['disproves', 'disproved', 'disproven', 'disproving']),
  forms('debunk', ['debunks', 'debunked', 'debunking']),
  forms('dismiss', ['dismisses', 'dismissed', 'dismissing']),
  forms('retract', ['retracts', 'retracted', 'retracting', 'retraction']),
  forms('recant', ['recants', 'recanted', 'recanting']),
  forms('disavow', ['disavows', 'disavowed', 'disavowing']),
  forms('dispel', ['dispels', 'dispelled', 'dispelling']),
  forms('quash', ['quashes', 'quashed', 'quashing']),
  forms('squelch', ['squelches', 'squelched', 'squelching']),
];

/** Fact-check ratings and words that call a story made up (single words; phrases below). */
export const FALSITY_LABELS: readonly string[] = [
  'false', 'untrue', 'fake', 'hoax', 'scam', 'satire', 'satirical', 'miscaptioned', 'misattributed', 'fabricated',
  'made-up', 'debunked', 'baseless', 'unfounded', 'bogus', 'myth', 'prank', 'fiction',
];

/** Multi-word rebuttals, lower case, matched on word boundaries. */
export const REBUTTAL_PHRASES: readonly string[] = [
  'not so fast', 'think again', 'far from it', 'nothing of the sort', 'no such thing', 'not the case', 'not true',
  'pants on fire', 'mostly false', 'made up', 'no truth', 'no evidence',
];

/** Words that, opening a text and followed by a comma, colon, dash or full stop, answer it with a no. */
export const ANSWER_NO: readonly string[] = ['no', 'nope'];

/** Nouns that name a report rather than the reporter's own knowledge: "reports say", "rumours that …". */
export const ATTRIBUTION_NOUNS: readonly string[] = [
  'report', 'reports', 'reported', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured', 'speculation',
  'claim', 'claims', 'claimed', 'source', 'sources', 'story', 'stories', 'allegation', 'allegations', 'alleged', 'purported', 'unconfirmed',
];

/** Phrases of attribution, lower case. */
export const ATTRIBUTION_PHRASES: readonly string[] = ['according to', 'it is claimed', 'it is said', 'is said to', 'are said to', 'is believed to', 'are believed to'];

export const FACTIVE_VERBS: readonly (readonly string[])[] = [
  forms('show', ['shows', 'showed', 'shown', 'showing']),
  forms('reveal', ['reveals', 'revealed', 'revealing']),
  forms('demonstrate', ['demonstrates', 'demonstrated', 'demonstrating']),
  forms('establish', ['establishes', 'established', 'establishing']),
  forms('find', ['finds', 'found', 'finding']),
  forms('acknowledge', ['acknowledges', 'acknowledged', 'acknowledging']),
  forms('admit', ['admits', 'admitted', 'admitting']),
  forms('realise', ['realises', 'realised', 'realize', 'realizes', 'realized']),
  forms('discover', ['discovers', 'discovered', 'discovering']),
  forms('learn', ['learns', 'learned', 'learnt']),
];

/** Words that open an interrogative clause: auxiliaries and modals (inverted) and wh-words. */
export const INTERROGATIVE_OPENERS: readonly string[] = [
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'shall',
  'should', 'may', 'might', 'must', 'who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose',
];

export const CONFIRMATION_VERBS: readonly (readonly string[])[] = [
  forms('confirm', ['confirms', 'confirmed', 'confirming', 'confirmation']),
  forms('corroborate', ['corroborates', 'corroborated', 'corroborating']),
  forms('substantiate', ['substantiates', 'substantiated', 'substantiating']),
  forms('verify', ['verifies', 'verified', 'verifying']),
  forms('validate', ['validates', 'validated', 'validating']),
  forms('prove', ['proves', 'proved', 'proven', 'proving']),
  forms('affirm', ['affirms', 'affirmed', 'affirming']),
];
