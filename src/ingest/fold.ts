import { nullPrototype } from '../model/records.js';
/**
 * Typographic characters folded to ASCII, one UTF-16 unit for one, so offsets survive normalisation.
 * Anything not listed is kept as it is.
 */
const FOLD: Readonly<Record<string, string>> = nullPrototype({
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '\u0060': "'",
  '\u00B4': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"',
  '\u00BB': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\u00A0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ',
  '\u202F': ' ', '\u3000': ' ', '\u200B': ' ', '\uFEFF': ' ', '\r': ' ', '\t': ' ', '\u2028': '\n',
  '\u2029': '\n', '\u0085': '\n',
});
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** The same-length view of `text` that every later stage reads. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLD[c] ?? c);
}
