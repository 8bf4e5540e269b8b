import type { Claim, Phrase } from '../model/claim.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import type { Lexicon } from '../lexicon/index.js';
import {
  DECIDING_LIGHT_VERBS, DECISION_NOUNS, DIRECTIVE_VERBS, EMPHATIC_REFLEXIVES, INFINITIVE_ONLY_DIRECTIVES, REMOVING_VERBS,
  SELF_ENDING_PHRASALS, SELF_ENDING_VERBS, SELF_INITIATED_ADVERBS, SELF_INITIATED_NOUNS,
} from '../lexicon/decider-words.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { isConvertedEventNoun, isHypernym, isVerbLemma, verbsOfNominalisation } from '../relate/wordnet.js';
import { samePhrase } from './actor.js';
import { groupAndMember } from './group-members.js';
import { fatesApart } from './exclusive-fates.js';
import { conditional, underPossibilityModal } from './modality.js';
import { maybeCoreferent } from './referents.js';
import { withoutOpeningCapitals } from './sentence-capitals.js';
import type { DetectorHit } from './types.js';

/** Who chose an act: one who ordered another to do it ("directed"), or one who did or decided it of its own will ("own"). */
export interface DeciderReading {
  decider: Phrase;
  kind: 'directed' | 'own';
  /** The act chosen, as verb lemmas. */
  acts: string[];
  /** A post or thing given up: who left or what was given up ("own"), or who or what was taken away ("directed"). */
  ending?: { holder?: Phrase; thing?: Phrase };
}

/** The act every giving-up and taking-away is read as, so that the two compare. */
const LEAVE = 'leave';

const DIRECTIVES: ReadonlySet<string> = new Set(DIRECTIVE_VERBS);
const INFINITIVE_ONLY: ReadonlySet<string> = new Set(INFINITIVE_ONLY_DIRECTIVES);
const DECISIONS: ReadonlySet<string> = new Set(DECISION_NOUNS);
const DECIDING: ReadonlySet<string> = new Set(DECIDING_LIGHT_VERBS);
const REFLEXIVES = EMPHATIC_REFLEXIVES.join('|');
const SELF_INITIATED = new RegExp(
  `\\b(?:${SELF_INITIATED_ADVERBS.join('|')}|(?:of|on) (?:its|their|his|her|our|my|your) own (?:${SELF_INITIATED_NOUNS.join('|')}))\\b|\\b(?:${REFLEXIVES})[.,;:!?"”]*\\s*$`,
  'i',
);
const ENDS_REFLEXIVE = new RegExp(`\\s(?:${REFLEXIVES})$`, 'i');
/** "to cancel", after up to four words of the hearer ("told the sailing club to cancel"). */
const INFINITIVE_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+(\p{Ll}+)/u;
/** "the decision to evacuate", "their choice to leave". */
const DECISION_TO = new RegExp(`\\b(?:${DECISION_NOUNS.join('|')})\\s+to\\s+(\\p{Ll}+)`, 'u');
const POSSESSIVE_END = /['’]s(?:\s+own)?$/;

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s,]+/).filter((w) => w.length > 0);

/** The claim's text after its predicate. */
function afterPredicate(c: Claim): string {
  const p = c.proposition.predicate!;
  return c.text.slice(Math.max(0, p.span.end - c.span.start));
}

/** "closure" → close, "evacuation" → evacuate, "move" → move: the verbs an event noun names (WordNet; the deverbal suffix -ure, Quirk et al. 1985, App. I.30). */
function verbsOfEventNoun(noun: string): string[] {
  const derived = [...verbsOfNominalisation(noun)];
  const ure = /^(\p{Ll}{3,})ure$/u.exec(noun);
  if (ure) for (const stem of [ure[1]!, `${ure[1]!}e`]) if (isVerbLemma(stem)) derived.push(stem);
  if (derived.length === 0 && isConvertedEventNoun(noun)) derived.push(noun);
  return derived;
}

/** The act an object phrase names: its head noun before "of" ("the closure of the pool" → close). */
function actsOfObject(theme: Phrase | undefined): string[] {
  if (!theme) return [];
  const words = wordsOf(theme.text);
  const cut = words.indexOf('of');
  const head = (cut > 0 ? words.slice(0, cut) : words).at(-1);
  return head === undefined ? [] : verbsOfEventNoun(head);
}

