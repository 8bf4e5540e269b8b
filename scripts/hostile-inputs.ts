/**
 * Named hostile inputs of exactly 100,000 characters, each built to defeat a naive segmenter, tokenizer or
 * regular expression. The robustness tests run every one; the bench times them (`HOSTILE_INPUTS`).
 */

/** Length of every hostile input, in UTF-16 code units. */
export const HOSTILE_LENGTH = 100_000;

export interface HostileInput {
  name: string;
  /** What it attacks, in a line. */
  attacks: string;
  text: string;
}

/** `unit` repeated and cut to exactly HOSTILE_LENGTH code units (never splitting a surrogate pair). */
export function fill(unit: string, length = HOSTILE_LENGTH): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const last = text.charCodeAt(length - 1);
  const splitPair = last >= 0xd800 && last <= 0xdbff;
  return splitPair ? `${text.slice(0, length - 1)} ` : text;
}

const HALF = HOSTILE_LENGTH / 2;

const CITATION_LIST = `[${Array.from({ length: 12 }, (_, i) => i + 1).join(', ')}]`;

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'open brackets', attacks: 'bracket depth tracking and citation markers that never close', text: fill('[') },
  { name: 'bracket pairs', attacks: 'empty citation markers', text: fill('[]') },
  { name: 'spaces', attacks: 'trimming and empty sentences', text: fill(' ') },
  { name: 'line breaks', attacks: 'line-by-line sentence splitting', text: fill('\r\n') },
  { name: 'double quotes', attacks: 'quote pairing', text: fill('"') },
  { name: 'curly quotes', attacks: 'quote folding and pairing', text: fill('\u201C\u201D\u2018\u2019') },
  { name: 'single quotes', attacks: 'apostrophe versus quotation mark decisions', text: fill("'") },
  { name: 'digits', attacks: 'number, year and phone-chain readers', text: fill('7') },
  { name: 'spaced digits', attacks: 'phone chains and date cues in one long sentence', text: fill('2024 ') },
  { name: 'Mr. repeated', attacks: 'abbreviation checks before every full stop', text: fill('Mr. ') },
  { name: 'initials repeated', attacks: 'initials ("A.") that never end a sentence', text: fill('A. ') },
  { name: 'dots', attacks: 'terminator runs', text: fill('.') },
  { name: 'nested parentheses', attacks: 'nesting depth', text: `${'('.repeat(HALF)}${')'.repeat(HALF)}` },
  { name: 'one long word', attacks: 'a single 100,000-letter token', text: fill('a') },
  { name: 'citation storm', attacks: `a ${CITATION_LIST} marker after every word`, text: fill(`word ${CITATION_LIST} `) },
  { name: 'citation range storm', attacks: 'marker ranges that would expand to thousands of sources', text: fill('said [1-999] ') },
  { name: 'short sentences', attacks: 'per-clause parsing cost over thousands of real sentences', text: fill('Officials said Putin will not attend the talks in Istanbul on May 16, 2025 [2, 3]. ') },
  { name: 'combining marks', attacks: 'one letter followed by a flood of combining accents', text: `e${fill('\u0301', HOSTILE_LENGTH - 1)}` },
  { name: 'emoji', attacks: 'surrogate pairs and joiners', text: fill('👩‍👩‍👧 ') },
  { name: 'right-to-left text', attacks: 'non-Latin script detection', text: fill('مرحبا بالعالم. ') },
  { name: 'unclosed tag', attacks: 'markup stripping that scans for a closing ">"', text: `<a${fill('-a', HOSTILE_LENGTH - 2)}` },
  { name: 'trailing punctuation', attacks: 'end-anchored trims over long runs of spaces and stops', text: `Putin will attend${fill(' .;,:', HOSTILE_LENGTH - 17)}` },
  { name: 'numbers with units', attacks: 'quantity ranges and unit phrases', text: fill('between 30 and 40 km / h, at least 2 to 3 million, ') },
];
