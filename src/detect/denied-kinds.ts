import type { Claim, Phrase } from '../model/claim.js';
import { nounKinship } from '../relate/wordnet-nouns.js';
import { claimWords } from '../relate/words.js';

const head = (p: Phrase): string => p.text.trim().split(/\s+/).at(-1)!.toLowerCase();

/**
 * "No weapons were found in the car" / "Police found a pistol in the car": "no" before a noun denies every thing of its
 * kind (Quirk et al. 1985, § 6.62, the universal negative determiner), so a thing of a narrower kind (WordNet's
 * hypernyms: a pistol is a weapon) told of the same act is one the denial rules out. A wider or an unrelated kind is
 * not, nor a thing found in another setting ("in the car" / "in the house").
 */
export function kindDeniedMemberTold(negative: Claim, affirmative: Claim): boolean {
  const { negation, theme } = negative.proposition;
  const told = affirmative.proposition.theme;
  if (!negation || !theme || !told || negation.cue.text.toLowerCase() !== 'no' || negation.cue.end > theme.span.start) return false;
  if (settingsApart(negative, affirmative)) return false;
  return nounKinship(head(told), head(theme)) === 'narrower';
}

/** Prepositions of a setting where a thing is found ("in the car", "at the house"; Quirk et al. 1985, § 9.15). */
const SETTING: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'aboard']);

/** The head of the first setting after the predicate ("in the suspect's house": house), if any. */
function settingHead(c: Claim): string | undefined {
  const end = c.proposition.predicate?.span.end ?? c.span.start;
  const tokens = claimWords(c).tokens.filter((t) => t.span.start >= end);
  const at = tokens.findIndex((t) => SETTING.has(t.lower));
  if (at < 0) return undefined;
  let last: string | undefined;
  for (const t of tokens.slice(at + 1)) {
    if (!t.content && last !== undefined) break;
    if (t.content) last = t.lemma;
  }
  return last;
}

/** Both claims name where, and the two settings differ ("in the car" / "in the suspect's house"). */
function settingsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [settingHead(a), settingHead(b)];
  return x !== undefined && y !== undefined && x !== y;
}
