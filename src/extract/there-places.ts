import type { Claim, Place } from '../model/claim.js';
import { spanOf } from '../model/span.js';

/**
 * "Queues there last about two hours": locative "there" is a pro-form for a place named before it (Quirk et al.
 * 1985, § 6.10, and § 12.14 on the substitute "there"), so a claim that says "there" and names no place of its own is
 * set in the last place an earlier claim of the document named. Existential "there" (§ 18.44) is a dummy subject:
 * it opens its clause (after nothing, a conjunction or a reporting verb) and a form of "be", a modal or "seem" follows,
 * or it ends a relative clause with its verb ("every form there is", "all there was", § 18.50).
 */
const THERE = /\bthere\b/gi;
const EXISTENTIAL_AFTER = /^\s*(?:['’]s\b|is\b|are\b|was\b|were\b|has\b|have\b|had\b|will\b|would\b|could\b|can\b|may\b|might\b|must\b|should\b|seems?\b|seemed\b|appears?\b|appeared\b|remains?\b|remained\b|used\b|exists?\b)/i;
const CLAUSE_FINAL_BE = /^\s*(?:['’]s|is|are|was|were|has been|had been|will be)\s*(?:[,.;:!?"”)]|$)/i;
const EXISTENTIAL_BEFORE = /(?:^|[,;:"“(]|\b(?:that|and|but|or|so|because|if|when|while|where|as|said|says|say|told|though|although|whether|since|until))\s*$/i;

/** The offset of the first locative "there" in the text, or -1. */
function locativeThere(text: string): number {
  for (const m of text.matchAll(THERE)) {
    const after = text.slice(m.index + m[0].length);
    if (CLAUSE_FINAL_BE.test(after)) continue;
    const existential = EXISTENTIAL_AFTER.test(after) && EXISTENTIAL_BEFORE.test(text.slice(0, m.index));
    if (!existential) return m.index;
  }
  return -1;
}

/** The claims, each that says locative "there" and names no place given the last place named before it. */
export function withTherePlaces(claims: readonly Claim[], text: string): Claim[] {
  let last: Place | undefined;
  return claims.map((claim) => {
    const at = claim.places.length === 0 && last !== undefined ? locativeThere(claim.text) : -1;
    const own = claim.places.at(-1);
    if (own !== undefined) last = own;
    if (at < 0 || last === undefined) return claim;
    const start = claim.span.start + at;
    return { ...claim, places: [{ ...last, role: 'mention', span: spanOf(text, start, start + 'there'.length) }] };
  });
}
