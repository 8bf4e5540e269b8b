import { CONFERRING_VERBS, PRIZE_NOUNS, WINNING_VERBS } from '../lexicon/prize-words.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import type { Detector } from './types.js';
import { sameName } from './actor.js';
import { perClaim } from '../relate/per-claim.js';

const PRIZES: ReadonlySet<string> = new Set(PRIZE_NOUNS);
const WINNING: ReadonlySet<string> = new Set(WINNING_VERBS);
const CONFERRING: ReadonlySet<string> = new Set(CONFERRING_VERBS);
/** "to Tom Wexley", "to the Ostby Chamber Singers": a capitalised name after "to", right after the verb or its adverbs. */
const TO_NAME = /^(?:\s+[a-z]+ly)?\s+to\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’.-]*)*)/u;
const NAME = /^(?:the\s+)?\p{Lu}/u;
/** Words of a prize phrase at most ("the best new close-up magic prize"). */
const PHRASE_WORDS = 6;
const DETERMINER = /^(?:the|a|an|this|its|their|his|her)$/;

interface Award {
  /** The prize phrase's words, lower case; its head is the last. */
  prize: string[];
  winner: string;
  span: Span;
}

/**
 * Who won which prize, told as the winner's act ("Priya Solanki won the top prize", "was won by") or as the prize's
 * passing to someone ("The top prize went to Tom Wexley", "was awarded to"): affirmed, named winners only.
 */
const awardOf = perClaim(findAward);

function findAward(c: Claim): Award | undefined {
  const p = c.proposition;
  if (!p.predicate || p.negated || p.state !== 'affirmed') return undefined;
  const lemma = p.predicate.lemma.toLowerCase();
  // The object read from the text on: the tagger may cut "the top prize at the convention" at a noun it read as a verb.
  if (WINNING.has(lemma) && p.actor && p.theme && NAME.test(p.actor.text)) return prizeOf(c.text.slice(p.theme.span.start - c.span.start), p.actor.text, p.actor.span);
  if (!CONFERRING.has(lemma)) return undefined;
  const thing = lemma === 'go' ? p.actor : (p.theme ?? p.actor);
  const after = c.text.slice(p.predicate.span.end - c.span.start);
  const to = TO_NAME.exec(after);
  if (!thing || !to) return undefined;
  const at = p.predicate.span.end - c.span.start + to.index + to[0].length - to[1]!.length;
  const span = { start: c.span.start + at, end: c.span.start + at + to[1]!.length, text: c.text.slice(at, at + to[1]!.length) };
  return prizeOf(thing.text, to[1]!, span);
}

function prizeOf(thing: string, winner: string, span: Span): Award | undefined {
  // The phrase up to its head, the first prize noun: "the top prize at the convention" is the top prize.
  const words = thing.toLowerCase().split(/[\s,;.]+/).slice(0, PHRASE_WORDS);
  const head = words.findIndex((w) => PRIZES.has(w));
  if (head < 0) return undefined;
  return { prize: words.slice(0, head + 1).filter((w) => !DETERMINER.test(w)), winner, span };
}

/** One prize: the same head, and the modifiers of one among the other's ("top prize" / "top close-up prize"). */
function onePrize(x: string[], y: string[]): boolean {
  if (x.at(-1) !== y.at(-1)) return false;
  const [mx, my] = [x.slice(0, -1), y.slice(0, -1)];
  return mx.every((w) => my.includes(w)) || my.every((w) => mx.includes(w));
}

/** Both claims tell who won one prize (the same or another winner): one event, whatever their verbs. */
export function winnersOfOnePrize(a: Claim, b: Claim): boolean {
  const [x, y] = [awardOf(a), awardOf(b)];
  return x !== undefined && y !== undefined && onePrize(x.prize, y.prize);
}

/** One prize won by two different named winners: an actor conflict. */
// Two names of one winner are judged as two names of one doer are (actor.ts: aliases, courtesy titles, a name's words).
export const detectPrizeWinner: Detector = (a, b, context) => {
  const [x, y] = [awardOf(a), awardOf(b)];
  if (!x || !y || !onePrize(x.prize, y.prize) || sameName(x.winner, y.winner, context.lexicon.aliases)) return null;
  return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [x.span, y.span], detail: `${x.winner} vs ${y.winner} as the winner of the ${x.prize.join(' ')}` };
};
