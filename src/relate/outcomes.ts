import { buildLexicon, derived, type Lexicon } from '../lexicon/index.js';
import type { Claim, Quantity } from '../model/claim.js';
import { LIFE_ENDING_VERBS, LIFE_NOUNS } from '../lexicon/event-frames.js';
import { nounLemma } from './lemma.js';
import { claimWords, type Token } from './words.js';

type OutcomeFrames = Pick<Lexicon, 'outcomeFrames'>;
const framesOf = (lexicon: OutcomeFrames): ReadonlyMap<string, string> =>
  new Map(Object.entries(lexicon.outcomeFrames).flatMap(([frame, words]) => words.map((w) => [w, frame] as const)));

/** The outcome frame a word belongs to ("killed" → death), by its verb lemma, noun lemma or surface form. */
function frameOfWord(t: { lower: string; lemma: string; verb?: string }, lexicon: OutcomeFrames): string | undefined {
  const FRAME_OF = derived(lexicon, framesOf);
  return FRAME_OF.get(t.verb ?? '') ?? FRAME_OF.get(t.lemma) ?? FRAME_OF.get(t.lower) ?? FRAME_OF.get(nounLemma(t.lower));
}

const LIFE: ReadonlySet<string> = new Set(LIFE_NOUNS);
const ENDING_LIFE: ReadonlySet<string> = new Set(LIFE_ENDING_VERBS);
/** How many tokens before "lives" its verb may stand ("claimed the lives", "lost all their lives"). */
const LIFE_VERB_REACH = 4;

/** "lives" as the object of a verb of ending life ("lost their lives", "claimed 87 lives") names a death. */
function lifeEnded(tokens: readonly Token[], i: number): boolean {
  if (!LIFE.has(tokens[i]!.lower)) return false;
  return tokens.slice(Math.max(0, i - LIFE_VERB_REACH), i).some((t) => ENDING_LIFE.has(t.verb ?? ''));
}

/** The outcome frame of the token at i: its own word's, or death for "lives" ended by its verb. */
function frameAt(tokens: readonly Token[], i: number, lexicon: OutcomeFrames): string | undefined {
  return frameOfWord(tokens[i]!, lexicon) ?? (lifeEnded(tokens, i) ? 'death' : undefined);
}

/** Token distance from a token to a span: 0 inside it. */
export function distance(tokens: readonly Token[], i: number, q: Quantity): number {
  const first = tokens.findIndex((t) => t.span.end > q.span.start);
  const last = tokens.findLastIndex((t) => t.span.start < q.span.end);
  if (first < 0 || last < 0) return Number.POSITIVE_INFINITY;
  return i < first ? first - i : i > last ? i - last : 0;
}

/** How many tokens from a count its outcome word may stand ("four people were shot dead", "the death toll from the floods at 42"). */
const OUTCOME_REACH = 6;

/**
 * The outcome a count is a count of: the frame of the frame word nearest to it in its claim ("killed 5 and injured
 * 20": 5 dead, 20 injured), else of the claim's own verb; undefined when neither names an outcome. A frame word
 * further off belongs to other people ("judges for the tribunal that will try those accused of murders").
 */
export function outcomeOf(claim: Claim, q: Quantity, lexicon: OutcomeFrames = buildLexicon()): string | undefined {
  const tokens = claimWords(claim).tokens;
  let best: { frame: string; gap: number } | undefined;
  tokens.forEach((_, i) => {
    const frame = frameAt(tokens, i, lexicon);
    const gap = distance(tokens, i, q);
    // On a tie the word after the count wins: "25 dead and five wounded" counts five wounded.
    if (frame && gap <= OUTCOME_REACH && (!best || gap <= best.gap)) best = { frame, gap };
  });
  return best?.frame ?? subjectOutcome(claim, q, lexicon) ?? predicateOutcome(claim, lexicon);
}

/**
 * A bare figure ("stands at 12", "rose to 45") states the value of the claim's subject: "the death toll from the
 * fire … stands at 12" counts the dead, however far the subject's outcome word stands from the figure.
 */
function subjectOutcome(claim: Claim, q: Quantity, lexicon: OutcomeFrames): string | undefined {
  const actor = claim.proposition.actor?.span;
  if (q.noun !== undefined || q.dimension !== 'count' || !actor || actor.end > q.span.start) return undefined;
  const words = claimWords(claim).tokens.filter((t) => t.span.start >= actor.start && t.span.end <= actor.end);
  return words.map((t) => frameOfWord(t, lexicon)).find((f) => f !== undefined);
}

function predicateOutcome(claim: Claim, lexicon: OutcomeFrames): string | undefined {
  const p = claim.proposition.predicate;
  const lower = p?.lemma.toLowerCase();
  return lower === undefined ? undefined : frameOfWord({ lower, lemma: lower, verb: lower }, lexicon);
}

/**
 * A count whose noun is itself an outcome ("16 arrests", "42 deaths") counts the people of that outcome; so does a count
 * of lives its claim's verb ended ("claimed 87 lives").
 */
export function nounOutcome(q: Quantity, lexicon: OutcomeFrames = buildLexicon(), claim?: Claim): string | undefined {
  if (q.noun === undefined) return undefined;
  const lower = q.noun.toLowerCase().split(' ').pop()!;
  const own = frameOfWord({ lower, lemma: nounLemma(lower) }, lexicon);
  if (own !== undefined || claim === undefined || !LIFE.has(lower)) return own;
  const tokens = claimWords(claim).tokens;
  const i = tokens.findIndex((t) => t.span.start >= q.span.start && t.span.end <= q.span.end && t.lower === lower);
  return i >= 0 && lifeEnded(tokens, i) ? 'death' : undefined;
}
