import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { alignClaims, compareClaim, dateMatches, holderMatches, oneToOne, quantityMatches, within, words } from '../../scripts/eval-extraction-compare.js';
import { scoreItem, summarise } from '../../scripts/eval-extraction-score.js';
import { loadSuite, parseSuiteLine, type GoldClaim, type GoldItem } from '../../scripts/eval-extraction-suite.js';
import type { Claim, Place, Quantity, Time } from '../../src/model/claim.js';

const BODIES = new URL('../../../shared/data/fnc1-dev/bodies.csv', import.meta.url);
const hasShared = existsSync(BODIES);
if (!hasShared) console.warn('[gainsay] ../shared/data is absent: the check that real suite sentences are copied from fnc1-dev bodies is skipped.');

const suite = loadSuite();

describe('gold extraction suite (test/fixtures/extraction)', () => {
  it('parses, with unique ids and at least 250 sentences, a third of them from fnc1-dev', () => {
    expect(suite.length).toBeGreaterThanOrEqual(250);
    expect(new Set(suite.map((i) => i.id)).size).toBe(suite.length);
    expect(suite.filter((i) => i.bodyId !== undefined).length).toBeGreaterThanOrEqual(84);
    for (const item of suite) expect(item.claims.length > 0 !== (item.skip !== undefined), item.id).toBe(true);
  });

  it('covers every class of construction that issue 12 lists', () => {
    const classes = new Set(suite.map((i) => i.class));
    const required = [
      'appositive', 'according-to', 'cleft', 'passive-by', 'board-of', 'place-in-subject', 'pronoun-holder', 'pronoun-actor',
      'description-actor', 'description-holder', 'title-surname', 'title-name', 'told-clause', 'declare-object', 'add-clause',
      'call-object', 'announce-clause', 'participial', 'quote-contrast', 'reduced-relative', 'non-restrictive-relative',
      'adverbial-clause', 'hyphenated', 'product-code', 'age', 'determiner-negation', 'still-progressive', 'pending', 'partial',
      'not-exclude', 'denial', 'after', 'when', 'as', 'which', 'short-english', 'other-language', 'boilerplate', 'plain',
    ];
    expect(required.filter((c) => !classes.has(c))).toEqual([]);
    expect(suite.filter((i) => i.claims.length > 1).length).toBeGreaterThanOrEqual(20);
    expect(suite.filter((i) => i.context !== undefined).length).toBeGreaterThanOrEqual(15);
  });

  it.skipIf(!hasShared)('copies every real sentence exactly from its fnc1-dev body', () => {
    const rows = parse(readFileSync(BODIES), { columns: true, bom: true }) as { 'Body ID': string; articleBody: string }[];
    const bodies = new Map(rows.map((r) => [r['Body ID'], r.articleBody]));
    const wrong = suite.filter((i) => i.bodyId !== undefined && !bodies.get(i.bodyId)?.includes(i.text)).map((i) => i.id);
    expect(wrong).toEqual([]);
  });

  it('rejects a malformed line with its file and line', () => {
    const base = { id: 'x-1', source: 'written', class: 'plain', text: 'Prices rose.' };
    expect(() => parseSuiteLine(JSON.stringify({ ...base, skip: 'whatever' }), 'x.jsonl:3')).toThrow(/x\.jsonl:3: skip/);
    expect(() => parseSuiteLine(JSON.stringify({ ...base, source: 'fnc1 body 4', skip: 'question' }), 'x.jsonl:4')).toThrow(/x\.jsonl:4: source/);
    expect(() => parseSuiteLine('{', 'x.jsonl:5')).toThrow(/x\.jsonl:5: not JSON/);
    expect(parseSuiteLine(JSON.stringify({ ...base, source: 'fnc1-dev body 77', skip: 'question' }), 'x.jsonl:6')).toMatchObject({ bodyId: '77', skip: 'question', claims: [] });
  });
});

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
const gold = (over: Partial<GoldClaim>): GoldClaim => ({
  holder: null, anonymous: false, actor: null, predicate: 'close', theme: null, state: 'affirmed', quantities: [], dates: [], places: [], ...over,
});

