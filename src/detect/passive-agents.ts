import type { Claim } from '../model/claim.js';
import { verbLemma } from '../relate/lemma.js';
import { perClaim } from '../relate/per-claim.js';

/**
 * The agent of a passive or a reduced relative, after "by" (Quirk et al. 1985, § 3.76 "agentive by-phrase"), with the
 * participle before it and an optional adverb particle ("brought in by", Quirk et al. § 16.3): "a stray brought in by
 * the neighbour's son" names the neighbour's son as the one who brought it. The participle is bounded (no word is
 * longer than 40 letters) so a long run of letters cannot make the match polynomial (regex-safety.test.ts).
 */
const BY_AGENT = /(?<![\p{L}-])([\p{L}-]{1,40})(?:\s+(?:in|out|up|off|down|away|back|over|on))?\s+by\s+([^,;:.()"“”]+)/giu;
/** Longest phrase read as the agent: a name or a short description, not the rest of the clause. */
const MAX_AGENT_WORDS = 5;

export interface PassiveAgent {
  /** The verb lemma of the participle: "bring". */
  verb: string;
  /** The agent's words: "the neighbour's son". */
  agent: string;
}

/** The agents a claim's proposition names after a participle and "by", cut at clause punctuation; read once per claim. */
export const passiveAgents: (claim: Claim) => readonly PassiveAgent[] = perClaim(findPassiveAgents);

function findPassiveAgents(claim: Claim): PassiveAgent[] {
  const out: PassiveAgent[] = [];
  for (const m of claim.proposition.span.text.matchAll(BY_AGENT)) {
    const verb = verbLemma(m[1]!.toLowerCase());
    const words = m[2]!.trim().split(/\s+/).slice(0, MAX_AGENT_WORDS);
    if (verb !== undefined && words[0] !== '') out.push({ verb, agent: words.join(' ') });
  }
  return out;
}

/** Auxiliaries of a passive verb group ("has been", "was being"), at most three before the participle. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being']);
const MAX_AUXILIARIES = 3;

export interface PassivePatient {
  /** The verb lemma of the participle: "kill". */
  verb: string;
  /** The word before the auxiliaries: "Rehman". */
  patient: string;
}

/**
 * Who a claim's proposition says an act was done to, in a passive with a "by" agent ("Rehman was killed by the gang",
 * "reports of Ada being held by rebels"): the word right before the auxiliaries (Quirk et al. 1985, § 3.63).
 */
export const passivePatients: (claim: Claim) => readonly PassivePatient[] = perClaim(findPassivePatients);

function findPassivePatients(claim: Claim): PassivePatient[] {
  const words = claim.proposition.span.text.split(/[^\p{L}-]+/u).filter((w) => w !== '');
  const out: PassivePatient[] = [];
  words.forEach((w, i) => {
    if (w.toLowerCase() !== 'by' || i < 3) return;
    let k = i - 2;
    while (k >= 0 && i - 1 - k <= MAX_AUXILIARIES && PASSIVE_AUXILIARIES.has(words[k]!.toLowerCase())) k--;
    const verb = verbLemma(words[i - 1]!.toLowerCase());
    if (k < i - 2 && k >= 0 && verb !== undefined && !PASSIVE_AUXILIARIES.has(words[k]!.toLowerCase())) out.push({ verb, patient: words[k]! });
  });
  return out;
}
