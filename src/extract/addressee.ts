import { derived, type Lexicon } from '../lexicon/index.js';
import type { Token } from '../segment/tokens.js';
import { PERSON_NOUNS } from '../lexicon/wordnet-person-nouns.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';

const addressees = (lexicon: Pick<Lexicon, 'addressees'>): ReadonlySet<string> => new Set(lexicon.addressees);
const ADDRESSEE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);
/** Words that open the clause after an addressee: determiners and pronouns (Quirk §§ 5.13, 6.12). */
const CLAUSE_OPENING = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'no', 'this', 'these', 'those']);
/** Prepositions: "told the story of a flood" has an object, not an addressee and a clause. */
const ADDRESSEE_BREAK = new Set(['of', 'about', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'by', 'that']);
/** An addressee phrase is short: "a town hall meeting". */
const MAX_ADDRESSEE_WORDS = 5;

/**
 * Words in the addressee of "told": "reporters", "the BBC", "a news conference" (0 when it is not one); failing
 * those, a name ("told KMOV …") or a short determiner phrase ("told a radio station …") followed by the opening of
 * a clause: a determiner, a possessive or subject pronoun, a number or a capitalised word ("… his striker would miss").
 */
export function objectLength(tokens: readonly Token[], at: number, lexicon: Pick<Lexicon, 'addressees'>): number {
  const ADDRESSEES = derived(lexicon, addressees);
  const first = tokens[at];
  if (!first) return 0;
  const second = tokens[at + 1];
  // "told her story": "her" before a noun is its possessive determiner, not the addressee ("told her the plan …").
  if (ADDRESSEES.has(first.lower) && !(first.lower === 'her' && possessiveBefore(second))) return 1;
  // "told officers the figure was wrong", "told volunteers it would close": a bare plural noun for people, then a clause.
  if (peoplePlural(first.lower) && second !== undefined && CLAUSE_OPENING.has(second.lower)) return 1;
  if ((first.lower === 'the' || first.lower === 'a') && second && (second.capitalized || ADDRESSEES.has(second.lower))) return 2;
  // "told state lawmakers the …": a modified addressee noun, then a clause.
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 3); k++) {
    if (tokens[k - 1]!.kind !== 'word') break;
    if (ADDRESSEES.has(tokens[k]!.lower) && CLAUSE_OPENING.has(tokens[k + 1]!.lower)) return k - at + 1;
  }
  const nominative = beforeNominative(tokens, at);
  if (nominative > 0) return nominative;
  const isDeterminer = ADDRESSEE_DETERMINERS.has(first.lower);
  if (!isDeterminer && !first.capitalized) return 0;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 1 + MAX_ADDRESSEE_WORDS); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || ADDRESSEE_BREAK.has(t.lower)) return 0;
    // A name runs on while capitalised; a determiner phrase runs to the first word that opens a clause.
    if (!isDeterminer && t.capitalized) continue;
    if (CLAUSE_OPENING.has(t.lower) || t.kind === 'number' || (isDeterminer && t.capitalized)) return k - at;
    if (!isDeterminer) return 0;
  }
  return 0;
}


/** A word after "her" that makes it a possessive: a word that opens no clause and no phrase after an addressee. */
function possessiveBefore(next: Token | undefined): boolean {
  return next !== undefined && next.kind === 'word' && !CLAUSE_OPENING.has(next.lower) && !ADDRESSEE_BREAK.has(next.lower) && !next.capitalized;
}

const PEOPLE: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...ROLE_NOUNS]);

/** A plural of a noun that names a person in its first sense (WordNet) or a role ("officers", "volunteers", "witnesses"). */
function peoplePlural(lower: string): boolean {
  return lower === 'people' || (lower.endsWith('s') && (PEOPLE.has(lower.slice(0, -1)) || (lower.endsWith('es') && PEOPLE.has(lower.slice(0, -2)))));
}

/** Subject-only pronouns (Quirk § 6.2, subjective case): after a noun phrase they can only open a clause. */
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);
/** "it" opens a clause when a finite auxiliary or modal follows it ("told investors it would …"). */
const FINITE_AFTER_IT = new Set(['would', 'will', 'had', 'has', 'was', 'is', 'could', 'can', 'might', 'may', 'should', 'must', 'did', 'does']);

/**
 * "told air traffic control he had lost an engine", "informed investors it would miss": a short run of words ended by
 * a subject-case pronoun is the addressee, and the pronoun opens the clause (Quirk §§ 6.2, 16.64); 0 when none.
 */
function beforeNominative(tokens: readonly Token[], at: number): number {
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 1 + MAX_ADDRESSEE_WORDS); k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]!.kind !== 'word' || ADDRESSEE_BREAK.has(tokens[k - 1]!.lower)) return 0;
    if (NOMINATIVE.has(t.lower) || (t.lower === 'it' && FINITE_AFTER_IT.has(tokens[k + 1]!.lower))) return k - at;
  }
  return 0;
}
