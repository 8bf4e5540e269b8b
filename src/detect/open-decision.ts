import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { DECIDING_LIGHT_VERBS, DECISION_NOUNS, DECISIVE_VERBS, SUBJECT_MATTER_PREPOSITIONS } from '../lexicon/decider-words.js';
import type { Lexicon } from '../lexicon/index.js';
import { doneAct } from '../relate/pending-states.js';
import { claimWords } from '../relate/words.js';
import { actorsCompatible, stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';

/*
 * "No decision has been taken" / "the licence has been revoked": a decision said to be still open, on a matter it
 * does not name, against a decision on a request or standing matter reported as made in another report of the story.
 * The matter is the story's own (the caller pairs only reports of one story, match/undecided-pairs.ts); a decision
 * that names its matter ("on the lease", "whether to renew") is compared by that matter elsewhere (status.ts).
 */

const DECISIONS: ReadonlySet<string> = new Set(DECISION_NOUNS);
const DECIDING: ReadonlySet<string> = new Set(DECIDING_LIGHT_VERBS);
const DECISIVE: ReadonlySet<string> = new Set(DECISIVE_VERBS);
/** Words right after the decision that open its matter: "on the lease", "about the move", "whether to renew", "to close it". */
const MATTER: ReadonlySet<string> = new Set([...SUBJECT_MATTER_PREPOSITIONS, 'whether', 'if', 'to', 'how', 'when', 'what', 'who', 'which', 'where']);

/** The claim says a decision is still to be made and names no matter: the span that says so, else undefined. */
export function openDecision(c: Claim): Span | undefined {
  const p = c.proposition;
  if (p.state !== 'pending' || !p.predicate || p.inner) return undefined;
  const lemma = p.predicate.lemma.toLowerCase();
  const head = p.theme?.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  const decision = lemma === 'decide' ? p.theme === undefined : DECIDING.has(lemma) && head !== undefined && DECISIONS.has(head) && p.theme!.text.trim().split(/\s+/).length <= 2;
  if (!decision) return undefined;
  const end = Math.max(p.predicate.span.end, p.theme?.span.end ?? 0);
  const next = claimWords(c).tokens.find((t) => t.span.start >= end);
  if (next !== undefined && MATTER.has(next.lower)) return undefined;
  const cue = p.stateCue ?? stateSpan(c);
  const [start, stop] = [Math.min(cue.start, p.predicate.span.start), Math.max(cue.end, end)];
  return { start, end: stop, text: c.text.slice(start - c.span.start, stop - c.span.start) };
}

/** A decision on a request or standing matter reported as made ("revoked his licence", "turned down the bid"). */
export function decisiveAct(c: Claim): Span | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  return lemma !== undefined && DECISIVE.has(lemma) && doneAct(c) ? c.proposition.predicate!.span : undefined;
}

/** One claim leaves the story's decision open, the other reports one made, by a doer not known to differ. Evidence is [a, b]. */
export function openMatterDecided(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [open, made, flip] of [[a, b, false], [b, a, true]] as const) {
    const [said, done] = [openDecision(open), decisiveAct(made)];
    if (said === undefined || done === undefined || !actorsCompatible(open, made, lexicon.aliases)) continue;
    const evidence: [Span, Span] = flip ? [done, said] : [said, done];
    return { kind: 'status', strength: STATUS_DECIDED_STRENGTH, evidence, detail: 'decision open vs made' };
  }
  return null;
}
