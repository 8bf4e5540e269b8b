import nlp from 'compromise';

/**
 * compromise's 'contractions' step (src/1-one/contraction-one/compute/contractions/index.js) changes a text only at
 * a word written with an apostrophe, a word of its contractions list ("cannot", "alot"), a figure with a dash
 * ("44-2") or a figure glued to a unit ("4km"); at every other word it only compares the word with each entry of the
 * list, about sixty. A text with none of those words is left as the step would leave it, without running the step.
 */

/** The step's own tests: byApostrophe, numDash, and number-unit.js's numUnit (read on the term's text). */
const APOSTROPHE = /'/;
const NUMBER_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;

interface CompromiseTerm {
  text: string;
  normal: string;
}
interface Contraction {
  word?: string;
}
/** The parts of a compromise View the step reads. */
interface Document {
  document: CompromiseTerm[][];
}

/** The words of compromise's contractions list, kept per list and rebuilt if the list grows (a host's plugin). */
const listed = new WeakMap<readonly Contraction[], { size: number; words: ReadonlySet<string | undefined> }>();

function contractionWords(list: readonly Contraction[]): ReadonlySet<string | undefined> {
  const known = listed.get(list);
  if (known && known.size === list.length) return known.words;
  const words = new Set(list.map((c) => c.word));
  listed.set(list, { size: list.length, words });
  return words;
}

/** Whether compromise's 'contractions' step could change the view: false when it would leave every word as it is. */
export function mayContract(view: Document): boolean {
  const words = contractionWords((nlp.model() as { one: { contractions?: Contraction[] } }).one.contractions ?? []);
  for (const terms of view.document) {
    for (const t of terms) {
      if (words.has(t.normal) || APOSTROPHE.test(t.normal) || NUMBER_DASH.test(t.normal) || NUMBER_UNIT.test(t.text)) return true;
    }
  }
  return false;
}
