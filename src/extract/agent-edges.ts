import type { Range } from '../ingest/types.js';
import { hasTag, type Term } from './terms.js';
import { MAX_NAME_WORDS } from '../lexicon/grammar-words.js';

/** Words that open what an "-ing" participle acts on: "doing his rounds", "walking the dog". */
const isObjectOpener = (t: Term | undefined): boolean =>
  t !== undefined && (hasTag(t, 'Determiner') || hasTag(t, 'Possessive') || hasTag(t, 'Pronoun') || hasTag(t, 'Value'));

/**
 * The doer of a passive as its "by" phrase names it, trimmed at its edges:
 * - "found by a postman doing his rounds": an "-ing" participle with its own object after the head noun opens a
 *   reduced relative clause (Quirk et al. 1985 § 17.28), no part of the doer's name;
 * - "presented by the club's president, the potter Ruth Amble": a proper name in apposition after a comma names
 *   the doer (Quirk § 17.72), so the name stands for the description.
 */
export function agentEdges(terms: readonly Term[], agent: Range): Range {
  let last = terms.findIndex((t) => t.end === agent.end);
  if (last < 0) return agent;
  const first = terms.findIndex((t) => t.start === agent.start);
  if (last > first && /ing$/.test(terms[last]!.lower) && !terms[last]!.capitalized && isObjectOpener(terms[last + 1])) {
    last -= 1;
    agent = { start: agent.start, end: terms[last]!.end };
  }
  // "by the club president, Ruth Amble": the noun phrase may already run on through the name after its comma.
  const comma = terms.slice(first, last).findIndex((t) => t.commaAfter);
  const inside = comma >= 0 ? apposedName(terms.slice(0, last + 1), first + comma) : undefined;
  return inside ?? apposedName(terms, last) ?? agent;
}

/** "…, the potter Ruth Amble" or "…, Ruth Amble": the name after the comma that closes terms[last], if one ends the phrase. */
function apposedName(terms: readonly Term[], last: number): Range | undefined {
  if (!terms[last]?.commaAfter) return undefined;
  let i = last + 1;
  // A description before the name: a determiner and up to two lower-case words ("the potter").
  if (terms[i] && hasTag(terms[i]!, 'Determiner')) i++;
  for (let k = 0; k < 2 && terms[i] && !terms[i]!.capitalized && hasTag(terms[i]!, 'Noun'); k++) i++;
  const from = i;
  while (terms[i]?.capitalized && i - from < MAX_NAME_WORDS && (i === from || !terms[i - 1]!.commaAfter)) i++;
  const name = terms.slice(from, i);
  const closes = terms[i] === undefined || terms[i - 1]!.commaAfter;
  return name.length > 0 && closes && name.every((t) => hasTag(t, 'ProperNoun')) ? { start: name[0]!.start, end: name.at(-1)!.end } : undefined;
}
