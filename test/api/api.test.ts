import { describe, expect, it } from 'vitest';
import { analyze, GainsayError } from '../../src/index.js';

const thrown = (run: () => unknown): GainsayError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GainsayError) return error;
    throw error;
  }
  throw new Error('expected a GainsayError');
};

describe('input errors', () => {
  it('names the path of a missing document text', () => {
    const error = thrown(() => analyze({ documents: [{ id: 'a', text: 'The mayor resigned.', source: 'A' }, { id: 'b', source: 'B' }] } as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((i) => i.path)).toContainEqual(['documents', 1, 'text']);
  });

  it('rejects duplicate document ids', () => {
    const error = thrown(() => analyze({ documents: [{ id: 'a', text: 'One.', source: 'A' }, { id: 'a', text: 'Two.', source: 'B' }] }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]!.path[0]).toBe('documents');
  });

  it('rejects a bad option', () => {
    const error = thrown(() => analyze('The mayor resigned.', { minMatch: 2 }));
    expect(error.code).toBe('invalid-options');
    expect(error.issues.map((i) => i.path)).toContainEqual(['options', 'minMatch']);
  });

  it('enforces maxDocuments with limit-exceeded', () => {
    const documents = [1, 2, 3].map((n) => ({ id: `d${n}`, text: 'The mayor resigned.', source: `S${n}` }));
    const error = thrown(() => analyze({ documents }, { limits: { maxDocuments: 2 } }));
    expect(error.code).toBe('limit-exceeded');
    expect(error.issues[0]!.path).toEqual(['documents']);
  });
});

describe('{ claims } input', () => {
  it('keeps the caller ids as document ids, one claim each', () => {
    const report = analyze({
      claims: [
        { id: 'c-17', text: 'The president will attend the summit in Oslo', source: 'Outlet A' },
        { id: 'c-42', text: 'The president will not attend the summit in Oslo', source: 'Outlet B' },
      ],
    });
    expect(report.claims.map((c) => c.documentId)).toEqual(['c-17', 'c-42']);
    expect(report.claims.map((c) => c.text)).toEqual(['The president will attend the summit in Oslo', 'The president will not attend the summit in Oslo']);
  });
});
