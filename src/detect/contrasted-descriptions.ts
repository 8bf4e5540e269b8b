import type { Claim, Phrase } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { DEFINITE_DETERMINERS } from '../lexicon/grammar-words.js';
import { lexicalRelation } from '../relate/lexical.js';
import { lemmaOfWord } from '../relate/words.js';

const DEFINITE: ReadonlySet<string> = new Set(DEFINITE_DETERMINERS);
const GENITIVE = /['’]s?$/;

interface Description {
  head: string;
  modifiers: string[];
}

/**
 * A definite description with modifiers before its head ("the old footbridge", "the club's north stand"): what the
 * modifiers pick out among things of the head's kind. An indefinite one ("a small fire") describes, picking out none.
 */
function definiteDescription(phrase: Phrase | undefined): Description | undefined {
  const words = phrase?.text.toLowerCase().split(/[^\p{L}'’-]+/u).filter(Boolean) ?? [];
  if (words.length < 3 || !(DEFINITE.has(words[0]!) || GENITIVE.test(words[0]!))) return undefined;
  const modifiers = words.slice(1, -1).filter((w) => !GENITIVE.test(w));
  return modifiers.length === 0 ? undefined : { head: lemmaOfWord(words.at(-1)!), modifiers };
}

const word = (w: string) => ({ span: { start: 0, end: w.length, text: w }, lower: w, lemma: lemmaOfWord(w) });

/** Two definite descriptions of one head whose modifiers are WordNet antonyms: "the old footbridge" / "the new footbridge". */
function contrasted(x: Description | undefined, y: Description | undefined, lexicon: Lexicon): boolean {
  if (x === undefined || y === undefined || x.head !== y.head) return false;
  return x.modifiers.some((m) => y.modifiers.some((n) => lexicalRelation(word(m), word(n), lexicon)?.relation === 'antonym'));
}

/**
 * The two claims speak of two things of one kind: their subjects, or their themes, are definite descriptions of one
 * head set apart by antonym modifiers ("The old footbridge was designed by Ove Lind" / "The new footbridge was
 * designed by engineers"; "the north stand will close" / "the south stand will not"). A restrictive modifier in a
 * definite description contrasts its referent with others of its kind (Quirk et al. 1985 § 17.3, restrictive
 * premodification; the contrast set of WordNet's direct antonyms), so what holds of the one says nothing of the other.
 */
export function contrastedDescriptions(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  return contrasted(definiteDescription(pa.actor), definiteDescription(pb.actor), lexicon) || contrasted(definiteDescription(pa.theme), definiteDescription(pb.theme), lexicon);
}
