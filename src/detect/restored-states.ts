import type { Claim } from '../model/claim.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { nounLemma, verbLemma } from '../relate/lemma.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { tokenize } from '../segment/tokens.js';

type Tables = Pick<Lexicon, 'tables'>;
const restitutive = (lexicon: Tables): ReadonlySet<string> => new Set(lexicon.tables['restitutive-verbs'].RESTITUTIVE_VERBS);
type Words = Pick<Lexicon, 'tables' | 'persistenceCues'>;
const continuative = (lexicon: Words): ReadonlySet<string> => new Set(lexicon.persistenceCues);
const presentAuxiliaries = (lexicon: Tables): ReadonlySet<string> => new Set(lexicon.tables['restitutive-verbs'].PRESENT_AUXILIARIES);

/** The predicate's verb lemma, lower-cased. */
function predicateLemma(claim: Claim): string | undefined {
  const lemma = claim.proposition.predicate?.lemma.toLowerCase();
  return lemma === undefined ? undefined : (verbLemma(lemma) ?? lemma);
}

/** An affirmed claim whose predicate is a restitutive verb ("services resumed", "has restored supply"). */
function restores(claim: Claim, lexicon: Tables): boolean {
  const lemma = predicateLemma(claim);
  const p = claim.proposition;
  return lemma !== undefined && derived(lexicon, restitutive).has(lemma) && !p.negated && p.state === 'affirmed';
}

/** The claim says its state goes on ("are still suspended", "remained closed": lexicon.persistenceCues). */
function continues(claim: Claim, lexicon: Words): boolean {
  const words = derived(lexicon, continuative);
  return tokenize(claim.proposition.span.text).some((t) => t.kind === 'word' && words.has(t.lower));
}

/**
 * The claim tells its state in the present tense: a present form of be or have up to its predicate ("is closed"), or a
 * third person singular present form (ending in -s, not its own lemma) as the predicate or just before it ("lingers
 * closed"). A plural noun read so ("roads closed") only keeps a pair compared.
 */
function present(claim: Claim, lexicon: Tables): boolean {
  const { span, predicate } = claim.proposition;
  if (!predicate) return false;
  const words = tokenize(span.text.slice(0, Math.max(0, predicate.span.end - span.start))).filter((t) => t.kind === 'word');
  const auxiliaries = derived(lexicon, presentAuxiliaries);
  if (words.some((t) => auxiliaries.has(t.lower))) return true;
  return words.slice(-2).some((t) => t.lower.endsWith('s') && (verbLemma(t.lower) ?? t.lower) !== t.lower);
}

/** The latest day a claim's own dates reach, if it has any. */
function latestDate(claim: Claim): string | undefined {
  return claim.times.map((t) => t.to).sort().at(-1);
}

/** When the restoring claim speaks: its own earliest date, else its report's publication date. */
function restoredOn(claim: Claim): string | undefined {
  return claim.times.map((t) => t.from).sort()[0] ?? claim.publishedAt?.slice(0, 10);
}

/** The state said to go on is dated before the restoring claim speaks ("still shut on Monday" / said Wednesday). */
function datedBefore(state: Claim, restoring: Claim): boolean {
  const [until, from] = [latestDate(state), restoredOn(restoring)];
  return until !== undefined && from !== undefined && until.slice(0, 10) < from.slice(0, 10);
}

/**
 * The state's report was published before the day the restoring claim dates its act ("has closed until further
 * notice", published March 3 / "reopened on Thursday", March 12): even told in the present, that state held before it.
 */
function reportedBefore(state: Claim, restoring: Claim): boolean {
  // Only a date the restoring claim gives itself: its report's own date may fall after an act of the day before.
  const [published, from] = [state.publishedAt?.slice(0, 10), restoring.times.map((t) => t.from).sort()[0]];
  return published !== undefined && from !== undefined && published < from.slice(0, 10);
}

/**
 * One claim restores a state ("services resumed", "supply was restored to all but 500 homes") and the other tells the
 * state before ("services were halted", "12,000 homes were without water"): a restitutive verb presupposes the earlier
 * state, so the pair is a sequence, not a clash (lexicon/restitutive-verbs.ts). The state must be dated before the
 * restoring claim speaks, or left undated, told in the past and not said to go on. Not when the earlier state is denied ("were never
 * suspended": the presupposition fails), is dated at or after the restoring claim ("collapsed on Monday" / "resumed on
 * Monday"), is told in the present ("is closed") or is said to go on ("were still suspended"): then the two tell one moment two ways.
 */
export function restoredAfter(a: Claim, b: Claim, lexicon: Words): boolean {
  const [ra, rb] = [restores(a, lexicon), restores(b, lexicon)];
  if (ra === rb) return false;
  const [restoring, state] = ra ? [a, b] : [b, a];
  if (state.proposition.negated || state.proposition.state !== 'affirmed' || namesTheAct(state, restoring)) return false;
  // "remains closed … following the rockfall of 14 January": a state told in the present holds as its report speaks,
  // whatever earlier date its sentence names.
  if ((datedBefore(state, restoring) && !present(state, lexicon)) || reportedBefore(state, restoring)) return true;
  return state.times.length === 0 && !continues(state, lexicon) && !present(state, lexicon);
}

/**
 * "The restoration of the clock was carried out by …": the other claim's theme is a nominalisation of the restoring verb
 * (WordNet), so it tells the restoring act itself under a support verb, not a state before it.
 */
function namesTheAct(state: Claim, restoring: Claim): boolean {
  const lemma = predicateLemma(restoring);
  const head = state.proposition.theme?.text.toLowerCase().split(/\s+/).map((w) => nounLemma(w)) ?? [];
  return lemma !== undefined && head.some((w) => verbsOfNominalisation(w).includes(lemma));
}