function infinitiveAfter(text: string): string[] {
  const verb = INFINITIVE_AFTER.exec(text)?.[1];
  return verb !== undefined && isVerbLemma(verb) ? [verb] : [];
}

function decisionActs(c: Claim): string[] {
  const verb = DECISION_TO.exec(c.text.toLowerCase())?.[1];
  return verb !== undefined && isVerbLemma(verb) ? [verb] : [];
}

/** "company's own" → "company": the possessor named as the decision's owner, its span trimmed to the name. */
function possessor(p: Phrase): Phrase | null {
  const mark = POSSESSIVE_END.exec(p.text);
  if (!mark) return null;
  const text = p.text.slice(0, mark.index);
  return { text, key: text.toLowerCase(), span: { start: p.span.start, end: p.span.start + text.length, text } };
}

const SELF_ENDING: ReadonlySet<string> = new Set(SELF_ENDING_VERBS);
const REMOVING: ReadonlySet<string> = new Set(REMOVING_VERBS);
const particleAfter = (after: string): string => /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';

/** "Berg resigned", "the owner handed back the licence" (own), "the board dismissed its coach", "the council revoked the licence" (directed). */
function endingReading(c: Claim, lemma: string, after: string): DeciderReading | null {
  const { actor, theme } = c.proposition;
  if (!actor) return null;
  const particle = particleAfter(after);
  const phrasal = SELF_ENDING_PHRASALS.some(([v, p]) => v === lemma && p === particle);
  if ((SELF_ENDING.has(lemma) && (!theme || lemma !== 'withdraw')) || phrasal) return { decider: actor, kind: 'own', acts: [LEAVE], ending: { holder: actor, ...(theme ? { thing: theme } : {}) } };
  const removes = REMOVING.has(lemma) || (lemma === 'withdraw' && theme !== undefined) || (lemma === 'stand' && particle === 'down');
  return removes && theme ? { decider: actor, kind: 'directed', acts: [LEAVE], ending: { thing: theme } } : null;
}

/** Words before a verb that put its act in the future or in doubt ("will order", "might resign", "if the board dismisses"). */
const NOT_YET = /\b(?:will|would|could|may|might|should|shall|if|whether)\b/i;

/** The act told as done: affirmed, not doubted, no modal or condition before its verb ("the decision to evacuate" keeps its "to"). */
function toldAsDone(c: Claim): boolean {
  const p = c.proposition;
  if ((p.state !== 'affirmed' && p.state !== 'refused') || c.certainty.level === 'doubted' || c.certainty.level === 'refuted') return false;
  return !NOT_YET.test(c.text.slice(0, p.predicate!.span.start - c.span.start));
}

const headOf = (p: Phrase | undefined): string => (p ? (wordsOf(p.text).at(-1) ?? '') : '');

/**
 * Who chose the claim's act, when the claim says: an order ("Inspectors ordered the closure", "the county told the club
 * to cancel"), a decision with its act ("the decision to evacuate was made by the chief", "the decision to leave was
 * the company's own"), or an act done of the doer's own will ("shut the pool voluntarily", "the trustees themselves").
 */
export function readDecider(c: Claim): DeciderReading | null {
  // Every pair below the match floor asks (match/candidates.ts pairMatch): each claim read once.
  const known = readings.get(c);
  if (known !== undefined) return known;
  const found = findDecider(c);
  readings.set(c, found);
  return found;
}
const readings = new WeakMap<Claim, DeciderReading | null>();

function findDecider(c: Claim): DeciderReading | null {
  const { actor, predicate, theme, negated } = c.proposition;
  // Only a choice told plainly: "may resign", "if the board dismisses him" choose nothing yet.
  if (!predicate || negated || !toldAsDone(c) || underPossibilityModal(c) || conditional(c)) return null;
  const lemma = predicate.lemma.toLowerCase();
  const after = afterPredicate(c);
  if (DIRECTIVES.has(lemma) && actor) {
    const infinitive = infinitiveAfter(after);
    const acts = infinitive.length > 0 || INFINITIVE_ONLY.has(lemma) ? infinitive : actsOfObject(theme);
    return acts.length > 0 ? { decider: actor, kind: 'directed', acts } : null;
  }
  if (DECIDING.has(lemma) && DECISIONS.has(headOf(theme)) && actor) {
    const acts = decisionActs(c);
    return acts.length > 0 ? { decider: actor, kind: 'own', acts } : null;
  }
  if (lemma === 'be' && DECISIONS.has(headOf(actor)) && theme) {
    const owner = possessor(theme);
    const acts = decisionActs(c);
    return owner && acts.length > 0 ? { decider: owner, kind: 'own', acts } : null;
  }
  if (actor && (SELF_INITIATED.test(after) || ENDS_REFLEXIVE.test(actor.text.trim()))) return { decider: actor, kind: 'own', acts: [lemma, ...actsOfObject(theme)] };
  return endingReading(c, lemma, after);
}

