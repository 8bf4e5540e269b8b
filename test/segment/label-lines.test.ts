import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

/**
 * A heading line ("Carsington Water: watersports hire.") states nothing: it is listed as skipped with reason
 * 'heading', never read as a claim. A colon before a clause or a figure keeps the sentence. Invented sentences.
 */
const read = (text: string) => {
  const r = analyze({ documents: [{ id: 'd', source: { name: 'Dale Guide' }, text }] });
  return { skipped: r.skipped.map((s) => [s.span.text, s.reason]), claims: r.claims.map((c) => c.text) };
};

describe('heading lines', () => {
  it('a name, a colon and a short lower-case topic is a heading', () => {
    expect(read('Ullswater Quay: rowing boat hire. The hire firm will lose its licence in October.')).toEqual({
      skipped: [['Ullswater Quay: rowing boat hire.', 'heading']],
      claims: ['The hire firm will lose its licence in October'],
    });
  });
  it('a colon before a clause keeps the sentence', () => {
    expect(read('Ullswater Quay: the hire firm will lose its licence in October.').skipped).toEqual([]);
  });
  it('a colon before a figure keeps the sentence', () => {
    expect(read('Ullswater Quay: two boats sank.').skipped).toEqual([]);
  });
});
