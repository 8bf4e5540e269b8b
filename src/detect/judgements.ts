import type { Claim } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { REGARDING_VERBS } from '../lexicon/clause-cues.js';

const REGARDING: ReadonlySet<string> = new Set(REGARDING_VERBS);
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);
/** Words that open a passive's agent, which says who judges, not what the judgement is ("by army rules"). */
const AGENT_WORDS = /^by\s+(?:\S+\s+){0,3}?(?=as\b|to\b|a\b|an\b)/i;

/** The content stems of what a verb of regarding says its object is: the words after the verb, without the agent. */
function judgement(c: Claim): Set<string> {
  const p = c.proposition;
  const after = c.text.slice(Math.max(0, p.predicate!.span.end - c.span.start)).trim().replace(AGENT_WORDS, '');
  const theme = p.theme?.text.toLowerCase() ?? '';
  return new Set(
    after
      .toLowerCase()
      .split(/[^\p{L}\p{N}'-]+/u)
      .filter((w) => w.length > 0 && !FUNCTION.has(w) && !theme.split(/\s+/).includes(w))
      .map(stem),
  );
}

/**
 * "are considered … as absent from duty" / "are not considered a threat": a verb of regarding (Quirk et al. 1985, §
 * 16.46) affirmed and negated of one thing with two different complements makes two judgements, not one denied: the
 * complements share no content word.
 */
export function judgedApart(a: Claim, b: Claim): boolean {
  const [pa, pb] = [a.proposition.predicate, b.proposition.predicate];
  if (!pa || !pb || !REGARDING.has(pa.lemma.toLowerCase()) || !REGARDING.has(pb.lemma.toLowerCase())) return false;
  const [ja, jb] = [judgement(a), judgement(b)];
  return ja.size > 0 && jb.size > 0 && ![...ja].some((w) => jb.has(w));
}
