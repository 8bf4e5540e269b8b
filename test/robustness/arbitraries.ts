/**
 * fast-check generators for gainsay's inputs: news-like sentences with attributions, negation, numbers,
 * dates, places, quotes and citation markers, salted with the Unicode that breaks offsets (CRLF, NBSP,
 * combining marks, emoji, right-to-left text, curly quotes, lone surrogates), and `{ documents }` inputs.
 * The vocabulary is written for these tests; none of it comes from the evaluation data.
 */
import fc from 'fast-check';
import type { DocumentInput } from '../../src/model/document.js';
import { SOURCE_KINDS } from '../../src/model/source.js';

const ACTORS = ['the minister', 'Putin', 'Russia', 'the Kremlin', 'Mr. Okafor', 'police', 'protesters', 'the company', 'Dr. Lee', 'the U.S. team'];
const HOLDERS = ['Officials', 'Some reports', 'Other accounts', 'A spokesperson', 'She', 'Reuters', 'The ministry'];
const REPORTING = ['said', 'reported', 'claimed', 'denied that', 'confirmed that', 'told reporters that', 'added'];
const NEGATIONS = ['', 'not', 'had not yet', 'did not', 'never', 'will not'];
const PREDICATES = ['attend the talks', 'accepted the invitation', 'rejected the offer', 'spurned the invitation', 'fired first', 'rose sharply', 'fell', 'approved the deal', 'confirmed attendance', 'won the match'];
const PLACES = ['', 'in Istanbul', 'from Moscow', 'at Port Augusta', 'in São Paulo', 'near St. Petersburg', 'in Turkey'];
const DATES = ['', 'on May 16, 2025', 'on Tuesday', 'last week', 'in 2024', 'on 2025-05-15', 'next month'];
const AMOUNTS = ['', 'with at least 40 people', 'for less than two hours', 'costing $1.5bn', 'between 30 and 40 fans', 'about 12 km', 'hundreds of homes', 'at 3:30'];
const CITATIONS = ['', ' [1]', ' [2, 3]', ' [4-6]', '[7]', ' [1-999]', ' [ 2 ,3 ]'];
const TERMINATORS = ['.', '.', '!', '?', '', '."', '.)', '...'];
/** Pieces that move UTF-16 offsets, fold to other characters, or change scripts. */
export const UNICODE_NOISE = ['\r\n', '\u00A0', '\u2019', '\u201C', '\u201D', 'e\u0301', 'n\u0303o', '😀', '👩‍👩‍👧', '🇺🇦', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', '\u200B', '\uFEFF', '\t', '\u2028', 'ﬁ', '\uD800', '\uDC00', 'İ', 'ß', '\u0000', '<script>', '"', "'", '(', ')', '[', ']', '—', '…'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\u00A0', '\t', '\u2009'];
const SENTENCE_JOINS = [' ', ' ', '\n', '\r\n', '\n\n', '  ', '\u2029'];
const LEADING_CONTRASTS = ['While', 'Whereas', 'Although'];
const JOINING_CONTRASTS = ['but', 'while', 'whereas', 'yet', 'however'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** One clause: "[holder reporting] actor [negation] predicate [place] [date] [amount]", maybe quoted. */
const clauseArb: fc.Arbitrary<string> = fc
  .record({
    holder: fc.option(fc.tuple(pick(HOLDERS), pick(REPORTING)), { nil: undefined }),
    actor: pick(ACTORS),
    negation: pick(NEGATIONS),
    predicate: pick(PREDICATES),
    place: pick(PLACES),
    date: pick(DATES),
    amount: pick(AMOUNTS),
    quoted: fc.constantFrom('none', 'double', 'curly', 'single'),
    sep: pick(SEPARATORS),
  })
  .map((c) => {
    const core = [c.actor, c.negation, c.predicate, c.place, c.date, c.amount].filter(Boolean).join(c.sep);
    const wrapped = c.quoted === 'double' ? `"${core}"` : c.quoted === 'curly' ? `\u201C${core}\u201D` : c.quoted === 'single' ? `\u2018${core}\u2019` : core;
    return c.holder ? `${c.holder[0]}${c.sep}${c.holder[1]}${c.sep}${wrapped}` : wrapped;
  });

/** A sentence: one clause, or two joined by a contrast ("While X, Y" / "X, but Y" / "X; Y"), then citations. */
const sentenceArb: fc.Arbitrary<string> = fc
  .record({
    form: fc.constantFrom('single', 'leading', 'joining', 'semicolon'),
    a: clauseArb,
    b: clauseArb,
    lead: pick(LEADING_CONTRASTS),
    join: pick(JOINING_CONTRASTS),
    citation: pick(CITATIONS),
    end: pick(TERMINATORS),
  })
  .map((s) => {
    const body =
      s.form === 'single' ? s.a
      : s.form === 'leading' ? `${s.lead} ${s.a}, ${s.b}`
      : s.form === 'joining' ? `${s.a}, ${s.join} ${s.b}`
      : `${s.a}; ${s.b}`;
    return `${body}${s.citation}${s.end}`;
  });

/** A sentence with Unicode noise spliced in at a random place, or left clean. */
const noisySentenceArb: fc.Arbitrary<string> = fc
  .tuple(sentenceArb, fc.array(pick(UNICODE_NOISE), { maxLength: 3 }), fc.nat())
  .map(([sentence, noise, at]) => {
    const cut = noise.length === 0 ? sentence.length : at % (sentence.length + 1);
    return sentence.slice(0, cut) + noise.join('') + sentence.slice(cut);
  });

/** News-like text of up to `maxSentences` sentences. */
export function newsTextArb(maxSentences = 2): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(noisySentenceArb, pick(SENTENCE_JOINS)), { minLength: 1, maxLength: maxSentences })
    .map((parts) => parts.map(([s, j]) => s + j).join(''));
}