function claim(over: { holder?: string; kind?: 'named' | 'anonymous' | 'author'; actor?: [string, string]; lemma?: string; theme?: string; state?: Claim['proposition']['state']; quantities?: Partial<Quantity>[]; times?: Partial<Time>[]; places?: Partial<Place>[]; start?: number }): Claim {
  const kind = over.kind ?? 'author';
  return {
    id: 'd:1', documentId: 'd', text: 't', span: span('t', over.start ?? 0),
    attribution: { holder: over.holder ?? 'd', holderKind: kind, stance: 'asserted', sourceIds: ['d'], markers: [], ambiguous: false },
    proposition: {
      span: span('t'), negated: false, state: over.state ?? 'affirmed',
      predicate: { lemma: over.lemma ?? 'close', text: over.lemma ?? 'close', span: span('close') },
      ...(over.actor ? { actor: { text: over.actor[0], key: over.actor[1], span: span(over.actor[0]) } } : {}),
      ...(over.theme ? { theme: { text: over.theme, key: over.theme, span: span(over.theme) } } : {}),
    },
    certainty: { level: 'asserted', value: 0.8, cues: [] },
    quantities: (over.quantities ?? []).map((q) => ({ value: 0, dimension: 'count', base: { from: 0, to: 0 }, bound: 'exact', span: span('0'), ...q })),
    times: (over.times ?? []).map((t) => ({ from: '2024-06-12', to: '2024-06-12', granularity: 'day', relative: false, span: span('x'), ...t })),
    places: (over.places ?? []).map((p) => ({ name: 'x', key: 'x', role: 'at', within: [], span: span('x'), ...p })),
    quotes: [], keys: [],
  };
}

