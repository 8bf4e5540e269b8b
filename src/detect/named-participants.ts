import type { Claim, Phrase } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { samePhrase } from './actor.js';

/** Determiners that may open a proper name's phrase ("The Louvre", "the Prado"). */
const OPENERS = new Set(['the']);

/** A phrase that is a proper name: every word after an opening "the" capitalised ("Karim Haddad", "The Prado"). */
function isProperName(p: Phrase): boolean {
  const words = p.text.split(/\s+/).filter(Boolean);
  const rest = OPENERS.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
  return rest.length > 0 && rest.every((w) => /^\p{Lu}/u.test(w) && !/['’]s$/u.test(w));
}

/** A place named as the participant ("chose Nevada as the site") is the slot that differs, not another participant. */
function isPlace(p: Phrase, claim: Claim): boolean {
  return claim.places.some((place) => place.span.start < p.span.end && p.span.start < place.span.end);
}

function otherNames(x: Phrase | undefined, y: Phrase | undefined, a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (!x || !y || !isProperName(x) || !isProperName(y) || isPlace(x, a) || isPlace(y, b)) return false;
  return !samePhrase(x, y, lexicon.aliases);
}

/**
 * The two claims name different participants by proper name in the same role ("Karim Haddad was arrested in May" /
 * "Omar Said was arrested in June"; "the Louvre welcomed 8.7 million" / "the Prado welcomed 3.4 million"): two events,
 * whose dates, places and figures need not agree.
 */
export function namesOtherParticipants(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  return otherNames(pa.actor, pb.actor, a, b, lexicon) || otherNames(pa.theme, pb.theme, a, b, lexicon);
}
