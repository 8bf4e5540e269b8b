import { nullPrototype } from '../model/records.js';
import type { ReportingStance } from '../model/claim.js';

/**
 * Reporting verbs by lemma, with the stance each conveys toward the reported proposition.
 * Sources: the reporting-verb classes of Quirk et al., "A Comprehensive Grammar of the English Language"
 * (1985), the AP Stylebook's guidance on "said" versus loaded attribution verbs, and Bergler's work on
 * reported speech in news (Bergler 1992; Bergler, Doandes, Knight & Witte 2004). Verbs that report only with a
 * clause (listed in attribution-cues.ts NEEDS_THAT as well) from FrameNet 1.7's lexical units: Statement (affirm,
 * reaffirm, reiterate, concede, observe, recount, remark, attest, caution), Convey_importance (underline, underscore,
 * highlight), Complaining (complain), Bragging (boast), Reveal_secret (disclose), Testimony (testify), Remembering
 * (recall) and Text_creation (tweet); Coming_to_believe (find, conclude, determine, discover: "the inquiry found that …").
 */
export const REPORTING_VERBS: Readonly<Record<string, ReportingStance>> = nullPrototype({
  say: 'reported',
  tell: 'reported',
  inform: 'reported',
  comment: 'reported',
  notify: 'reported',
  report: 'reported',
  state: 'reported',
  announce: 'asserted',
  add: 'reported',
  note: 'reported',
  explain: 'reported',
  write: 'reported',
  indicate: 'reported',
  show: 'reported',
  reveal: 'reported',
  describe: 'reported',
  call: 'reported',
  quote: 'reported',
  cite: 'reported',
  insist: 'asserted',
  assert: 'asserted',
  declare: 'asserted',
  maintain: 'asserted',
  stress: 'asserted',
  emphasize: 'asserted',
  emphasise: 'asserted',
  warn: 'asserted',
  acknowledge: 'confirmed',
  admit: 'confirmed',
  confirm: 'confirmed',
  verify: 'confirmed',
  claim: 'claimed',
  contend: 'claimed',
  argue: 'claimed',
  allege: 'alleged',
  accuse: 'alleged',
  deny: 'denied',
  dispute: 'denied',
  reject: 'denied',
  refute: 'denied',
  suggest: 'speculated',
  speculate: 'speculated',
  believe: 'speculated',
  think: 'speculated',
  suspect: 'speculated',
  estimate: 'speculated',
  predict: 'speculated',
  hint: 'speculated',
  rumor: 'speculated',
  rumour: 'speculated',
  affirm: 'asserted',
  reaffirm: 'asserted',
  reiterate: 'asserted',
  underline: 'asserted',
  underscore: 'asserted',
  highlight: 'asserted',
  caution: 'asserted',
  attest: 'asserted',
  testify: 'asserted',
  concede: 'confirmed',
  observe: 'reported',
  recount: 'reported',
  remark: 'reported',
  recall: 'reported',
  disclose: 'reported',
  tweet: 'reported',
  complain: 'claimed',
  boast: 'claimed',
  find: 'reported',
  conclude: 'reported',
  determine: 'reported',
  discover: 'reported',
});

/** Irregular inflected forms of the verbs above (the rest are regular and spelled out by `reportingForms`). */
export const REPORTING_IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = nullPrototype({
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  show: ['shows', 'showed', 'shown', 'showing'],
  find: ['finds', 'found', 'finding'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  // A stressed final consonant doubles before -ed and -ing (Merriam-Webster: admitted, admitting).
  admit: ['admits', 'admitted', 'admitting'],
  quip: ['quips', 'quipped', 'quipping'],
  shrug: ['shrugs', 'shrugged', 'shrugging'],
  grin: ['grins', 'grinned', 'grinning'],
  snap: ['snaps', 'snapped', 'snapping'],
});

/**
 * Verbs that tag direct speech without being reporting verbs elsewhere ('"We will be back," she joked'): verbs of manner
 * of speaking (Levin 1993, § 37.3: shout, whisper, mutter …), of answering (reply, respond, retort), "joke" (§ 37.6)
 * and verbs of nonverbal expression that news copy uses as speech tags (§ 40.2: laugh, sigh, smile, shrug). Quirk et
 * al. (1985, § 14.29) note that the verb of a reporting clause for direct speech may tell the manner of speaking. They
 * frame only a quotation next to them: "the crowd laughed" after a plain clause reports nothing.
 */
export const SPEECH_TAG_VERBS: readonly string[] = [
  'joke', 'quip', 'laugh', 'chuckle', 'sigh', 'smile', 'grin', 'shrug', 'beam', 'enthuse', 'gush', 'exclaim',
  'reply', 'respond', 'answer', 'retort', 'shout', 'yell', 'scream', 'cry', 'whisper', 'murmur', 'mutter', 'mumble',
  'groan', 'grumble', 'moan', 'snap', 'ask', 'wonder', 'muse', 'continue',
];

/** Inflected forms → lemma for the given reporting verbs (irregular forms above, regular ones spelled out). */
export function reportingForms(lemmas: readonly string[]): Record<string, string> {
  const forms: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const lemma of lemmas) {
    const list = REPORTING_IRREGULAR_FORMS[lemma] ?? regularForms(lemma);
    forms[lemma] = lemma;
    for (const f of list) forms[f] = lemma;
  }
  return forms;
}

function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** Source nouns that head an attribution: "according to officials", "some reports indicated". */
export const SOURCE_NOUNS: readonly string[] = [
  'report', 'reports', 'account', 'accounts', 'official', 'officials', 'source', 'sources', 'witness', 'witnesses',
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'analysts', 'observer', 'observers', 'media', 'outlet',
  'outlets', 'diplomat', 'diplomats', 'police', 'authorities', 'ministry', 'government', 'statement', 'aide',
  'aides', 'insider', 'insiders', 'experts', 'expert', 'residents', 'investigators', 'prosecutors', 'critics',
  'people', 'person', 'newspaper', 'agency', 'paper', 'others', 'some',
];

/** Determiners that make a source anonymous ("some reports", "other accounts", "two officials"). */
export const ANONYMOUS_DETERMINERS: readonly string[] = [
  'some', 'other', 'several', 'many', 'few', 'certain', 'two', 'three', 'four', 'unnamed', 'anonymous', 'local',
  'senior', 'western', 'various', 'multiple', 'most', 'earlier', 'later', 'initial', 'conflicting', 'unconfirmed',
];
