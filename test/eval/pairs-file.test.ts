import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPairs, parsePairsJsonl } from '../../src/eval/pairs-file.js';
import { GainsayError } from '../../src/model/errors.js';

const RTE3 = new URL('../../../shared/data/rte3-dev/pairs.jsonl', import.meta.url);
const hasRte3 = existsSync(RTE3);
if (!hasRte3) console.warn('[gainsay] ../shared/data is absent: the rte3-dev parse check is skipped.');

const line = (o: object) => JSON.stringify(o);

function errorOf(run: () => unknown): GainsayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GainsayError) return error;
    throw error;
  }
  throw new Error('expected a GainsayError');
}

describe('parsePairsJsonl', () => {
  it('reads pairs, skips blank lines, ignores extra fields and names id-less pairs by line', () => {
    const text = [
      line({ id: 'a', premise: 'Rebels took the airport.', hypothesis: 'Rebels failed to take the airport.', label: 'contradiction', kind: 'polarity', source: 'written' }),
      '',
      line({ premise: 'The final was played in Istanbul.', hypothesis: 'The final was played in Turkey.', label: 'entailment', task: 'IE' }),
      '   ',
    ].join('\r\n');
    expect(parsePairsJsonl(text, 'x.jsonl')).toEqual([
      { id: 'a', premise: 'Rebels took the airport.', hypothesis: 'Rebels failed to take the airport.', label: 'contradiction', kind: 'polarity' },
      { id: 'line-3', premise: 'The final was played in Istanbul.', hypothesis: 'The final was played in Turkey.', label: 'entailment' },
    ]);
  });

  it.each([
    ['{"premise": "a", "hypothesis": "b", "label": "unknown"}\n{oops\n', "x.jsonl: line 2: not valid JSON: Expected property name or '}' in JSON at position 1"],
    ['\n{"premise": "a", "hypothesis": "b", "label": "neutral"}', 'x.jsonl: line 2: label: Invalid option: expected one of "entailment"|"contradiction"|"unknown"'],
    ['{"premise": "a", "hypothesis": "b", "label": "entailment", "kind": "numeric"}', 'x.jsonl: line 1: kind: a kind is allowed only on a contradiction'],
    ['{"premise": "a", "hypothesis": "b", "label": "contradiction", "kind": "negation"}', 'x.jsonl: line 1: kind: Invalid option: expected one of "polarity"|"opposition"|"status"|"numeric"|"temporal"|"location"|"quote"|"attribution"|"actor"'],
    ['{"premise": "  ", "hypothesis": "b", "label": "unknown"}', 'x.jsonl: line 1: premise: must not be empty'],
    ['{"premise": "a", "label": "unknown"}', 'x.jsonl: line 1: hypothesis: Invalid input: expected string, received undefined'],
    ['[1, 2]', 'x.jsonl: line 1: Invalid input: expected object, received array'],
    ['{"id": "p", "premise": "a", "hypothesis": "b", "label": "unknown"}\n\n{"id": "p", "premise": "c", "hypothesis": "d", "label": "unknown"}', 'x.jsonl: line 3: duplicate id "p" (first on line 1)'],
    ['\n\n', 'x.jsonl: no pairs'],
  ])('%j is a GainsayError naming the line', (text, message) => {
    const error = errorOf(() => parsePairsJsonl(text, 'x.jsonl'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
  });

  it.skipIf(!hasRte3)('reads the rte3-dev file as it is', () => {
    const pairs = parsePairsJsonl(readFileSync(RTE3, 'utf8'));
    expect(pairs).toHaveLength(800);
    expect(pairs.filter((p) => p.label === 'contradiction')).toHaveLength(90);
    expect(pairs[0]!.id).toBe('rte3-dev-1');
  });
});

describe('loadPairs', () => {
  it('numbers id-less pairs and rejects duplicate ids by index', () => {
    expect(loadPairs([{ premise: 'a', hypothesis: 'b', label: 'unknown' }])[0]!.id).toBe('pair-1');
    const dup = { id: 'd', premise: 'a', hypothesis: 'b', label: 'unknown' };
    expect(errorOf(() => loadPairs([dup, dup])).message).toBe('pairs.1.id: duplicate id "d"');
  });
});
