import type { Claim, Phrase } from '../model/claim.js';
import { stem } from '../extract/keys.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { introducedInClaim } from '../relate/subject-heads.js';

/** Most words read after a theme, up to the first comma, for what sets it apart ("a video pleading for her son's release"). */
const DESCRIPTION_WORDS = 20;
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** The content words of the phrase and of what follows it in its claim up to a comma: how the claim describes it. */
function describedBy(claim: Claim, phrase: Phrase): string[] {
  const rest = claim.text.slice(Math.max(0, phrase.span.end - claim.span.start));
  const cut = rest.search(/[,;:]/);
  const words = `${phrase.text} ${cut < 0 ? rest : rest.slice(0, cut)}`.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return words.slice(0, DESCRIPTION_WORDS).filter((w) => w.length > 2 && !FUNCTION.has(w)).map(stem);
}

/**
 * "Islamic State released a video purporting to show the beheading" / "his mother released a video pleading for his
 * release": each claim brings in a thing of its own with "a" and describes it in words the other does not share, so
 * they are two things and two doers of them are no rivals (Quirk et al. 1985, § 5.29: the indefinite article
 * introduces a new referent; § 17.5, postmodifiers identify it). "filed a complaint" / "lodged a formal complaint" may
 * be one complaint; a definite theme ("the video") may be one thing.
 */
export function bothIntroduceTheirThemes(a: Claim, b: Claim): boolean {
  const [ta, tb] = [a.proposition.theme, b.proposition.theme];
  if (ta === undefined || tb === undefined || !introducedInClaim(a, ta) || !introducedInClaim(b, tb)) return false;
  // The thing's own noun ("video") is shared by definition; what else each says of it must differ.
  const [wa, wb] = [describedBy(a, ta), describedBy(b, tb)];
  const shared = new Set([wa[0], wb[0]]);
  const [da, db] = [wa.filter((w) => !shared.has(w)), wb.filter((w) => !shared.has(w))];
  return da.length > 0 && db.length > 0 && !da.some((w) => db.includes(w));
}
