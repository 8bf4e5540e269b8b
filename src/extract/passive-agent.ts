import type { Range } from '../ingest/types.js';
import { agentEdges } from './agent-edges.js';
import { nounPhraseAfter } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';

/** "by June", "by the end of March": "by" before a date names a deadline (Quirk § 9.44), not a doer. */
function deadline(terms: readonly Term[], phrase: Range): boolean {
  const last = terms.findIndex((t) => t.end === phrase.end);
  const ofDate = terms[last + 1]?.lower === 'of' && hasTag(terms[last + 2], 'Date');
  return ofDate || terms.some((t) => t.start >= phrase.start && t.end <= phrase.end && hasTag(t, 'Date'));
}

/** "cut by 40 million", "raised by 5%": "by" before a bare figure gives the size of a change (Quirk § 9.57), not a doer. */
function onlyFigure(terms: readonly Term[], phrase: Range): boolean {
  const inside = terms.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
  return inside.length > 0 && inside.every((t) => hasTag(t, 'Value'));
}

/**
 * The noun phrase after a passive's "by" (Quirk § 3.63). A base form straight after its first words is a noun the
 * tagger read as a verb ("by French police"): no finite verb follows "by" and a noun phrase.
 */
export function agentPhrase(terms: readonly Term[], by: number): Range | undefined {
  const agent = nounPhraseAfter(terms, by + 1);
  if (!agent || deadline(terms, agent) || onlyFigure(terms, agent)) return undefined;
  const last = terms.findIndex((t) => t.end === agent.end);
  const next = terms[last + 1];
  const misread = next !== undefined && !terms[last]!.commaAfter && hasTag(next, 'PresentTense') && !next.lower.endsWith('s') && !hasTag(next, 'Copula') && !hasTag(next, 'Modal') && !hasTag(next, 'Gerund');
  return misread ? { start: agent.start, end: next.end } : agentEdges(terms, agent);
}
