import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { otherParty } from '../relate/events.js';
import { areConverses } from '../relate/lexical.js';
import { sameParty } from '../relate/slots.js';
import { contentWordsIn } from '../relate/words.js';
import { PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import { lightVerbs, sameName, samePhrase } from './actor.js';
import type { DetectorHit } from './types.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { isHypernym } from '../relate/wordnet.js';
import { perClaim } from '../relate/per-claim.js';

/**
 * A phrase a claim sets aside by contrastive negation (Quirk et al. 1985, § 10.66 "local negation"; § 13.41 "rather
 * than", "instead of"): "the deputy, not the mayor, opened it", "issued by the ministry, not by Toyota". The "not"
 * negates that phrase, not the clause.
 */
const CONTRAST_MARKER = /,\s(?:and\s)?not\s(?:by\s|from\s)?|\b(?:rather than|instead of)\s(?:by\s)?/gi;
/** Where a contrasted phrase ends: the next clause punctuation. */
const PHRASE_END = /[,;.()]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Longest phrase read as the contrasted one: a name or a short description, not the rest of the clause. */
const MAX_CONTRAST_WORDS = 5;

/** A contrasted phrase and where its marker (", not", "rather than") starts. */
interface Contrast { phrase: Span; from: number }

/** The phrases a claim's proposition sets aside, with their spans. */
export const contrastedPhrases: (claim: Claim) => readonly Contrast[] = perClaim(readContrastedPhrases);

function readContrastedPhrases(claim: Claim): Contrast[] {
  const { text, start } = claim.proposition.span;
  const out: Contrast[] = [];
  for (const m of text.matchAll(CONTRAST_MARKER)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const stop = rest.search(PHRASE_END);
    const raw = stop < 0 ? rest : rest.slice(0, stop);
    const phrase = raw.trimEnd();
    if (phrase.length === 0 || phrase.split(' ').length > MAX_CONTRAST_WORDS) continue;
    out.push({ phrase: { start: start + from, end: start + from + phrase.length, text: phrase }, from: start + m.index });
  }
  return out;
}

/** Whether the claim's negation is only the "not" of a contrasted phrase ("X, not Y, did it"). */
export function negatesOnlyAPhrase(claim: Claim): boolean {
  const cue = claim.proposition.negation?.cue;
  return cue !== undefined && contrastedPhrases(claim).some((c) => cue.start >= c.from && cue.end <= c.phrase.start);
}

const textNouns = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.textNouns);

/** The claim acts on something said or written: a text noun heads its theme ("wrote the open letter"). */
export function actsOnText(a: Claim, lexicon: Lexicon): boolean {
  const head = a.proposition.theme?.text.trim().split(/\s+/).at(-1)?.toLowerCase();
  return head !== undefined && derived(lexicon, textNouns).has(head);
}

/** The act is the authoring of something said or written: a text noun is its doer or what it acts on. */
function authorship(a: Claim, lexicon: Lexicon): boolean {
  const nouns = derived(lexicon, textNouns);
  const heads = [a.proposition.actor, a.proposition.theme].flatMap((p) => (p ? [p.text.trim().split(/\s+/).at(-1)!.toLowerCase()] : []));
  return heads.some((h) => nouns.has(h));
}

/** A possessive determiner points back to someone named before ("his mother"): it says nothing of who is meant. */
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)\s+/i;

/** Words of a's proposition that name `phrase` as a party: its actor, or an agent after "by". */
function credits(a: Claim, phrase: string, aliases: ReadonlyMap<string, string>): boolean {
  const bare = phrase.replace(POSSESSIVE, '');
  if (a.proposition.actor && sameName(a.proposition.actor.text, bare, aliases) && !contrastedPhrases(a).length) return true;
  // "issued by the port authority": the phrase as an agent after "by", followed by no more letters of a longer name.
  const text = a.proposition.span.text.toLowerCase().replace(/\s+/g, ' ');
  const wanted = `by ${phrase.toLowerCase().replace(/\s+/g, ' ')}`;
  const at = text.indexOf(wanted);
  if (at < 0 || (at > 0 && text[at - 1] !== ' ')) return false;
  const next = text[at + wanted.length];
  return (next === undefined || !WORD_CHAR.test(next)) && contrastedPhrases(a).length === 0;
}

/**
 * One claim credits an act to a party the other sets aside ("the mayor opened it" / "the deputy, not the mayor,
 * opened it"): actor, or attribution when the act is the authoring of a statement or letter.
 */
export function contrastHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    for (const { phrase: set } of contrastedPhrases(y)) {
      if (!credits(x, set.text, lexicon.aliases)) continue;
      const kind = authorship(x, lexicon) || authorship(y, lexicon) ? 'attribution' : 'actor';
      const evidence: [Span, Span] = [x.proposition.actor?.span ?? x.proposition.span, set];
      return { kind, strength: ACTOR_STRENGTH, evidence: flip ? [evidence[1], evidence[0]] : evidence, detail: `credited to ${set.text} on one side, not ${set.text} on the other` };
    }
  }
  return null;
}