/** Any string at all: arbitrary code units (lone surrogates included), graphemes, or the noise pieces. */
export const rawTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 60 }),
  fc.array(pick(UNICODE_NOISE), { maxLength: 12 }).map((a) => a.join('')),
);

/** Anything `analyze` accepts as a string: mostly news-like text, sometimes raw strings, sometimes a mix. */
export const anyTextArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: newsTextArb(), weight: 3 },
  { arbitrary: rawTextArb, weight: 1 },
  { arbitrary: fc.tuple(newsTextArb(1), rawTextArb, newsTextArb(1)).map((p) => p.join(' ')), weight: 1 },
);

const ISO_DATES = ['2025-05-14', '2025-05-16T09:30:00Z', '2024-02-29', '1999-12-31T23:59:59+05:30'];
/** Names that are also keys of Object.prototype: a lookup by them must never reach the prototype. */
export const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const idArb = fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), pick(['a', 'b', 'wire', 'doc#1', 'Ω', '😀', ...PROTOTYPE_NAMES]));

const sourceObjectArb = fc.record(
  {
    id: idArb,
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), pick(['Reuters', 'AP', ...PROTOTYPE_NAMES])),
    kind: pick(SOURCE_KINDS),
    reliability: fc.double({ min: 0, max: 1, noNaN: true }),
    publishedAt: pick(ISO_DATES),
    syndicatedFrom: pick(['wire', 'a', 'constructor']),
  },
  { requiredKeys: ['name'] },
);

const sourceArb = fc.option(fc.oneof(sourceObjectArb, fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), pick(PROTOTYPE_NAMES))), { nil: undefined });

const citationsArb = fc.option(
  fc.dictionary(fc.oneof(pick(['1', '2', '3', '4', '7']), pick(PROTOTYPE_NAMES)), sourceObjectArb, { maxKeys: 4 }),
  { nil: undefined },
);

/** A valid `{ documents }` input: 1–4 documents with unique ids and arbitrary sources, dates and citations. */
export const documentsArb: fc.Arbitrary<{ documents: DocumentInput[] }> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 4 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ source: sourceArb, text: anyTextArb, publishedAt: fc.option(pick(ISO_DATES), { nil: undefined }), citations: citationsArb }).map((d) => {
          const doc: DocumentInput = { id, text: d.text };
          if (d.source !== undefined) doc.source = d.source;
          if (d.publishedAt !== undefined) doc.publishedAt = d.publishedAt;
          if (d.citations !== undefined) doc.citations = d.citations;
          return doc;
        }),
      ),
    ),
  )
  .map((documents) => ({ documents }));

/** Documents that speak about one event, so conflicts are likely (the permutation property needs some). */
export const sameEventDocumentsArb: fc.Arbitrary<{ documents: DocumentInput[] }> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.array(fc.tuple(pick(['will attend', 'will not attend', 'has not yet decided whether to attend', 'refused to attend']), pick(['on May 16, 2025', 'on May 15, 2025', '']), pick(['in Istanbul', 'in Moscow', '']), pick(['40', '12', 'at least 30'])), { minLength: 4, maxLength: 4 }))
  .map(([n, lines]) => ({
    documents: lines.slice(0, n).map(([verb, date, place, count], i) => ({
      id: `doc-${i}`,
      source: { name: `Outlet ${i}`, kind: 'newspaper' as const },
      text: `Officials said Putin ${verb} the talks ${place} ${date}. The attack killed ${count} people, police said.`,
    })),
  }));

/** A permutation of the given array. */
export function permutationOf<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
