/** numerator / denominator, or null when the denominator is 0 (a rate over nothing is undefined, not 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * F1 as 2·hits / (predicted + gold): the harmonic mean of precision and recall where both exist, 0 when
 * something was expected or predicted but nothing hit, and null only when there was nothing on either side.
 */
export function f1Score(hits: number, predicted: number, gold: number): number | null {
  return ratio(2 * hits, predicted + gold);
}