describe('comparison rules', () => {
  it('splits words without case, curly quotes or a possessive, and finds contiguous runs with a final "s" optional', () => {
    expect(words('The Agency’s Chief, U.S. officials')).toEqual(['the', 'agency', 'chief', 'u.s', 'officials']);
    expect(within('port authority', 'a spokeswoman for the Port Authority')).toBe(true);
    expect(within('hostage', 'none of the Hostages')).toBe(true);
    expect(within('authority', 'the authorities')).toBe(false);
    expect(within('authority port', 'the port authority')).toBe(false);
    expect(within('', 'anything')).toBe(false);
  });

  it('credits the speaker, not the outlet, and the author voice only as null', () => {
    expect(holderMatches('Lena Voss', claim({ holder: 'Lena Voss, a spokeswoman for the port authority', kind: 'named' }))).toBe(true);
    expect(holderMatches('Voss', claim({ holder: 'Ms Voss', kind: 'named' }))).toBe(true);
    expect(holderMatches('The Journal', claim({ holder: 'Journal', kind: 'named' }))).toBe(true);
    expect(holderMatches('Lena Voss', claim({ holder: 'a TV station', kind: 'named' }))).toBe(false);
    // A fragment of the gold that is not its head word is no match ("Union" for "Union of Commissioners" would be).
    expect(holderMatches('Union of Commissioners', claim({ holder: 'Commissioners', kind: 'named' }))).toBe(false);
    expect(holderMatches(null, claim({}))).toBe(true);
    expect(holderMatches(null, claim({ holder: 'police', kind: 'named' }))).toBe(false);
    expect(holderMatches('police', claim({ holder: 'police' }))).toBe(false);
  });

  it('matches an actor by its words or, for a resolved pronoun, by its key; theme null means none', () => {
    const g = gold({ actor: 'Okafor', theme: null, predicate: 'call off' });
    const resolved = compareClaim(g, claim({ actor: ['She', 'okafor'], lemma: 'call' }));
    expect(resolved).toMatchObject({ claim: true, actor: true, predicate: true, theme: true, holder: true, anonymous: true, state: true });
    const unresolved = compareClaim(g, claim({ actor: ['She', 'she'], lemma: 'call', theme: 'the game' }));
    expect(unresolved).toMatchObject({ actor: false, predicate: true, theme: false });
    expect(compareClaim(gold({ actor: 'board' }), claim({ actor: ['Nordbank', 'nordbank'] })).actor).toBe(false);
    expect(compareClaim(gold({ predicate: 'close' }), claim({ lemma: 'close down' })).predicate).toBe(true);
    expect(compareClaim(gold({ predicate: 'close' }), claim({ lemma: 'clothe' })).predicate).toBe(false);
    expect(compareClaim(gold({}), undefined)).toMatchObject({ claim: false, holder: false, state: false, places: false });
  });

  it('pairs quantities, dates and places one to one, so a missing or extra item fails the field', () => {
    const q = { value: 2400000, unit: 'USD', counted: null };
    expect(quantityMatches(q, { value: 2.4e6, unit: 'USD' } as Quantity)).toBe(true);
    expect(quantityMatches(q, { value: 2.4e6, unit: 'EUR' } as Quantity)).toBe(false);
    expect(quantityMatches({ value: 12, unit: null, counted: 'doctors' }, { value: 12, noun: 'doctors' } as Quantity)).toBe(true);
    expect(quantityMatches({ value: 12, unit: null, counted: 'doctors' }, { value: 12 } as Quantity)).toBe(false);
    expect(dateMatches('2016-10', { from: '2016-10-01', to: '2016-10-31' } as Time)).toBe(true);
    expect(dateMatches('2016-10-05', { from: '2016-10-01', to: '2016-10-31' } as Time)).toBe(false);
    expect(dateMatches('Friday', { from: '2024-06-07', to: '2024-06-07', span: span('on Friday') } as Time)).toBe(true);
    expect(oneToOne(['a', 'b'], ['b', 'a'], (x, y) => x === y)).toBe(true);
    expect(oneToOne(['a'], ['a', 'a'], (x, y) => x === y)).toBe(false);
    const g = gold({ places: ['Suruc', 'Turkey'] });
    const twice = claim({ places: [{ name: 'Suruc', key: 'suruc' }, { name: 'Turkey', key: 'turkey' }, { name: 'Turkey', key: 'turkey' }] });
    expect(compareClaim(g, twice).places).toBe(true);
    expect(compareClaim(g, claim({ places: [{ name: 'Suruc', key: 'suruc' }] })).places).toBe(false);
  });

  it('aligns gold claims by predicate, scores skips by exact reason, and counts a sentence right only when all is', () => {
    const main = claim({ lemma: 'run', actor: ['The ferry', 'ferri'], start: 0 });
    const sub = claim({ lemma: 'fail', actor: ['its engine', 'engin'], start: 40 });
    const golds = [gold({ predicate: 'run', actor: 'ferry' }), gold({ predicate: 'fail', actor: 'engine' })];
    expect(alignClaims(golds, [sub, main])).toEqual([main, sub]);
    expect(alignClaims(golds, [main])).toEqual([main, undefined]);
    const item: GoldItem = { id: 'w-1', file: 'w.jsonl', source: 'written', class: 'when', text: 't', claims: golds };
    const both = scoreItem(item, { claims: [main, sub], skipped: [] });
    expect(both).toMatchObject({ entire: true, extra: 0, misses: [] });
    const one = scoreItem(item, { claims: [main], skipped: [] });
    expect(one.entire).toBe(false);
    expect(one.misses).toEqual(['#2 claim: none extracted (want predicate fail)']);
    const skip: GoldItem = { id: 'b-1', file: 'b.jsonl', source: 'fnc1-dev body 9', bodyId: '9', class: 'boilerplate', text: 'Advertisement', claims: [], skip: 'boilerplate' };
    const skipped = (reason: 'no-proposition' | 'question') => ({ claims: [], skipped: [{ documentId: 'b-1', span: span('Advertisement'), reason }] });
    expect(scoreItem(skip, skipped('no-proposition'))).toMatchObject({ entire: false, skippedAnyReason: true });
    expect(scoreItem({ ...skip, skip: 'question' }, skipped('question'))).toMatchObject({ entire: true, skippedAnyReason: true });
    expect(scoreItem(skip, { claims: [main], skipped: [] })).toMatchObject({ entire: false, skippedAnyReason: false });
    const summary = summarise([both, one, scoreItem(skip, skipped('no-proposition'))]);
    expect(summary).toMatchObject({ sentences: 3, entire: 1, real: { sentences: 1, entire: 0 }, written: { sentences: 2, entire: 1 } });
    expect(summary.fields.claim).toEqual({ right: 3, total: 4, accuracy: 0.75 });
    expect(summary.counts).toEqual({ goldClaims: 4, skipItems: 1, skippedAnyReason: 1, extraClaims: 0 });
  });
});