const oneAct = (xs: readonly string[], ys: readonly string[]): boolean =>
  xs.some((x) => ys.some((y) => x === y || areSynonyms(x, y) || isHypernym(x, y) || isHypernym(y, x)));

/** Two deciders that may be one: the same name, a description of it, a body and its member or spokesman. */
function oneDecider(a: Claim, x: Phrase, b: Claim, y: Phrase, lexicon: Lexicon): boolean {
  return samePhrase(x, y, lexicon.aliases) || maybeCoreferent(...withoutOpeningCapitals(a, x, b, y), lexicon) || groupAndMember(x, y);
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * What was taken away is what was given up: the same phrase ("the licence"), the holder who left ("dismissed Anna
 * Berg" / "Anna Berg resigned"), or a post the leaver's own words name ("dismissed its head coach" / "resigned as head coach").
 */
function oneHolding(ownClaim: Claim, own: DeciderReading, directed: DeciderReading, lexicon: Lexicon): boolean {
  const taken = directed.ending?.thing;
  if (!own.ending || !taken) return false;
  const { holder, thing } = own.ending;
  if ((holder && samePhrase(holder, taken, lexicon.aliases)) || (thing && samePhrase(thing, taken, lexicon.aliases))) return true;
  if (thing) return false;
  const post = wordsOf(taken.text).filter((w) => !POSSESSIVE_DETERMINERS.has(w));
  const said = new Set(wordsOf(ownClaim.text));
  return post.length > 0 && post.every((w) => said.has(w));
}

/** "resigned from Ajax" / "PSV sacked the coach": the leaver names a body the remover's name is no part of, so two posts. */
function leftAnotherBody(ownClaim: Claim, remover: Phrase): boolean {
  const after = afterPredicate(ownClaim);
  const named = after.split(/[\s,.;:]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (named.length === 0 || !remover.text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w))) return false;
  const removerWords = new Set(wordsOf(remover.text).map((w) => w.replace(/['’]s$/, '')));
  return !named.some((w) => removerWords.has(w));
}

/**
 * One report says its doer chose the act ("shut the pool voluntarily", "took the decision to evacuate"), the other
 * that someone else ordered it ("inspectors ordered the closure"): who made the call is disputed. An order and the act
 * carried out ("police ordered the evacuation" / "stewards evacuated the square") are no dispute.
 */
export function deciderHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  if (a.documentId === b.documentId) return null;
  const [ra, rb] = [readDecider(a), readDecider(b)];
  if (!ra || !rb || ra.kind === rb.kind || !oneAct(ra.acts, rb.acts)) return null;
  const [own, directed] = ra.kind === 'own' ? [ra, rb] : [rb, ra];
  const [ownClaim, directedClaim] = own === ra ? [a, b] : [b, a];
  const ending = own.ending !== undefined || directed.ending !== undefined;
  if (ending && (!oneHolding(ownClaim, own, directed, lexicon) || leftAnotherBody(ownClaim, directed.decider))) return null;
  if (fatesApart(a, b)) return null;
  // The one ordered ("ordered Vantor to recall") or removed is the chooser itself, so never another name for the orderer.
  const hearer = directedClaim.proposition.theme;
  const apart = ending || (hearer !== undefined && samePhrase(own.decider, hearer, lexicon.aliases));
  if (apart ? samePhrase(own.decider, directed.decider, lexicon.aliases) : oneDecider(a, ra.decider, b, rb.decider, lexicon)) return null;
  return {
    kind: 'actor',
    strength: ACTOR_STRENGTH,
    evidence: [ra.decider.span, rb.decider.span],
    detail: `${own.decider.text} chose to "${own.acts[0]}" vs ${directed.decider.text} ordered it`,
  };
}
