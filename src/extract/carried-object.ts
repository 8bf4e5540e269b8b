import type { Range } from '../ingest/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { PHRASAL_VERBS_OF_CARRYING } from '../lexicon/phrasal-verbs.js';
import { PERSONAL_PRONOUNS } from '../lexicon/grammar-words.js';
import { nounKinship } from '../relate/wordnet-nouns.js';
import { isNominal } from './noun-phrases.js';
import { hasTag, type Term } from './terms.js';

/**
 * "picked up 47 migrants", "a tanker picked up the crew": a phrasal verb whose object names a person, a group of people
 * or a vehicle takes its carrying sense (lexicon/phrasal-verbs.ts PHRASAL_VERBS_OF_CARRYING) in place of its general one.
 */

/** The personal pronouns that name people ("it" may name anything). */
const PRONOUNS: ReadonlySet<string> = new Set(PERSONAL_PRONOUNS.filter((p) => p !== 'it'));
/**
 * WordNet 3.1 nouns a carried object is a kind of (wordnet-nouns.json, first senses): person.n.01, organization.n.01
 * (a crew, a family, a team), vehicle.n.01 and craft.n.02 (a vehicle for travel by water or air, so a tanker, whose
 * vehicle hypernym lies beyond the table's four levels).
 */
const CARRIED_KINDS: readonly string[] = ['person', 'organization', 'vehicle', 'craft'];

/** The carrying meaning of the phrasal verb `phrase` ("pick up") when the object in `theme` is carried; else undefined. */
export function carryingSense(phrase: string, terms: readonly Term[], theme: Range | undefined, lexicon: Lexicon): string | undefined {
  const meaning = Object.hasOwn(PHRASAL_VERBS_OF_CARRYING, phrase) ? PHRASAL_VERBS_OF_CARRYING[phrase] : undefined;
  if (meaning === undefined || theme === undefined) return undefined;
  const head = objectHead(terms, theme);
  return head && isCarried(head, lexicon) ? meaning : undefined;
}

/** The head of the object phrase: its last noun before any preposition ("the crew of the trawler" → crew). */
function objectHead(terms: readonly Term[], theme: Range): Term | undefined {
  let head: Term | undefined;
  for (const t of terms) {
    if (t.start < theme.start || t.end > theme.end) continue;
    if (head && hasTag(t, 'Preposition')) break;
    if (isNominal(t) || PRONOUNS.has(t.lower)) head = t;
    if (t.commaAfter) break;
  }
  return head;
}

/**
 * A personal pronoun, a person's name, or a noun WordNet files under a carried kind; a counted noun grouped with such a
 * noun (lexicon countedNounGroups: "migrants" with "refugees") counts as one, since both count the same individuals.
 */
function isCarried(head: Term, lexicon: Lexicon): boolean {
  if (PRONOUNS.has(head.lower) || hasTag(head, 'Person')) return true;
  if (isCarriedKind(head.lower)) return true;
  return lexicon.countedNounGroups.some((group) => group.includes(head.lower) && group.some((w) => w !== head.lower && !w.includes(' ') && isCarriedKind(w)));
}

function isCarriedKind(noun: string): boolean {
  return CARRIED_KINDS.some((kind) => {
    const kinship = nounKinship(noun, kind);
    return kinship === 'same' || kinship === 'narrower';
  });
}
