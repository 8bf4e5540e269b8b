import type { Claim } from '../model/claim.js';
import { verbLemma } from '../relate/lemma.js';

/**
 * The agent of a passive or a reduced relative, after "by" (Quirk et al. 1985, § 3.76 "agentive by-phrase"), with the
 * participle before it and an optional adverb particle ("brought in by", Quirk et al. § 16.3): "a stray brought in by
 * the neighbour's son" names the neighbour's son as the one who brought it.
 */
const BY_AGENT = /(?<![\p{L}-])([\p{L}-]+)(?:\s+(?:in|out|up|off|down|away|back|over|on))?\s+by\s+([^,;:.()"“”]+)/giu;
/** Longest phrase read as the agent: a name or a short description, not the rest of the clause. */
const MAX_AGENT_WORDS = 5;

export interface PassiveAgent {
  /** The verb lemma of the participle: "bring". */
  verb: string;
  /** The agent's words: "the neighbour's son". */
  agent: string;
}

/** The agents a claim's proposition names after a participle and "by", cut at clause punctuation. */
export function passiveAgents(claim: Claim): PassiveAgent[] {
  const out: PassiveAgent[] = [];
  for (const m of claim.proposition.span.text.matchAll(BY_AGENT)) {
    const verb = verbLemma(m[1]!.toLowerCase());
    const words = m[2]!.trim().split(/\s+/).slice(0, MAX_AGENT_WORDS);
    if (verb !== undefined && words[0] !== '') out.push({ verb, agent: words.join(' ') });
  }
  return out;
}

/**
 * The subject of a passive with an agent ("Rehman was killed by the gang", "reports of Ada being held by rebels"): the
 * one the act was done to (Quirk et al. 1985, § 3.63), read as the word right before the auxiliaries.
 */
const PASSIVE_SUBJECT = /(?<![\p{L}-])([\p{L}-]+)\s+(?:(?:has|have|had|was|were|is|are|be|been|being)\s+){1,3}([\p{L}-]+)\s+by\s/giu;

export interface PassivePatient {
  /** The verb lemma of the participle: "kill". */
  verb: string;
  /** The word before the auxiliaries: "Rehman". */
  patient: string;
}

/** Who a claim's proposition says an act was done to, in a passive with a "by" agent. */
export function passivePatients(claim: Claim): PassivePatient[] {
  const out: PassivePatient[] = [];
  for (const m of claim.proposition.span.text.matchAll(PASSIVE_SUBJECT)) {
    const verb = verbLemma(m[2]!.toLowerCase());
    if (verb !== undefined) out.push({ verb, patient: m[1]! });
  }
  return out;
}
