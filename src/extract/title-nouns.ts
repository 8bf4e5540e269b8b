import { hasTag, type Term } from './terms.js';

/**
 * "Radio presenter Mia Holm left", "Morning show host Ann Lee said": a lower-case "-er"/"-or" word the tagger read as a
 * comparative adjective, after a noun and right before a personal name, is an agent noun heading a title in apposition
 * before the name (Quirk et al. 1985 § 17.89, designation before a proper noun; § I.34 agentive "-er"/"-or"), so the
 * subject runs through it to the name. A comparative before a name is not English ("faster Ferrari" modifies a noun
 * used as a name, after a determiner); a determiner before the word keeps it an adjective.
 */
const AGENT_FORM = /^[a-z]{3,}(?:er|or)$/;
const TITLE_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular']);

const isPersonalName = (t: Term | undefined): boolean => t !== undefined && t.capitalized && (hasTag(t, 'Person') || hasTag(t, 'ProperNoun'));

export function retagTitleNouns(terms: readonly Term[]): Term[] {
  const out = [...terms];
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i]!;
    if (t.capitalized || !AGENT_FORM.test(t.lower) || !hasTag(t, 'Comparative') || hasTag(t, 'Verb')) continue;
    if (!hasTag(out[i - 1], 'Noun') || hasTag(out[i - 1], 'Determiner') || out[i - 1]!.commaAfter || t.commaAfter) continue;
    if (isPersonalName(out[i + 1]) && isPersonalName(out[i + 2])) out[i] = { ...t, tags: TITLE_TAGS };
  }
  return out;
}
