import type { Claim } from '../model/claim.js';
import { actorKey } from './keys.js';
import { NAME_WORD, personNameIn } from './referents.js';

/**
 * "Mara Pellow … Pellow repainted", "Mara Pellow … Mara repainted": news gives a person's full name once and then the
 * surname (or, in familiar copy, the first name) alone (AP Stylebook, "names": on second reference use only the last
 * name). A one-word actor that is the first or last word of exactly one full name the same document gave as a
 * subject or a speaker takes that name's key, so both short forms match each other and the full name. With two full
 * names that fit ("Mara Pellow", "Mara Quint") it stays as written. A quotation's one-word speaker is written out the same way.
 */
export function resolveShortNames(claims: readonly Claim[], aliases: ReadonlyMap<string, string>): void {
  const full = fullNames(claims);
  if (full.length === 0) return;
  for (const claim of claims) {
    const actor = claim.proposition.actor;
    const word = actor?.text.trim();
    if (!actor || word === undefined || !NAME_WORD.test(word)) continue;
    const fits = fitting(full, word);
    if (fits === undefined) continue;
    claim.proposition.actor = { ...actor, key: actorKey(fits.map((w) => w.toLowerCase()), aliases) };
  }
  // '"…," Parry said' after "Ffion Parry": a quotation's one-word speaker is written out as that full name, so a
  // report that calls her "Ffion" credits the same person.
  for (const claim of claims) {
    claim.quotes = claim.quotes.map((q) => {
      const word = q.speaker?.trim();
      const fits = word !== undefined && NAME_WORD.test(word) ? fitting(full, word) : undefined;
      return fits === undefined ? q : { ...q, speaker: fits.join(' ') };
    });
  }
}

/** The one full name whose first or last word the word is; undefined for none or several. */
function fitting(full: readonly string[][], word: string): string[] | undefined {
  const fits = full.filter((name) => name[0] === word || name.at(-1) === word);
  return fits.length === 1 ? fits[0] : undefined;
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
