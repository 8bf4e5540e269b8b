import type { Claim } from '../model/claim.js';
import { actorKey } from './keys.js';
import { NAME_WORD, personNameIn } from './referents.js';

/**
 * "Mara Pellow … Pellow repainted", "Mara Pellow … Mara repainted": news gives a person's full name once and then the
 * surname (or, in familiar copy, the first name) alone (AP Stylebook, "names": on second reference use only the last
 * name). A one-word actor that is the first or last word of exactly one full name the same document gave as a
 * subject or a speaker takes that name's key, so both short forms match each other and the full name. With two full
 * names that fit ("Mara Pellow", "Mara Quint") it stays as written.
 */
export function resolveShortNames(claims: readonly Claim[], aliases: ReadonlyMap<string, string>): void {
  const full = fullNames(claims);
  if (full.length === 0) return;
  for (const claim of claims) {
    const actor = claim.proposition.actor;
    const word = actor?.text.trim();
    if (!actor || word === undefined || !NAME_WORD.test(word)) continue;
    const fits = full.filter((name) => name[0] === word || name.at(-1) === word);
    if (fits.length !== 1) continue;
    claim.proposition.actor = { ...actor, key: actorKey(fits[0]!.map((w) => w.toLowerCase()), aliases) };
  }
}

/** The distinct full names (two or more words) of the document's named speakers and subjects, as words. */
function fullNames(claims: readonly Claim[]): string[][] {
  const names = new Map<string, string[]>();
  for (const claim of claims) {
    // "Our captain Len Dorrity was not among those suspended": a person may be named first as what is acted on.
    const theme = claim.proposition.theme;
    const person = theme && !claim.places.some((p) => p.span.start < theme.span.end && theme.span.start < p.span.end) ? theme.text : undefined;
    const subjects = [claim.attribution.holderKind === 'named' ? claim.attribution.holder : undefined, claim.proposition.actor?.text, person];
    for (const subject of subjects) {
      const name = subject === undefined ? undefined : personNameIn(subject);
      if (name !== undefined) names.set(name, name.split(/\s+/));
    }
  }
  return [...names.values()];
}
