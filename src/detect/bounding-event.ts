import type { Claim } from '../model/claim.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { claimWords } from '../relate/words.js';

/** Words that end a state at an event named after them (Quirk et al. 1985, § 9.38: "until his death"). */
const UNTIL: ReadonlySet<string> = new Set(['until', 'till']);
/** How far past "until" the event's head may stand: "until his death", "until the ceasefire's collapse". */
const MAX_BOUND_WORDS = 4;

/** The verbs of the events a claim's state runs until: "lived there until his death" → die; "until hunters arrived" → arrive. */
function boundingVerbs(claim: Claim): Set<string> {
  const { tokens } = claimWords(claim);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!UNTIL.has(t.lower)) return;
    for (const w of tokens.slice(i + 1, i + 1 + MAX_BOUND_WORDS)) {
      if (!w.content) continue;
      for (const v of verbsOfNominalisation(w.lemma)) out.add(v);
      if (w.verb !== undefined) out.add(w.verb);
    }
  });
  return out;
}

/**
 * One claim's state runs until the very act the other reports: "continued to live at Farnham until his death" /
 * "died at Farnham" is one life told in sequence, not a state and its opposite at once. The bound must be the other
 * claim's act: "kept up the attack until hunters arrived" still clashes with "halted the attack".
 */
export function boundedByOtherAct(a: Claim, b: Claim): boolean {
  const endsAt = (state: Claim, act: Claim) => {
    const verb = act.proposition.predicate?.lemma.toLowerCase();
    return verb !== undefined && boundingVerbs(state).has(verb);
  };
  return endsAt(a, b) || endsAt(b, a);
}
