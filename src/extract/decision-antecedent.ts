import { AWAITED_DECISION_NOUNS, SUBJECT_MATTER_PREPOSITIONS } from '../lexicon/decider-words.js';
import { underProcessNoun } from './under-process.js';
import type { Claim, Phrase } from '../model/claim.js';

const DECISION: ReadonlySet<string> = new Set(AWAITED_DECISION_NOUNS);
/** Words after a decision noun that introduce what it decides ("a decision on the licence", "no ruling about whether"). */
const MATTER_WORDS: ReadonlySet<string> = new Set([...SUBJECT_MATTER_PREPOSITIONS, 'whether']);

/** A decision noun followed, later in the clause, by what it decides: its own matter. */
function ownMatter(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const at = words.findIndex((w) => DECISION.has(w) || DECISION.has(w.replace(/s$/, '')));
  return at >= 0 && words.slice(at + 1).some((w) => MATTER_WORDS.has(w));
}

/** The matter a pending claim leaves open: the subject put under a process ("is under review"), or what a pending process acts on. */
function openMatter(c: Claim): Phrase | undefined {
  const p = c.proposition;
  if (p.state !== 'pending' || p.negated) return undefined;
  return underProcessNoun(c) !== undefined ? p.actor : p.theme;
}

/** A pending claim about a decision noun that names nothing it decides: "no decision had been taken". */
function bareDecision(c: Claim): boolean {
  const head = c.proposition.theme?.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  return c.proposition.state === 'pending' && head !== undefined && DECISION.has(head) && !ownMatter(c.proposition.span.text);
}

/**
 * "The licence for the harbour ferry is under review. … No decision has been taken": a decision noun that names nothing
 * it decides refers back to the matter the sentence before left open (Halliday & Hasan 1976, Cohesion in English, on
 * reference to the preceding text). The matter's key joins the decision claim's keys, as a pronoun actor's antecedent's
 * does (extract/claim-parts.ts), so a decision made on that matter in another report reads as that decision.
 */
export function decisionAntecedent(built: readonly Claim[], previous: readonly Claim[] | undefined): void {
  const matter = previous?.map(openMatter).find((m) => m !== undefined);
  if (!matter) return;
  for (const c of built) if (bareDecision(c) && !c.keys.includes(matter.key)) c.keys.push(matter.key);
}
