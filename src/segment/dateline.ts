import type { Range } from '../ingest/types.js';
import { OUTLET_NAME_WORDS } from '../lexicon/outlet-words.js';
import { LINE_LABELS } from '../lexicon/page-furniture.js';

/**
 * A wire dateline at the head of a paragraph (AP Stylebook, "datelines"): the place in capitals, an optional state or
 * country, an optional agency in parentheses, a dash — "NEW YORK (AP) — …", "LONDON (Reuters) - …", "WASHINGTON — …",
 * "Tartus, Syria (LevantNews.com) …". It names where the story was filed, not who did anything: read as part of the
 * first sentence it became that sentence's actor ("NEW YORK (AP) — Globex Corp").
 */

/** Capitals only, one to four words: "NEW YORK", "LAS VEGAS", "ST. PETERSBURG". */
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}`;
/** A place in any case, with an optional ", State": "Tartus, Syria", "Dayton, Ohio". */
const ANY_PLACE = String.raw`[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,3}(?:, [A-Z][\p{L}.'’ ]{1,30})?`;
const AGENCY = String.raw`\(([^()\n]{2,40})\)`;
/** A filing date after the place, as wire services write it (Reuters: "LONDON, Oct 12 (Reuters) -"): ", Oct 12", ", October 12". */
const FILED = String.raw`(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2})?`;
const DASH = String.raw`(?:—|–|--?)`;
/** Capitals, an optional state, an optional filing date, an optional agency, then a dash and a capitalised word. */
const CAPS_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}(?:, [A-Z][\p{L}.'’ ]{1,30})?${FILED}(?: ${AGENCY})? ?${DASH} (?=[\p{Lu}"“‘'])`, 'u');
/** A place in any case with an agency in parentheses; the dash is optional. */
const AGENCY_DATELINE = new RegExp(String.raw`^${ANY_PLACE}${FILED} ${AGENCY}(?: ?${DASH})? (?=[\p{Lu}"“‘'])`, 'u');
const OUTLET_WORDS = new Set(OUTLET_NAME_WORDS);
const DOMAIN = /\.(?:com|net|org|co\.uk|tv)\b/i;

/** An agency in parentheses is an outlet: one of its words is an outlet word, or it is a web domain. */
function isAgency(inside: string): boolean {
  return DOMAIN.test(inside) || inside.toLowerCase().split(/[^a-z0-9]+/).some((w) => OUTLET_WORDS.has(w));
}

/** A page label in capitals with its capitalised words ("WARNING CONTAINS GRAPHIC IMAGES"), heading a dateline. */
const CAPS_LABEL = new RegExp(String.raw`^(?:${LINE_LABELS.filter((l) => /^[a-z]+$/.test(l)).map((l) => l.toUpperCase()).join('|')})(?: [A-Z]{2,}){0,6} `, 'u');

/** The dateline's length at the start of `text`, trailing space included, with a capitalised page label before it. */
export function datelineLength(text: string): number {
  const label = CAPS_LABEL.exec(text);
  const after = label ? bareDatelineLength(text.slice(label[0].length)) : 0;
  return after > 0 ? label![0].length + after : bareDatelineLength(text);
}

/** The dateline's length at the start of `text`, trailing space included; 0 when there is none. */
function bareDatelineLength(text: string): number {
  // A capitals dateline needs its dash, an agency dateline its bracket: most sentences have neither, and skip the patterns.
  const caps = DASH_CHARACTER.test(text) ? CAPS_DATELINE.exec(text) : null;
  if (caps && (caps[1] === undefined || isAgency(caps[1]))) return caps[0].length;
  const agency = text.includes('(') ? AGENCY_DATELINE.exec(text) : null;
  return agency && isAgency(agency[1]!) ? agency[0].length : 0;
}
const DASH_CHARACTER = /[—–-]/;

/** Only white space, ending in a line break or the text's start, stands before `at`. */
function opensParagraph(view: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && view[i] !== '\n' && /\s/.test(view[i]!)) i--;
  return i < 0 || view[i] === '\n';
}

/**
 * A sentence that opens a paragraph and starts with a dateline becomes two ranges: the dateline (flagged, so it is
 * listed as skipped page furniture) and the sentence after it.
 */
export function splitDateline(view: string, range: Range): (Range & { dateline?: true })[] {
  const length = opensParagraph(view, range.start) ? datelineLength(view.slice(range.start, range.end)) : 0;
  if (length === 0 || range.start + length >= range.end) return [range];
  const line = view.slice(range.start, range.start + length).trimEnd();
  return [{ start: range.start, end: range.start + line.length, dateline: true }, { start: range.start + length, end: range.end }];
}
