import type { Lexicon } from '../lexicon/index.js';
import type { Claim, Phrase } from '../model/claim.js';
import { areConverses } from '../relate/lexical.js';
import { samePhrase } from './actor.js';
import { prepositionalParty } from './converse-doers.js';
import { sameOneThing } from './one-thing-acts.js';

/**
 * "The Dunns sold the café to Brandt" / "Brandt has not bought the café": converse verbs (sell / buy, lend /
 * borrow: lexicon/converses.ts, after Cruse 1986, ch. 10) tell one transfer of one single thing from either party, and
 * the party one side names after "to" or "from" is the doer of the other side's verb. Then the two claims are one
 * act, whatever their doers, so one affirming and the other negating it is a polarity clash.
 */
export function oneTransferFromEitherSide(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate) return false;
  const [va, vb] = [pa.predicate.lemma.toLowerCase(), pb.predicate.lemma.toLowerCase()];
  const same = (p: Phrase, q: Phrase) => samePhrase(p, q, lexicon.aliases);
  if (!areConverses(va, vb, lexicon) || !sameOneThing(a, b, same)) return false;
  const names = (x: Claim, verb: string, y: Claim) => {
    const party = prepositionalParty(x, verb, lexicon);
    const doer = y.proposition.actor;
    return party !== undefined && doer !== undefined && same(party, doer);
  };
  return names(a, va, b) || names(b, vb, a);
}
