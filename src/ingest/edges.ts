/**
 * Where the trailing run of characters that pass `test` begins (text.length when there is none). A loop, not a
 * `[…]+$` regex: an anchored trailing class is retried from every start and turns quadratic on long runs.
 */
export function trailingRunStart(text: string, test: (ch: string) => boolean): number {
  let i = text.length;
  while (i > 0 && test(text[i - 1]!)) i--;
  return i;
}

/** Likewise for the leading run. */
export function leadingRunEnd(text: string, test: (ch: string) => boolean): number {
  let i = 0;
  while (i < text.length && test(text[i]!)) i++;
  return i;
}

export const isSpace = (ch: string): boolean => /\s/.test(ch);
