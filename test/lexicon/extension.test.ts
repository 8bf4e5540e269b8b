import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { compareClaims, extractClaims } from '../../src/api/stages.js';
import { resolveOptions } from '../../src/api/options.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { OptionsInput } from '../../src/model/options.js';

let documents = 0;
/** Each claim from its own document, as two reports are: one writer repeating itself is never compared. */
const first = (text: string, options?: OptionsInput) => extractClaims({ id: `d${++documents}`, text }, options)[0]!;

describe('per-call lexicon extensions', () => {
  it('a new reporting verb makes a holder appear', () => {
    const text = 'Musk whispered that the rocket exploded.';
    expect(first(text).attribution.holderKind).toBe('author');
    const extended = first(text, { lexicon: { reportingVerbs: { whisper: 'reported' } } });
    expect(extended.attribution).toMatchObject({ holder: 'Musk', holderKind: 'named', stance: 'reported' });
    expect(extended.proposition.span.text).toBe('the rocket exploded');
  });

  it('a new refusal verb makes a refusal', () => {
    const text = 'The senator stonewalled the inquiry.';
    expect(first(text).proposition.state).toBe('affirmed');
    expect(first(text, { lexicon: { refusalVerbs: ['stonewall'] } }).proposition.state).toBe('refused');
  });

  it('a new pending phrase and a new status verb change the state', () => {
    expect(first('The merger is on the table.').proposition.state).toBe('affirmed');
    expect(first('The merger is on the table.', { lexicon: { pendingPhrases: ['on the table'] } }).proposition.state).toBe('pending');
  });

  it('a new place gets its containers', () => {
    const text = 'The ship docked at Plouzané on Monday.';
    expect(first(text).places.map((p) => [p.key, p.within])).toEqual([['plouzané', []]]);
    const place = first(text, { lexicon: { places: { france: ['Plouzané'] } } }).places;
    expect(place.map((p) => [p.name, p.key, p.within])).toEqual([['Plouzané', 'plouzane', ['france', 'europe']]]);
  });

  it('aliases and opposites extend through the lexicon option as through the top-level ones', () => {
    const a = first('Acme Corp approved the merger on Monday.');
    const b = first('The conglomerate did not approve the merger on Monday.');
    expect(compareClaims(a, b)).toBeNull();
    const aliases = { acme: ['acme corp', 'the conglomerate', 'conglomerate'] };
    expect(compareClaims(a, b, { aliases })?.kind).toBe('polarity');
    expect(compareClaims(a, b, { lexicon: { aliases } })?.kind).toBe('polarity');
    const x = first('The board praised the plan on Monday.');
    const y = first('The board mocked the plan on Monday.');
    expect(compareClaims(x, y)).toBeNull();
    expect(compareClaims(x, y, { opposites: [['praise', 'mock']] })?.kind).toBe('opposition');
    expect(compareClaims(x, y, { lexicon: { opposites: [['praise', 'mock']] } })?.kind).toBe('opposition');
  });

  it('calls without extensions share the one cached shipped lexicon and give the same claims', () => {
    expect(buildLexicon(resolveOptions({}))).toBe(buildLexicon());
    expect(buildLexicon(resolveOptions({ lexicon: {} }))).toBe(buildLexicon());
    expect(buildLexicon(resolveOptions({ lexicon: { refusalVerbs: ['stonewall'] } }))).not.toBe(buildLexicon());
    const text = 'Police said two men were arrested in Leeds on Monday, but officials denied that anyone was held.';
    expect(analyze(text, { lexicon: {} }).claims).toEqual(analyze(text).claims);
    expect(analyze(text, { lexicon: { refusalVerbs: ['stonewall'] } }).claims).toEqual(analyze(text).claims);
  });

  it('an extension leaves the shipped lexicon unchanged for later calls', () => {
    first('The senator stonewalled the inquiry.', { lexicon: { refusalVerbs: ['stonewall'] } });
    expect(first('The senator stonewalled the inquiry.').proposition.state).toBe('affirmed');
    expect(buildLexicon().refusalVerbs).not.toContain('stonewall');
  });
});
