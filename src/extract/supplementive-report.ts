import type { Range } from '../ingest/types.js';
import { FINITE_OPERATORS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Token } from '../segment/tokens.js';
import type { FoundAttribution } from './attribution.js';
import { kindOf } from './holder-kind.js';
import { zeroThatClause } from './zero-that.js';

/**
 * "The club signed two players on Monday, saying it would sell its ground": a reporting verb's "-ing" form after a
 * comma, closing a clause in the writer's voice, opens a supplementive clause whose implied subject is the main
 * clause's (Quirk et al. 1985 § 15.60 and § 14.14): what follows it, a "that" clause or a clause without "that", is a
 * report held by that subject. The main clause ends at the comma.
 */
export interface SupplementiveReport {
  /** Where the main clause ends (the comma before the participle). */
  mainEnd: number;
  verb: Range;
  lemma: string;
  content: Range;
}

const PRONOUN: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);
/** Words that open a clause's verb group right after a pronoun subject ("saying it would …", "adding they have …"). */
const FINITE_AFTER_PRONOUN: ReadonlySet<string> = new Set([...FINITE_OPERATORS, 'have', 'do']);
/** Words of a main clause before the participle: at least a subject and a verb. */
const MIN_MAIN_WORDS = 3;

export function supplementiveReport(tokens: readonly Token[], clause: Range, lexicon: Pick<Lexicon, 'reportingForms'>): SupplementiveReport | undefined {
  for (let k = MIN_MAIN_WORDS + 1; k < tokens.length - 2; k++) {
    const [t, comma] = [tokens[k]!, tokens[k - 1]!];
    const lemma = lexicon.reportingForms[t.lower];
    if (comma.lower !== ',' || !t.lower.endsWith('ing') || lemma === undefined) continue;
    const from = tokens[k + 1]!.lower === 'that' ? k + 2 : k + 1;
    const first = tokens[from];
    if (first === undefined || first.kind !== 'word') continue;
    const clauseFollows = from === k + 2 || zeroThatClause(tokens, from) || (PRONOUN.has(first.lower) && FINITE_AFTER_PRONOUN.has(tokens[from + 1]?.lower ?? ''));
    if (!clauseFollows) continue;
    return { mainEnd: comma.start, verb: { start: t.start, end: t.end }, lemma, content: { start: first.start, end: clause.end } };
  }
  return undefined;
}

/** The report's frame, held by the main clause's subject (`holder`, the main claim's actor). */
export function supplementFrame(report: SupplementiveReport, holder: Range, tokens: readonly Token[], lexicon: Pick<Lexicon, 'sourceNouns' | 'reportingVerbs'>): FoundAttribution {
  const holderTokens = tokens.filter((t) => t.start >= holder.start && t.end <= holder.end);
  return {
    holder,
    holderKind: kindOf(holderTokens, lexicon),
    verb: report.verb,
    verbLemma: report.lemma,
    stance: lexicon.reportingVerbs[report.lemma] ?? 'reported',
    proposition: report.content,
    pronoun: holderTokens.length === 1 && PRONOUN.has(holderTokens[0]!.lower),
  };
}
