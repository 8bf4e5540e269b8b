/**
 * Support (light) verbs that carry an event noun as their object and add little of their own: "carried out an
 * inspection" is "inspected", "made a decision" is "decided", "gave testimony" is "testified".
 *
 * Sources: Jespersen, A Modern English Grammar on Historical Principles, vol. VI (1942), ch. 6 ("have a look",
 * "take a walk", "give a push"); Grimshaw & Mester, "Light verbs and θ-marking", Linguistic Inquiry 19 (1988);
 * Kearns, "Light verbs in English" (2002); the support verbs of NomBank (Meyers et al. 2004: "conduct", "carry out",
 * "hold", "launch", "stage", "undertake", "perform", "issue", "reach": "reached an agreement" is "agreed"; and, for
 * nouns of what befalls the subject, "suffer" and "sustain": "suffered an injury" is "was injured").
 * "impose" is the support verb of nouns of regulation ("imposed a ban" is "banned", "imposed a fine" is "fined"): Mel'čuk's
 * lexical function Oper1 of those nouns (Mel'čuk, "Lexical functions", in Wanner (ed.) 1996). "cause" and "inflict" are
 * the causative support verbs of nouns of harm (Mel'čuk's Caus and CausFunc0: "caused damage to the bridge" is
 * "damaged the bridge", "inflicted injuries" is "injured"), whose subject is the doer of the noun's verb.
 * Keys are verb lemmas; multi-word support verbs are joined with a space. gainsay's phrasal-verb table already
 * maps "carry out" to "perform", so both spellings are listed.
 */
export const SUPPORT_VERBS: readonly string[] = [
  'make', 'take', 'give', 'have', 'do', 'get', 'pay', 'carry out', 'carry', 'conduct', 'hold', 'perform',
  'undertake', 'stage', 'launch', 'issue', 'mount', 'put up', 'offer', 'deliver', 'lodge', 'file', 'reach', 'suffer', 'sustain', 'impose',
  'cause', 'inflict',
];
