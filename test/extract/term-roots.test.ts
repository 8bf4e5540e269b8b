import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { rootOf } from '../../src/extract/term-roots.js';
import { parseTerms } from '../../src/extract/terms.js';

interface RawTerm {
  text: string;
  normal?: string;
  machine?: string;
  root?: string;
  tags: Set<string>;
}

/** compromise's own 'root' step on a fully tagged text, term by term. */
function compromiseRoots(text: string): { text: string; root: string | undefined; ours: string | undefined }[] {
  const doc = nlp(text);
  const before = (doc as unknown as { docs: RawTerm[][] }).docs.flat().map((t) => rootOf(t));
  doc.compute('root');
  return (doc as unknown as { docs: RawTerm[][] }).docs.flat().map((t, i) => ({ text: t.text, root: t.root, ours: before[i] }));
}

// Invented sentences covering every tag the root step reads: plurals (regular and irregular), possessives, copulas,
// past tenses, gerunds, present tenses and infinitives, comparatives, superlatives and adverbs.
const SENTENCES = [
  "The ferry's crew said the children were rescued from two islands after the storms.",
  'Mice and geese are moving quickly across the widest fields, faster than the wolves that chased them.',
  'She walks to the harbour, he swims, and they will sail tomorrow; the dancers were dancing happily.',
  "The council's leaders had denied that the bridges were closing; the happiest voters went home earlier.",
  'The women bought cheaper tickets and the men carried heavier boxes than the policies allowed.',
];

describe("rootOf gives each term the root compromise's own 'root' step gives it", () => {
  it.each(SENTENCES)('%s', (text) => {
    const terms = compromiseRoots(text);
    expect(terms.length).toBeGreaterThan(8);
    for (const t of terms) expect({ text: t.text, root: t.ours }).toEqual({ text: t.text, root: t.root });
  });

  it('changes some words and leaves others', () => {
    const roots = new Map(compromiseRoots('The geese were flying over the lakes quickly.').map((t) => [t.text, t.ours]));
    expect(roots.get('geese')).toBe('goose');
    expect(roots.get('flying')).toBe('fly');
    expect(roots.get('lakes')).toBe('lake');
    expect(roots.get('The')).toBeUndefined();
  });
});

describe('parseTerms: a clause text tagged once serves every place it stands', () => {
  it('the same words at another offset keep their tags and roots, with offsets of the new place', () => {
    const clause = 'The ferries were cancelled';
    const view = `${clause}. Officials said ${clause}, then left.`;
    const second = view.lastIndexOf(clause);
    const a = parseTerms(view, { start: 0, end: clause.length }, 'quick');
    const b = parseTerms(view, { start: second, end: second + clause.length }, 'quick');
    expect(b.map((t) => [t.lower, t.root, [...t.tags]])).toEqual(a.map((t) => [t.lower, t.root, [...t.tags]]));
    expect(b.map((t) => t.start - second)).toEqual(a.map((t) => t.start));
    // What follows each place is read there: a comma after the second, a full stop after the first.
    expect(a.at(-1)?.commaAfter).toBe(false);
    expect(b.at(-1)?.commaAfter).toBe(true);
  });
});
