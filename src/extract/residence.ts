import type { Lexicon } from '../lexicon/index.js';
import { RESIDENCE_LEMMA, RESIDENT_NOUNS } from '../lexicon/residence.js';
import { MAX_NAME_WORDS } from '../lexicon/grammar-words.js';
import type { Claim, Place } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { SegmentedDocument, Sentence } from '../segment/segment.js';
import type { Token } from '../segment/tokens.js';
import { findCertainty } from './certainty.js';
import { actorKey, contentKeys, stem } from './keys.js';
import { extractPlaces } from './places.js';

const RESIDENT = new Set(RESIDENT_NOUNS);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words between the article and the noun: "a 45-year-old resident", "a longtime resident". */
const MAX_MODIFIERS = 3;
/** The place phrase after "of" ends at a clause break or after this many tokens. */
const MAX_PLACE_TOKENS = 8;
const PLACE_END = new Set([',', ';', ':', '.', '(', ')', '"', 'and', 'or', 'who', 'which', 'said', 'says']);
/** Capitalised words that open a sentence or a phrase without being part of a name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'mr', 'mrs', 'ms', 'dr']);

interface Residence {
  name: { start: number; end: number };
  noun: Token;
  places: Place[];
}

/** The capitalised name that ends right before token `end` (exclusive), or undefined. */
function nameBefore(tokens: readonly Token[], end: number): { start: number; end: number } | undefined {
  let start = end;
  while (start > 0 && end - start < MAX_NAME_WORDS && tokens[start - 1]!.kind === 'word' && tokens[start - 1]!.capitalized) start--;
  while (start < end && NOT_NAME.has(tokens[start]!.lower)) start++;
  return start < end ? { start, end } : undefined;
}

/** "NAME, a resident of PLACE": the appositive's noun, the name before it and the places after its "of". */
function residencesIn(seg: SegmentedDocument, tokens: readonly Token[], lexicon: Lexicon): Residence[] {
  const out: Residence[] = [];
  for (let i = 1; i < tokens.length - 3; i++) {
    if (tokens[i]!.lower !== ',' || !ARTICLES.has(tokens[i + 1]!.lower)) continue;
    let k = i + 2;
    while (k < i + 2 + MAX_MODIFIERS && tokens[k] && !RESIDENT.has(tokens[k]!.lower) && tokens[k]!.lower !== ',') k++;
    if (!RESIDENT.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') continue;
    const name = nameBefore(tokens, i);
    if (!name) continue;
    let end = k + 2;
    while (end < tokens.length && end - (k + 2) < MAX_PLACE_TOKENS && !PLACE_END.has(tokens[end]!.lower)) end++;
    if (end === k + 2) continue;
    const range = { start: tokens[k + 2]!.start, end: tokens[end - 1]!.end };
    // The noun phrase ("resident of") stays in the tokens so an unknown name after it still reads as a place.
    const found = extractPlaces({ text: seg.doc.text, view: seg.view }, range, tokens.slice(k, end), lexicon);
    if (found.length === 0) continue;
    out.push({ name: { start: tokens[name.start]!.start, end: tokens[name.end - 1]!.end }, noun: tokens[k]!, places: found.map((p) => ({ ...p, role: 'at' })) });
  }
  return out;
}

/**
 * The Residence frame stated in apposition ("Ines Varga, a resident of Sopron district, said …") as a claim of its
 * own in the author's voice, "Ines Varga lives in Sopron district", comparable with "Ines Varga lives in Debrecen".
 */
export function residenceClaims(seg: SegmentedDocument, sentence: Sentence, lexicon: Lexicon, firstNumber: number): Claim[] {
  const { doc } = seg;
  return residencesIn(seg, sentence.tokens, lexicon).map((r, k) => {
    const last = r.places[r.places.length - 1]!.span.end;
    const words = seg.view.slice(r.name.start, r.name.end).toLowerCase().split(/[^\p{L}\p{N}.'-]+/u).filter(Boolean);
    const actorKeyOf = actorKey(words, lexicon.aliases);
    const tokens = sentence.tokens.filter((t) => t.start >= r.name.start && t.end <= last);
    const keys = new Set([...contentKeys(tokens, lexicon.aliases), actorKeyOf, stem(RESIDENCE_LEMMA)]);
    const certainty = findCertainty([], 'author', false, undefined, [], lexicon);
    const claim: Claim = {
      id: `${doc.id}:${firstNumber + k}`,
      documentId: doc.id,
      text: doc.text.slice(r.name.start, last),
      span: spanOf(doc.text, r.name.start, last),
      attribution: { sourceIds: [doc.source.id], markers: [], ambiguous: false, holder: doc.source.name, holderKind: 'author', stance: 'asserted' },
      proposition: {
        span: spanOf(doc.text, r.name.start, last),
        actor: { text: doc.text.slice(r.name.start, r.name.end), key: actorKeyOf, span: spanOf(doc.text, r.name.start, r.name.end) },
        predicate: { lemma: RESIDENCE_LEMMA, text: doc.text.slice(r.noun.start, r.noun.end), span: spanOf(doc.text, r.noun.start, r.noun.end) },
        events: [],
        negated: false,
        state: 'affirmed',
      },
      certainty: { level: certainty.level, value: certainty.value, cues: [] },
      quantities: [],
      times: [],
      places: r.places,
      quotes: [],
      keys: [...keys],
    };
    if (doc.publishedAt) claim.publishedAt = doc.publishedAt;
    return claim;
  });
}
