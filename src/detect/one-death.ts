import type { Claim, Phrase } from '../model/claim.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { deathAfterVerb } from '../relate/resultatives.js';
import { canonicalName } from './actor.js';
import { hedged } from './hedged.js';
import { perClaimWith } from '../relate/per-claim.js';

/** Verbs of the Death frame whose subject is the one who dies ("the guard died"); the Killing verbs take them as object. */
const DYING = new Set(['die', 'perish', 'drown']);

const deathWords = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.outcomeFrames.death ?? []);

/** The claim says someone died: a Death or Killing verb, or a verb with a resultative "dead" / "to death" after it. */
function tellsDeath(c: Claim, lexicon: Lexicon): boolean {
  const predicate = c.proposition.predicate;
  if (!predicate) return false;
  return derived(lexicon, deathWords).has(predicate.lemma.toLowerCase()) || deathAfterVerb(c);
}

/** Who dies: the object or passive subject of a killing, the subject of "die". */
function undergoer(c: Claim): Phrase | undefined {
  const p = c.proposition;
  if (p.theme) return p.theme;
  return DYING.has(p.predicate?.lemma.toLowerCase() ?? '') ? p.actor : undefined;
}

/**
 * Two claims tell the death of one and the same person ("the guard was shot dead" / "the guard died"): FrameNet 1.7's
 * Death and Killing frames share the one who dies, and a person dies once, so their dates and places are one event's.
 * Stated deaths only (not negated, hedged or pending), of one named or definite undergoer, with no count on either
 * side (a count of victims is the numeric detector's case).
 */
export function oneDeath(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (!diesStated(a, lexicon) || !diesStated(b, lexicon)) return false;
  const [x, y] = [undergoer(a), undergoer(b)];
  if (!x || !y) return false;
  return canonicalName(x.key, lexicon.aliases) === canonicalName(y.key, lexicon.aliases) && !derived(lexicon, peopleNouns).has(x.key.toLowerCase());
}

/** The claim states a death (statedDeath and tellsDeath), read once per claim and lexicon: matching asks on every pair. */
const diesStated = perClaimWith((c: Claim, lexicon: Lexicon): boolean => statedDeath(c, lexicon) && tellsDeath(c, lexicon));

/** Stated: affirmed, not negated or hedged, with no count. */
function statedDeath(c: Claim, lexicon: Lexicon): boolean {
  return c.proposition.state === 'affirmed' && !c.proposition.negated && !hedged(c, lexicon) && c.quantities.length === 0;
}

const peopleNouns = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.peopleNouns);
