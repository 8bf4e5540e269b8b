import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim, Phrase } from '../model/claim.js';
import { otherParty } from '../relate/events.js';
import { areConverses } from '../relate/lexical.js';
import { sameParty } from '../relate/slots.js';
import type { Token } from '../relate/words.js';
import { samePhrase } from './actor.js';
import { groupAndMember } from './group-members.js';
import { sameOneThing } from './one-thing-acts.js';
import { maybeCoreferent } from './referents.js';
import { withoutOpeningCapitals } from './sentence-capitals.js';
import type { DetectorHit } from './types.js';

/** Converse verbs that name their other party in a prepositional phrase: the recipient ("sold to") or the source ("bought from"). */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'from']);

/** The party words as a phrase of the claim, spanning its first to its last word. */
function phraseOf(claim: Claim, words: readonly Token[]): Phrase {
  const [first, last] = [words[0]!, words.at(-1)!];
  const text = claim.text.slice(first.span.start - claim.span.start, last.span.end - claim.span.start);
  return { text, key: text.toLowerCase(), span: { start: first.span.start, end: last.span.end, text } };
}

const WORDS = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(WORDS) ?? [];

/** Every word of the phrase stands in the claim's text. */
function namesAll(claim: Claim, p: Phrase): boolean {
  const words = new Set(wordsOf(claim.text));
  const wanted = wordsOf(p.text);
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}

/** The party a claim's converse verb names in its "to" or "from" phrase ("sold to a private buyer"), if any. */
export function prepositionalParty(x: Claim, verb: string, lexicon: Lexicon): Phrase | undefined {
  const marker = lexicon.converses.find((c) => c.a.verb === verb || c.b.verb === verb);
  const other = marker?.a.verb === verb ? marker.a.other : marker?.b.other;
  if (other === undefined || !PARTY_PREPOSITIONS.has(other)) return undefined;
  const words = otherParty(x, verb, lexicon);
  return words.length > 0 ? phraseOf(x, words) : undefined;
}

/**
 * One transfer of one single thing told from either side, with two parties in one role: "the painting was sold to a
 * private buyer" / "the city gallery bought the painting". The recipient a transfer verb names after "to" is the doer
 * of its converse, and the source after "from" the doer of the transfer (Cruse 1986, ch. 10 converses;
 * lexicon/converses.ts), so a different party there is a different doer of one act. A party the other side names in
 * its own "to" or "from" phrase is a chain of two transfers ("sold to Hale" / "bought from Hale"), not a clash.
 */
export function converseDoerHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate || pa.negated || pb.negated) return null;
  const [va, vb] = [pa.predicate.lemma.toLowerCase(), pb.predicate.lemma.toLowerCase()];
  const same = (p: Phrase, q: Phrase) => samePhrase(p, q, lexicon.aliases);
  if (!areConverses(va, vb, lexicon) || !sameOneThing(a, b, same)) return null;
  for (const [x, y, vx, vy, flip] of [[a, b, va, vb, false], [b, a, vb, va, true]] as const) {
    const party = prepositionalParty(x, vx, lexicon);
    const doer = y.proposition.actor;
    if (!party || !doer || same(party, doer) || groupAndMember(party, doer) || maybeCoreferent(...withoutOpeningCapitals(x, party, y, doer), lexicon)) continue;
    // "bought by the Russian state-owned oil company Rosneft", read as "Russian state": the other claim naming this party
    // anywhere, or this claim naming its doer, leaves the two not known to differ.
    if (namesAll(y, party) || namesAll(x, doer)) continue;
    const chained = otherParty(y, vy, lexicon);
    if (chained.length > 0 && sameParty(chained, otherParty(x, vx, lexicon), lexicon)) continue;
    const evidence: [Phrase, Phrase] = flip ? [doer, party] : [party, doer];
    return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [evidence[0].span, evidence[1].span], detail: `${evidence[0].text} vs ${evidence[1].text} as the party to "${pa.predicate.text}" / "${pb.predicate.text}"` };
  }
  return null;
}
