import type { Claim } from '../model/claim.js';
import { INDEFINITE_PRONOUNS } from '../lexicon/grammar-words.js';
import { samePhrase } from './actor.js';
import { passiveAgents } from './passive-agents.js';
import { isNegative } from './shared.js';
import { claimWords, contentWordsIn } from '../relate/words.js';

/**
 * Huddleston & Pullum (2002, ch. 9 § 1.2): a negated clause denies the whole proposition, its subject included, so
 * "Police did not fire at the crowd" denies only that police fired; "Shots were fired at the crowd", a passive that
 * names no doer (Quirk et al. 1985, § 3.68 "agentless passive"), says only that someone fired. The two can both be
 * true: one doer's denial or refusal does not contradict an act told without its doer. "Nobody fired" denies every
 * doer and still clashes, as does a passive that names its agent ("taken by the doctor"). When the denial names the very
 * thing the passive is about ("The photo was taken" / "The doctor did not take the photo"), it answers for that thing's
 * act and is kept as a clash: the denier is the one the other report is read to mean. So is a passive that names
 * its cause in an adverbial ("The bridge was damaged in the storm", "injured in the blast"; Quirk et al. 1985,
 * § 9.34, the causal and circumstantial "in"): that cause is the doer, and "The storm did no damage" denies it.
 */

const EVERY_DOER_DENIED: ReadonlySet<string> = new Set(INDEFINITE_PRONOUNS);

/** An affirmed passive with no doer: no actor, the thing acted on before the verb, and no "by" agent. */
function actWithoutDoer(c: Claim): boolean {
  const { actor, predicate, theme, state, negated } = c.proposition;
  if (actor !== undefined || predicate === undefined || theme === undefined || state !== 'affirmed' || negated) return false;
  if (theme.span.start >= predicate.span.start) return false;
  return !passiveAgents(c).some((p) => p.verb === predicate.lemma.toLowerCase());
}

/** A denial or refusal whose subject is one named doer, not "nobody" or "no one". */
function oneDoerDenies(c: Claim): boolean {
  const actor = c.proposition.actor;
  const text = actor?.text.trim().toLowerCase();
  return isNegative(c) && text !== undefined && !EVERY_DOER_DENIED.has(text) && !NONE_OF.test(text);
}
/** "None", "None of the four": a partitive negative ranges over every member of its set. */
const NONE_OF = /^none\b/;

/** The denial acts on the same thing the passive is about: it answers for that thing ("did not take the photo"). */
function deniesForTheThing(passive: Claim, denial: Claim, aliases: ReadonlyMap<string, string>): boolean {
  const [x, y] = [passive.proposition.theme, denial.proposition.theme];
  return x !== undefined && y !== undefined && samePhrase(x, y, aliases);
}

/** Prepositions that put a cause or the occasion of the passive's act after its verb ("damaged in the storm", "killed during the raid"). */
const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'from', 'by']);
/** Most words between the preposition and the cause's head ("in the violent overnight storm"). */
const CAUSE_REACH = 4;

/** The passive names the denier as the cause of its act: "in", "during", "from" or "by" then the denier's head word. */
function causeNamed(passive: Claim, denial: Claim): boolean {
  const actor = denial.proposition.actor;
  const predicate = passive.proposition.predicate;
  if (!actor || !predicate) return false;
  const head = contentWordsIn(denial, actor).at(-1);
  if (!head) return false;
  const after = claimWords(passive).tokens.filter((t) => t.span.start >= predicate.span.end);
  return after.some((t, i) => CAUSE_PREPOSITIONS.has(t.lower) && after.slice(i + 1, i + 2 + CAUSE_REACH).some((u) => u.content && u.lemma === head.lemma));
}

/**
 * One claim tells an act without its doer, the other has one named doer deny or refuse it, on nothing named or on
 * another thing ("Shots were fired at the crowd" / "Police did not fire at the crowd"): compatible accounts.
 */
export function doerUnsaidAgainstDoerDenied(a: Claim, b: Claim, aliases: ReadonlyMap<string, string>): boolean {
  const oneWay = (passive: Claim, denial: Claim) => actWithoutDoer(passive) && oneDoerDenies(denial) && !deniesForTheThing(passive, denial, aliases) && !causeNamed(passive, denial);
  return oneWay(a, b) || oneWay(b, a);
}
