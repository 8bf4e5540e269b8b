import type { Claim } from '../model/claim.js';
import { claimWords } from '../relate/words.js';

/** The content words from the subject's start to the verb: the subject with its modifiers ("talks between the unions"). */
export function subjectWords(claim: Claim): ReadonlySet<string> {
  let found = subjects.get(claim);
  if (!found) subjects.set(claim, (found = readSubjectWords(claim)));
  return found;
}

const subjects = new WeakMap<Claim, ReadonlySet<string>>();

function readSubjectWords(claim: Claim): ReadonlySet<string> {
  const [actor, verb] = [claim.proposition.actor?.span, claim.proposition.predicate?.span];
  if (!actor || !verb) return new Set();
  return new Set(claimWords(claim).tokens.filter((t) => t.content && t.span.start >= actor.start && t.span.end <= verb.start).map((t) => t.lemma));
}

/** "the talks" / "the talks between the unions" nest; "between the unions" / "between the ministers" are other talks. */
export function wordsNest(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const within = (p: ReadonlySet<string>, q: ReadonlySet<string>) => [...p].every((w) => q.has(w));
  return within(x, y) || within(y, x);
}