const PRONOUNS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS);

const symmetric = (lexicon: Lexicon): ReadonlySet<string> => new Set(lexicon.symmetricVerbs);

const words = contentWordsIn;

/**
 * One act in one verb or two: the same lemma, WordNet synonyms or a verb and its direct kind ("bought" / "acquired",
 * "beat" / "defeated"), so that the parties of the one may be swapped in the other.
 */
function oneAct(va: string, vb: string): boolean {
  return areSynonyms(va, vb) || isHypernym(va, vb) || isHypernym(vb, va);
}

/**
 * A party told by its name ("Denby Willow Co", "its rival Braga"), not by a description or a count of members ("100
 * fighters"): across two verbs only named parties show one act, since a description may be another group of one side.
 */
function namedParty(theme: Phrase): boolean {
  return /^\p{Lu}/u.test(theme.text.trim().split(/\s+/).at(-1) ?? '');
}

/** The agent names the other claim's theme: the same phrase, or the name that a description of it ends in ("its rival Denby Willow Co"). */
function partyOf(agent: Phrase, theme: Phrase, aliases: ReadonlyMap<string, string>): boolean {
  if (samePhrase(agent, theme, aliases)) return true;
  const [name, described] = [agent.text.trim(), theme.text.trim()];
  return /^\p{Lu}/u.test(name) && name.split(/\s+/).length < described.split(/\s+/).length && described.toLowerCase().endsWith(` ${name.toLowerCase()}`);
}

/**
 * One verb whose two parties are exchanged, each claim's doer the other's other party ("Acme beat Borg" / "Borg beat
 * Acme", "sold it to Borg" / "Borg sold it to Acme"): the same act with its roles swapped, not a chain of two acts
 * (a resale names a third party: "sold it to Borg" / "Borg sold it to Cato").
 */
export function exchangedParties(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate || !pa.actor || !pb.actor) return false;
  const verb = pa.predicate.lemma.toLowerCase();
  if (verb !== pb.predicate.lemma.toLowerCase()) return false;
  const [otherA, otherB] = [otherParty(a, verb, lexicon), otherParty(b, verb, lexicon)];
  const [agentA, agentB] = [words(a, pa.actor), words(b, pb.actor)];
  const meets = (x: typeof agentA, y: typeof otherA) => x.length > 0 && y.length > 0 && sameParty(x, y, lexicon);
  return meets(agentA, otherB) && meets(agentB, otherA);
}

/**
 * The same act with its two parties swapped ("the fund lent the council $20m" / "the council lent the fund $20m"),
 * or a converse told with the roles kept ("Porto beat Braga" / "Porto lost to Braga"): who did what to whom differs.
 */
export function roleSwapHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [pa, pb] = [a.proposition, b.proposition];
  if (!pa.predicate || !pb.predicate || !pa.actor || !pb.actor || pa.negated || pb.negated) return null;
  const [va, vb] = [pa.predicate.lemma.toLowerCase(), pb.predicate.lemma.toLowerCase()];
  const aliases = lexicon.aliases;
  // A copula or light verb is no act with roles ("the crab is the largest species" / "the largest species is the crab"),
  // and a pronoun may stand for anyone, so it fixes no party.
  const act = !derived(lexicon, symmetric).has(va) && !derived(lexicon, lightVerbs).has(va);
  const named = [pa.actor, pb.actor, pa.theme, pb.theme].every((p) => p === undefined || !PRONOUNS.has(p.text.trim().toLowerCase()));
  if (act && named && pa.theme && pb.theme && (va === vb || (oneAct(va, vb) && namedParty(pa.theme) && namedParty(pb.theme)))) {
    // Each agent is the other's theme, and neither agent is in its own theme.
    const swapped = partyOf(pa.actor, pb.theme, aliases) && partyOf(pb.actor, pa.theme, aliases) && !samePhrase(pa.actor, pb.actor, aliases);
    if (swapped) return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [pa.actor.span, pb.actor.span], detail: `${pa.actor.text} and ${pb.actor.text} swapped as the ones who "${pa.predicate.text}"` };
  }
  if (!areConverses(va, vb, lexicon)) return null;
  const [otherA, otherB] = [otherParty(a, va, lexicon), otherParty(b, vb, lexicon)];
  const sameAgent = sameParty(words(a, pa.actor), words(b, pb.actor), lexicon);
  const sameOther = otherA.length > 0 && otherB.length > 0 && sameParty(otherA, otherB, lexicon);
  if (!sameAgent || !sameOther) return null;
  return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [pa.predicate.span, pb.predicate.span], detail: `${pa.actor.text} "${pa.predicate.text}" against "${pb.predicate.text}" the same party` };
}
