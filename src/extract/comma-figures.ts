import * as chrono from 'chrono-node/en';

/**
 * "In March, 2,000 people marched", "On Monday, 12 people were hurt": the comma closes a fronted time adverbial
 * (Quirk et al. 1985 § 8.21) and the figure after it opens the clause, but chrono takes the figure as the date's day,
 * hour or year ("March 2", "Monday at 12", "May 2040"). A result that ends in a bare figure straight after a comma
 * that follows a word is read again without it. A date runs on past its comma when a month or a clock mark follows
 * the figure (chrono then ends on that, not on the figure: "Tuesday, 12 May") or the figure is a year ("March, 2024").
 */
const COMMA_FIGURE = /^(.*[A-Za-z])\s*,\s*(\d+)$/s;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** What may continue a figure in the text that chrono did not take: a digit group ("2,000") or a decimal. */
const FIGURE_GOES_ON = /^[.,]\d/;

export function withoutCommaFigure(slice: string, result: chrono.ParsedResult, anchor: Date): chrono.ParsedResult | undefined {
  const m = COMMA_FIGURE.exec(result.text);
  if (m === null) return result;
  const after = slice.slice(result.index + result.text.length);
  if (YEAR.test(m[2]!) && !FIGURE_GOES_ON.test(after)) return result;
  const head = m[1]!;
  // Read from the slice's start, so the result's index is the slice's like every other result's.
  const again = chrono.parse(slice.slice(0, result.index + head.length), anchor, { forwardDate: false }).find((r) => r.index === result.index);
  return again?.text === head ? again : undefined;
}
