import nlp from 'compromise';

/**
 * compromise's 'contractions' step (src/1-one/contraction-one/compute/contractions/index.js) changes a text only at
 * a word of its contractions list ("cannot", "alot"), a contraction it knows by the parts around the apostrophe
 * ("we'll", "isn't", "how'd", "there's", "l'amour"), a figure with a dash ("44-2") or a figure glued to a unit ("4km");
 * at every other word, a possessive ("Apple's") among them, it only compares the word with each entry of the list,
 * about sixty. A text with none of those words is left as the step would leave it, without running the step.
 */

/** The step's own tests: byApostrophe, numDash, and number-unit.js's numUnit (read on the term's text). */
const APOSTROPHE = /'/;
const NUMBER_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;
/** The step's code after its list: byEnd's endings ("isn't", "how'd") and byStart's French openings ("j'aime", "l'amour", "d'amerique"). */
const ENDINGS: ReadonlySet<string> = new Set(['t', 'd']);
const OPENINGS: ReadonlySet<string> = new Set(['j', 'l', 'd']);

interface CompromiseTerm {
  text: string;
  normal: string;
}
interface Contraction {
  word?: string;
  before?: string;
  after?: string;
}
/** The parts of a compromise View the step reads. */
interface Document {
  document: CompromiseTerm[][];
}
/** What the list's entries match on (knownOnes): a whole word, the part after the apostrophe, or the part before it. */
interface Listed {
  size: number;
  words: ReadonlySet<string | undefined>;
  afters: ReadonlySet<string>;
  befores: ReadonlySet<string>;
}

/** The contractions list's words and parts, kept per list and rebuilt if the list grows (a host's plugin). */
const listed = new WeakMap<readonly Contraction[], Listed>();

function contractionParts(list: readonly Contraction[]): Listed {
  const known = listed.get(list);
  if (known && known.size === list.length) return known;
  const parts = {
    size: list.length,
    words: new Set(list.map((c) => c.word)),
    afters: new Set(list.flatMap((c) => (c.after === undefined ? [] : [c.after]))),
    befores: new Set(list.flatMap((c) => (c.before === undefined ? [] : [c.before]))),
  };
  listed.set(list, parts);
  return parts;
}

/** A word with an apostrophe the step would split: by the list's parts around it, byEnd, byStart, or "there's". */
function splitsAtApostrophe(normal: string, list: Listed): boolean {
  const [before = '', after = ''] = normal.split(APOSTROPHE);
  if (list.afters.has(after) || (list.befores.has(before) && after.length > 2)) return true;
  return ENDINGS.has(after) || OPENINGS.has(before) || (before === 'there' && after === 's');
}

/** Whether compromise's 'contractions' step could change the view: false when it would leave every word as it is. */
export function mayContract(view: Document): boolean {
  const list = contractionParts((nlp.model() as { one: { contractions?: Contraction[] } }).one.contractions ?? []);
  for (const terms of view.document) {
    for (const t of terms) {
      if (list.words.has(t.normal) || NUMBER_DASH.test(t.normal) || NUMBER_UNIT.test(t.text)) return true;
      if (APOSTROPHE.test(t.normal) && splitsAtApostrophe(t.normal, list)) return true;
    }
  }
  return false;
}

/**
 * Whether compromise's 'contractionTwo' step (src/2-two/contraction-two/compute/index.js) could change the view: it
 * reads only words with an apostrophe ("Apple's", "isn't"), so a text without one is left as it is.
 */
export function mayContractTwo(view: Document): boolean {
  return view.document.some((terms) => terms.some((t) => APOSTROPHE.test(t.normal)));
}
