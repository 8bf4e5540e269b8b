import type { Claim } from '../model/claim.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { ORDINAL_WORDS } from '../lexicon/number-words.js';
import { claimWords, lemmaOfWord } from '../relate/words.js';

const ORDINAL: ReadonlySet<string> = new Set(ORDINAL_WORDS);
/** "1st", "2nd", "23rd": an ordinal written in figures. */
const FIGURE_ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** Each noun an ordinal picks out in the claim ("the second protest" → protest → second), by the noun's lemma. */
function ordinalNouns(claim: Claim): ReadonlyMap<string, string> {
  const { tokens } = claimWords(claim);
  const out = new Map<string, string>();
  tokens.forEach((t, i) => {
    const noun = tokens[i + 1];
    if (noun?.content && isOrdinal(t.lower)) out.set(noun.lemma, t.lower);
  });
  // "The first dressing, designed by …": a participle or relative clause's theme is the noun it hangs on, outside its
  // words; an ordinal inside that noun phrase, or just before it in the sentence, picks it out all the same.
  const theme = claim.proposition.theme;
  const span = claim.proposition.span;
  if (theme !== undefined && theme.span.end <= span.start && theme.span.start >= claim.span.start) {
    const before = claim.span.text.slice(0, theme.span.start - claim.span.start).trim().split(/\s+/).pop()?.toLowerCase();
    const words = theme.text.trim().toLowerCase().split(/\s+/);
    const head = words.at(-1);
    const ordinal = [before, ...words.slice(0, -1)].find((w) => w !== undefined && isOrdinal(w));
    if (ordinal !== undefined && head !== undefined) out.set(lemmaOfWord(head), ordinal);
  }
  return out;
}

const isOrdinal = (word: string) => ORDINAL.has(word) || FIGURE_ORDINAL.test(word);

/**
 * One noun under two different ordinals ("no arrests at the first protest" / "arrested three at the second protest",
 * "a profit in the first quarter" / "a loss in the second quarter"): two instances of one kind, two occasions.
 */
export function ordinalsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [ordinalNouns(a), ordinalNouns(b)];
  for (const [noun, ordinal] of x) if (y.has(noun) && y.get(noun) !== ordinal) return true;
  return false;
}

/** The claim's places outside its doer and its theme: "France" in "France rued the deal" is a party, not a setting. */
export function settings(claim: Claim): Claim['places'] {
  const { actor, theme } = claim.proposition;
  const inside = (p: { span: { start: number; end: number } }, phrase: typeof actor) => phrase !== undefined && p.span.start >= phrase.span.start && p.span.end <= phrase.span.end;
  return claim.places.filter((p) => !inside(p, actor) && !inside(p, theme));
}

/**
 * Both claims are set in places the gazetteer can place, and none of the one is, or lies within, one of the other
 * ("no arrests were made in Paris" / "police arrested three in Lyon"): an act done in the one and not in the other is
 * no clash. Where the act happened is the location detector's question, not this gate's.
 */
export function settingsApart(a: Claim, b: Claim): boolean {
  const [x, y] = [settings(a), settings(b)];
  if (x.length === 0 || y.length === 0 || !x.every((p) => p.within.length > 0) || !y.every((p) => p.within.length > 0)) return false;
  return !x.some((p) => y.some((q) => samePlaceOrWithin(p, q)));
}
