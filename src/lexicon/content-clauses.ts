import { nullPrototype } from '../model/records.js';
/**
 * Content clauses under a noun ("rumours that the port has closed", "the claim that …", "no evidence that …") and how
 * the frame around them holds what they say. Sources:
 * - Nouns that take an appositive content clause: Quirk et al. (1985) §§ 17.26–17.27 (fact, idea, belief, news,
 *   rumour, report, claim, suggestion, possibility, hope, fear …), grouped by the lexical units of FrameNet 1.7's
 *   Statement frame (allegation, announcement, assertion, claim, comment, declaration, remark, report, statement,
 *   suggestion), Reporting and Gossip (rumour), Evidence (evidence, proof, sign, indication) and Awareness / Opinion
 *   (belief, idea, notion, suspicion, theory, view) frames.
 * - Verbs that deny or confirm what such a noun says: FrameNet 1.7's Affirm_or_deny frame (affirm, confirm, contradict,
 *   deny, dispute, gainsay, verify), with WordNet 3.1's synsets {refute, rebut, controvert}, {debunk, expose},
 *   {dismiss, discount, disregard, brush off}, {reject, spurn}, {quash, squelch}, {dispel}, {disprove, confute} and
 *   {corroborate, substantiate, support}.
 * - Words that call it untrue: WordNet 3.1's adjective synsets {false, untrue}, {bogus, fake, phony}, {baseless,
 *   groundless, unfounded}, {incorrect, wrong}, {inaccurate}, and nouns {hoax, fraud, put-on}, {fabrication, fiction},
 *   {lie, prevarication}, {myth}, {nonsense, rubbish} (the same words as refutation-cues.ts's WordNet groups).
 */

/** How a content noun holds its clause when nothing around it says otherwise. */
export type ContentNounClass = 'reported' | 'evidence' | 'claimed' | 'alleged' | 'speculated' | 'fact' | 'disputed';

/** Singular nouns that take a content clause ("the rumour that …"), by how they hold it. */
export const CONTENT_NOUNS: Readonly<Record<string, ContentNounClass>> = nullPrototype({
  // Statement / Reporting: someone has said it.
  report: 'reported', news: 'reported', statement: 'reported', announcement: 'reported',
  account: 'reported',
  // Evidence: held by whoever finds or presents it ("investigators found evidence that …").
  evidence: 'evidence', proof: 'evidence', indication: 'evidence', sign: 'evidence',
  // Statement: said by someone with a stake in it.
  claim: 'claimed', assertion: 'claimed', suggestion: 'speculated',
  allegation: 'alleged', accusation: 'alleged', charge: 'alleged',
  // Gossip, Opinion, Awareness: held without a source or a proof.
  rumour: 'speculated', rumor: 'speculated', speculation: 'speculated', belief: 'speculated', idea: 'speculated',
  notion: 'speculated', suspicion: 'speculated', theory: 'speculated', fear: 'speculated', concern: 'speculated',
  possibility: 'speculated', hope: 'speculated', impression: 'speculated', assumption: 'speculated',
  // Quirk § 17.26: a factive noun presents its clause as given.
  fact: 'fact', realisation: 'fact', realization: 'fact',
  // A hoax or a myth that something happened says it did not.
  hoax: 'disputed', myth: 'disputed', lie: 'disputed', fabrication: 'disputed',
});

/** Verbs whose object the subject denies: "dismissed speculation that …" (Affirm_or_deny, WordNet). */
export const DENYING_VERBS: readonly string[] = [
  'deny', 'dispute', 'contradict', 'gainsay', 'refute', 'rebut', 'controvert', 'debunk', 'dismiss', 'discount',
  'reject', 'quash', 'dispel', 'disprove', 'confute',
];

/** Verbs whose object the subject confirms: "verified claims that …" (Affirm_or_deny, WordNet). */
export const CONFIRMING_VERBS: readonly string[] = ['confirm', 'verify', 'affirm', 'corroborate', 'substantiate'];

/** Complements that call the noun's content untrue: "reports that … were false" (WordNet). */
export const DISPUTING_WORDS: readonly string[] = [
  'false', 'untrue', 'bogus', 'fake', 'phony', 'phoney', 'baseless', 'groundless', 'unfounded', 'incorrect', 'wrong',
  'inaccurate', 'hoax', 'fraud', 'fabrication', 'fabricated', 'fiction', 'lie', 'lies', 'myth', 'nonsense', 'rubbish',
];

/** Determiners that deny the noun exists: "no evidence that …", "nor any sign" (Quirk § 10.55, negative determiners). */
export const NEGATIVE_DETERMINERS: readonly string[] = ['no', 'little', 'scant'];

/** Verbs of appearing or spreading after which a subject's content clause is extraposed: "rumours swirled that …" (Quirk § 18.33). */
export const EXTRAPOSING_VERBS: readonly string[] = [
  'emerge', 'surface', 'circulate', 'swirl', 'spread', 'grow', 'mount', 'persist', 'abound', 'arise', 'appear',
];
