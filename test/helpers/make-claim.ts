import { ClaimSchema, type Attribution, type Certainty, type Claim, type Phrase, type Place, type Proposition, type Quantity, type Quote, type Time } from '../../src/model/claim.js';
import type { Span } from '../../src/model/span.js';

export interface ClaimOverrides {
  text: string;
  /** Offset of the claim in its document; spans given below are absolute (document) offsets. */
  at?: number;
  id?: string;
  documentId?: string;
  attribution?: Partial<Attribution>;
  proposition?: Partial<Proposition>;
  certainty?: Partial<Certainty>;
  quantities?: Quantity[];
  times?: Time[];
  places?: Place[];
  quotes?: Quote[];
  keys?: string[];
  publishedAt?: string;
}

let counter = 0;

/** The span of the single occurrence of `phrase` in `text`; throws when it is absent or ambiguous. */
export function spanIn(text: string, phrase: string, at = 0): Span {
  const first = text.indexOf(phrase);
  if (first < 0) throw new Error(`"${phrase}" is not in "${text}"`);
  if (text.indexOf(phrase, first + 1) >= 0) throw new Error(`"${phrase}" occurs more than once in "${text}"`);
  return { start: at + first, end: at + first + phrase.length, text: phrase };
}

/** An expected span written by hand: its start and its text (the end follows from the length). */
export function span(start: number, text: string): Span {
  return { start, end: start + text.length, text };
}

export function phraseIn(text: string, surface: string, key = surface.toLowerCase(), at = 0): Phrase {
  return { text: surface, key, span: spanIn(text, surface, at) };
}

export function predicateIn(text: string, surface: string, lemma: string, at = 0): NonNullable<Proposition['predicate']> {
  return { lemma, text: surface, span: spanIn(text, surface, at) };
}

function spansOf(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(value as Span);
    else Object.values(o).forEach((v) => spansOf(v, out));
  }
  return out;
}

/** A valid claim (checked by ClaimSchema) whose every span is a real range of its text. */
export function makeClaim(overrides: ClaimOverrides): Claim {
  const { text, at = 0, publishedAt } = overrides;
  counter += 1;
  const claim = ClaimSchema.parse({
    id: overrides.id ?? `claim-${counter}`,
    documentId: overrides.documentId ?? 'doc-a',
    ...(publishedAt === undefined ? {} : { publishedAt }),
    text,
    span: { start: at, end: at + text.length, text },
    attribution: {
      holder: 'the author',
      holderKind: 'author',
      stance: 'asserted',
      sourceIds: [],
      markers: [],
      ambiguous: false,
      ...overrides.attribution,
    },
    proposition: { span: { start: at, end: at + text.length, text }, negated: false, state: 'affirmed', ...overrides.proposition },
    certainty: { level: 'asserted', value: 0.8, cues: [], ...overrides.certainty },
    quantities: overrides.quantities ?? [],
    times: overrides.times ?? [],
    places: overrides.places ?? [],
    quotes: overrides.quotes ?? [],
    keys: overrides.keys ?? [],
  });
  for (const s of spansOf([claim.attribution, claim.proposition, claim.quantities, claim.times, claim.places, claim.quotes])) {
    if (text.slice(s.start - at, s.end - at) !== s.text) throw new Error(`span ${JSON.stringify(s)} is not in "${text}"`);
  }
  return claim;
}

type QuantityFields = Omit<Quantity, 'span' | 'base'> & { base?: Quantity['base'] };

/** A quantity read from `surface` in `text`; the base defaults to the value itself (an exact count). */
export function quantityIn(text: string, surface: string, fields: QuantityFields, at = 0): Quantity {
  const base = fields.base ?? { from: fields.value, to: fields.to ?? fields.value };
  return { ...fields, base, span: spanIn(text, surface, at) };
}

export function timeIn(text: string, surface: string, fields: Omit<Time, 'span'>, at = 0): Time {
  return { ...fields, span: spanIn(text, surface, at) };
}

export function placeIn(text: string, surface: string, fields: Omit<Place, 'span' | 'name'>, at = 0): Place {
  return { name: surface, ...fields, span: spanIn(text, surface, at) };
}

/** A quote whose span is its words without the quotation marks. */
export function quoteIn(text: string, words: string, speaker?: string, at = 0): Quote {
  return speaker === undefined ? { text: words, span: spanIn(text, words, at) } : { text: words, speaker, span: spanIn(text, words, at) };
}
