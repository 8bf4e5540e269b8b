import type { Claim } from '../model/claim.js';
import { ALLOWANCE_UNITS, ALLOWANCE_VERBS, ASSERTING_BEFORE_IF, CONDITIONAL_SUBORDINATORS, OPTION_HEADS, POSSIBILITY_MODALS } from '../lexicon/modal-cues.js';
import { perClaim } from '../relate/per-claim.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const CONDITIONAL: ReadonlySet<string> = new Set(CONDITIONAL_SUBORDINATORS);
const ASSERTING: ReadonlySet<string> = new Set(ASSERTING_BEFORE_IF);
const POSSIBILITY: ReadonlySet<string> = new Set(POSSIBILITY_MODALS);
const OPTION: ReadonlySet<string> = new Set(OPTION_HEADS);
const UNITS: ReadonlySet<string> = new Set(ALLOWANCE_UNITS);
const GIVING: ReadonlySet<string> = new Set(ALLOWANCE_VERBS);
/** How many words before an allowance's unit its verb stands ("has a further 28 days to"). */
const ALLOWANCE_REACH = 4;
/** How many words before its predicate a modal governs it from ("could soon be fully integrated"). */
const MODAL_REACH = 5;

/** The claim's words before its predicate, as written; the whole claim when it has no predicate. */
function wordsBeforePredicate(claim: Claim): readonly string[] {
  let words = before.get(claim);
  if (words) return words;
  const end = claim.proposition.predicate ? claim.proposition.predicate.span.start - claim.span.start : claim.text.length;
  // A global pattern's match gives the matched words themselves: no match objects to build and map.
  words = claim.text.slice(0, Math.max(0, end)).match(WORD) ?? [];
  before.set(claim, words);
  return words;
}
/** Claims are immutable values and every candidate pair asks: their words before the predicate, once per claim. */
const before = new WeakMap<Claim, readonly string[]>();

/**
 * The claim is stated under a condition: "If the reports are accurate, the army could …", "unless talks resume, it
 * will …". What would hold under a condition is not the writer's account of what holds ("even if" and "as if" excepted).
 */
export const conditional = perClaim(readConditional);

function readConditional(claim: Claim): boolean {
  const words = wordsBeforePredicate(claim).map((w) => w.toLowerCase());
  return words.some((w, i) => CONDITIONAL.has(w) && !ASSERTING.has(words[i - 1] ?? ''));
}

/**
 * The claim's predicate is under "could", "might" or "may": a possibility, not a report that it happened. Only the
 * lower-case word is the modal: "In May, …" names a month.
 */
export const underPossibilityModal = perClaim(readPossibilityModal);

function readPossibilityModal(claim: Claim): boolean {
  return wordsBeforePredicate(claim).slice(-MODAL_REACH).some((w) => POSSIBILITY.has(w)) || optionToAct(claim);
}

/**
 * The claim's predicate is the to-infinitive of an option ("has the right to appeal", "is free to reopen") or of time
 * allowed for it ("has 28 days to appeal", "have until Friday to respond"): an act one may do, not one done.
 */
export const optionToAct = perClaim(readOptionToAct);

function readOptionToAct(claim: Claim): boolean {
  const words = wordsBeforePredicate(claim).map((w) => w.toLowerCase());
  const n = words.length;
  if (words[n - 1] !== 'to' || n < 2) return false;
  const head = words[n - 2]!;
  if (OPTION.has(head)) return true;
  const reach = words.slice(Math.max(0, n - 2 - ALLOWANCE_REACH), n - 2);
  const given = reach.some((w) => GIVING.has(w));
  return given && (UNITS.has(head) || reach.includes('until'));
}
