import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { resolveOptions } from '../../src/api/options.js';
import { ConflictIndex } from '../../src/index-store/conflict-index.js';
import { GainsayError } from '../../src/model/errors.js';

function thrown(run: () => unknown): GainsayError {
  try {
    run();
  } catch (error) {
    if (error instanceof GainsayError) return error;
    throw error;
  }
  throw new Error('expected a GainsayError');
}

describe('options are strict', () => {
  it.each([
    ['a top-level key', { bogusOption: 1 }, ['options'], 'bogusOption'],
    ['a key inside limits', { limits: { maxDocs: 3 } }, ['options', 'limits'], 'maxDocs'],
    ['a key inside bands', { bands: { medium: 0.5, high: 0.8, low: 0.1 } }, ['options', 'bands'], 'low'],
  ])('rejects %s with invalid-options naming it', (_what, options, path, key) => {
    const error = thrown(() => analyze('The mayor resigned.', options as never));
    expect(error.code).toBe('invalid-options');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toEqual(path);
    expect(error.issues[0]!.message).toContain(`"${key}"`);
  });

  it('rejects an unknown key in a ConflictIndex too, and accepts every known key', () => {
    expect(thrown(() => new ConflictIndex({ minmatch: 0.5 } as never)).message).toContain('"minmatch"');
    const known = { aliases: {}, opposites: [], reliability: {}, weights: {}, bands: { medium: 0.5, high: 0.8 }, minMatch: 0.4, referenceDate: '2025-01-01', limits: { maxPairs: 10 } };
    expect(resolveOptions(known).limits.maxPairs).toBe(10);
  });
});
