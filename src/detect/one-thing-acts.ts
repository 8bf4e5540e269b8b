import type { Lexicon } from '../lexicon/index.js';
import { isPluralNoun, singularNoun } from '../match/measure.js';
import type { Claim, Phrase } from '../model/claim.js';
import { eventLink } from '../relate/align.js';
import { headNoun, lastWord } from './group-members.js';
import { EVENT_NOUNS } from '../lexicon/event-nouns.js';
import { isConvertedEventNoun } from '../relate/wordnet.js';

/**
 * The theme names one thing ("the portrait", "the crew", "the Ridley factory"): no figure counts it and its head
 * noun is not plural ("the victims", "12 sailors" are sets that many may act on).
 */
export function oneThing(c: Claim): boolean {
  const theme = c.proposition.theme;
  if (!theme) return false;
  const head = lastWord(theme);
  return !figureIn(c, theme) && head !== '' && !isPluralNoun(head);
}

/** A figure of the claim stands inside the phrase ("12 sailors", "a couple of officers"). */
function figureIn(c: Claim, p: Phrase): boolean {
  return c.quantities.some((q) => q.span.start < p.span.end && q.span.end > p.span.start);
}

/** Both claims act on one and the same single thing, by the caller's test of sameness for phrases. */
export function sameOneThing(a: Claim, b: Claim, same: (x: Phrase, y: Phrase) => boolean): boolean {
  const [ta, tb] = [a.proposition.theme, b.proposition.theme];
  return ta !== undefined && tb !== undefined && oneThing(a) && oneThing(b) && same(ta, tb);
}

/**
 * The two claims' own verbs are a troponym and its hypernym (WordNet: "bought" is a way to "acquire", "rescued" a way
 * to "save"; Fellbaum 1998, ch. 3): done to one single thing, that is one act told at two levels of detail.
 */
export function troponymPredicates(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const match = eventLink(a, b, lexicon);
  return match !== undefined && match.x.source === 'predicate' && match.y.source === 'predicate' && match.link.relation === 'hypernym';
}

/**
 * A counted set of doers against one doer of another kind, of one act on one single thing ("Two men stole the
 * portrait" / "The portrait was stolen by a museum guard"): a single thing is stolen once, so the accounts of who did
 * it clash; "two gunmen" / "a gunman" (one kind of doer) may tell the same people.
 */
export function countedAgainstOtherDoer(a: Claim, b: Claim, countedA: boolean, countedB: boolean, same: (x: Phrase, y: Phrase) => boolean): boolean {
  const [xa, xb] = [a.proposition.actor, b.proposition.actor];
  if (countedA === countedB || !xa || !xb) return false;
  // The other doer is one: no figure ("a couple of officers") and no plural head ("officers") makes it a set too.
  const [one, doer] = countedA ? [b, xb] : [a, xa];
  if (figureIn(one, doer) || isPluralNoun(lastWord(doer))) return false;
  return headNoun(xa) !== headNoun(xb) && sameOneThing(a, b, same);
}

const OCCASIONS: ReadonlySet<string> = new Set(EVENT_NOUNS);
/**
 * The phrase names an event, not a thing or a doer: a description (no name) headed by an occasion noun ("the concert")
 * or a noun WordNet has as an act or happening spelt as its verb ("the record attempt", "the fire"). As a doer, what it
 * raised or destroyed was raised or destroyed by whoever ran or caused it, so it competes with no doer, save as a cause;
 * as what is acted on, many may plan, arrange or attend it.
 */
export function isEvent(p: Phrase): boolean {
  const head = p.text.split(/[\s,]+/).filter(Boolean).at(-1) ?? '';
  if (head === '' || head.charAt(0) !== head.charAt(0).toLowerCase()) return false;
  const noun = singularNoun(head.toLowerCase());
  return OCCASIONS.has(noun) || isConvertedEventNoun(noun);
}
