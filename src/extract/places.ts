import type { Range, TextView } from '../ingest/types.js';
import type { Place } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { Token } from '../segment/tokens.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';
import {
  COMPASS_ADJECTIVES,
  DEMONYM_ENDINGS,
  INSTITUTION_HEADS,
  NOT_PLACE_WORDS,
  OPEN_PLACE_PREPOSITIONS,
  VENUE_NOUNS,
  MOTION_VERB_FORMS,
  PLACE_DETERMINERS,
  PLACE_OF_NOUNS,
  PLACE_ROLE_PREPOSITIONS,
} from '../lexicon/places.js';
import { buildLexicon, type Lexicon } from '../lexicon/index.js';
import { gazetteerOf, type Gazetteer } from './gazetteer.js';
import { closeTogether } from './phrase-index.js';
import { ORGANISATION_DESCRIPTION_NOUNS } from '../lexicon/description-heads.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';

/**
 * Places in view[range] (`tokens` = tokenize(doc.view, range)). Gazetteer places carry their canonical key
 * and every containing key; an unknown capitalised name right after "in"/"at"/"from"/"near" is a place
 * with its lower-cased name as key and no containers. The span is the name without a possessive "'s".
 */
export function extractPlaces(doc: TextView, range: Range, tokens: Token[], lexicon: Lexicon = buildLexicon()): Place[] {
  const gazetteer = gazetteerOf(lexicon);
  const out: Place[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || tok.start < range.start || tok.end > range.end) {
      i += 1;
      continue;
    }
    const hit = gazetteerAt(gazetteer, doc.view, tokens, i) ?? openPlaceAt(lexicon.aliases, doc.view, tokens, i);
    if (!hit) {
      i += 1;
      continue;
    }
    if (insideInstitutionName(tokens, i)) {
      i = afterInstitutionName(tokens, hit.next, tokens[i - 2]!.lower);
      continue;
    }
    const span = spanOf(doc.text, tok.start, hit.end);
    const role = roleBefore(tokens, i);
    out.push({ name: span.text, key: hit.key, role, within: [...hit.within], span });
    i = hit.next;
    const part = placeOfPossessor(doc.view, tokens, hit);
    if (part) {
      out.push({ name: doc.text.slice(tokens[i]!.start, part.end), key: part.key, role, within: [hit.key, ...hit.within], span: spanOf(doc.text, tokens[i]!.start, part.end) });
      i = part.next;
    }
    if (role === 'mention') continue;
    for (const member of listMembers(gazetteer, doc.view, tokens, i, range)) {
      const at = spanOf(doc.text, tokens[member.at]!.start, member.hit.end);
      out.push({ name: at.text, key: member.hit.key, role, within: [...member.hit.within], span: at });
      i = member.hit.next;
    }
  }
  return withStatedContainers(doc.view, out);
}

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/**
 * "in Kent, Surrey and Sussex": the names a list of places goes on with after its first member, each a place with the
 * first one's role (coordination, Quirk et al. 1985 §§ 13.2, 13.21). Only a list closed by "and" / "or" counts: a comma
 * alone may end the phrase ("in Lewes, Seaford Police said").
 */
function listMembers(gazetteer: Gazetteer, view: string, tokens: readonly Token[], next: number, range: Range): { at: number; hit: PlaceHit }[] {
  const members: { at: number; hit: PlaceHit }[] = [];
  let k = next;
  for (;;) {
    if (tokens[k]?.lower === ',') k += 1;
    const closing = COORDINATORS.has(tokens[k]?.lower ?? '');
    if (closing) k += 1;
    if (k === next || !tokens[k] || tokens[k]!.end > range.end) return [];
    const hit = gazetteerAt(gazetteer, view, tokens, k) ?? nameAt(view, tokens, k);
    if (!hit) return [];
    members.push({ at: k, hit });
    if (closing) return members;
    k = hit.next;
  }
}


// "Kaunas, Lithuania": a comma, then a container; " and"/" or" after it would make it a list of places instead.
// "Katowice in southwest Poland" and "the Kala-Balge district of Borno state" state a container in words.
const CONTAINER_APPOSITION = new RegExp(`^(?:,\\s*|\\s+in\\s+(?:the\\s+)?(?:(?:${[...COMPASS_ADJECTIVES].join('|')})\\s+)?|\\s+(?:${[...PLACE_OF_NOUNS].join('|')})\\s+of\\s+(?:(?:${[...COMPASS_ADJECTIVES].join('|')})\\s+)?)$`, 'i');
const LIST_CONTINUES = /^\s*(?:and|or)\b/i;
const LIST_SEPARATOR = /^,\s*(?:(?:and|or)\s+)?$/i;

/**
 * An unknown name followed by ", Place" from the gazetteer is inside that place, as the text says: "Kaunas,
 * Lithuania" is a town of Lithuania, set against "Vilnius" like any two towns; "Kreuzberg, Berlin" is inside Berlin.
 */
function withStatedContainers(view: string, places: Place[]): Place[] {
  return places.map((p, k) => {
    const next = places[k + 1];
    if (p.within.length > 0 || !next || next.within.length === 0) return p;
    if (!CONTAINER_APPOSITION.test(view.slice(p.span.end, next.span.start))) return p;
    const after = places[k + 2];
    if (LIST_CONTINUES.test(view.slice(next.span.end))) return p;
    if (after && LIST_SEPARATOR.test(view.slice(next.span.end, after.span.start))) return p;
    return { ...p, within: [next.key, ...next.within] };
  });
}

/**
 * "in Mumbai's Bandra suburb", "Kyiv's Podil neighbourhood": a name after a place's possessive, headed by a place noun,
 * names a part of that place (the genitive of a whole and its part, Quirk et al. 1985 § 5.116): inside the possessor.
 */
function placeOfPossessor(view: string, tokens: readonly Token[], possessor: PlaceHit): PlaceHit | undefined {
  const last = tokens[possessor.next - 1]!;
  if (stripPossessive(last.lower) === last.lower || tokens[possessor.next] === undefined || !closeTogether(view, last, tokens[possessor.next]!)) return undefined;
  const name = nameAt(view, tokens, possessor.next);
  return name && PLACE_OF_NOUNS.has(tokens[name.next]?.lower ?? '') ? name : undefined;
}

interface PlaceHit {
  key: string;
  within: readonly string[];
  /** End offset of the name. */
  end: number;
  /** Token index after the name. */
  next: number;
}

const POSSESSIVE = /'s?$/;
// Words inside names that are written lower-case ("The Hague" may open with either case).
const NAME_OPENERS = new Set(['the']);

function gazetteerAt(gazetteer: Gazetteer, view: string, tokens: readonly Token[], i: number): PlaceHit | undefined {
  const first = tokens[i]!;
  // Most words are neither capitalised nor "the": asked first, so they cost no look-up of the word and its stripped form.
  if (!(first.capitalized || NAME_OPENERS.has(first.lower))) return undefined;
  const longest = gazetteer.firsts.get(first.lower) ?? gazetteer.firsts.get(stripPossessive(first.lower));
  if (longest === undefined) return undefined;
  const words: string[] = [];
  let j = i;
  for (; j < tokens.length && j < i + longest; j++) {
    if (j > i && !closeTogether(view, tokens[j - 1]!, tokens[j]!)) break;
    words.push(tokens[j]!.lower);
  }
  for (let n = words.length; n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    const exactKey = words.slice(0, n).join(' ');
    const stripped = stripPossessive(last.lower);
    const keys = stripped === last.lower ? [exactKey] : [exactKey, [...words.slice(0, n - 1), stripped].join(' ')];
    for (const surface of keys) {
      const name = gazetteer.names.get(surface);
      if (!name) continue;
      const end = surface === exactKey ? last.end : last.end - (last.lower.length - stripped.length);
      if (name.exact !== undefined && view.slice(first.start, end) !== name.exact) continue;
      if (!tokens[i + (NAME_OPENERS.has(first.lower) ? 1 : 0)]?.capitalized) continue;
      if (name.division && longerName(gazetteer, view, tokens, i + n)) continue;
      return { key: name.key, within: gazetteer.within.get(name.key) ?? [], end, next: i + n };
    }
  }
  return undefined;
}

/**
 * "Mary Tregear", "Victoria Holt": a division's one-word name with a capitalised word right after it that is no place
 * opens a longer name (a person's or a body's), as a first name opens a full name (Quirk et al. 1985 § 5.60).
 */
function longerName(gazetteer: Gazetteer, view: string, tokens: readonly Token[], next: number): boolean {
  const after = tokens[next];
  if (!after || !after.capitalized || !closeTogether(view, tokens[next - 1]!, after)) return false;
  return !gazetteer.firsts.has(after.lower);
}

function stripPossessive(lower: string): string {
  return lower.length > 2 ? lower.replace(POSSESSIVE, '') : lower;
}

const MAX_OPEN_NAME_TOKENS = 3;

/**
 * A name may open here: right after "in"/"at"/"from"/"near" ("in Derby"), after "<place noun> of" ("the city of
 * Katowice", "a resident of Moradabad"), or after "in the" when a place noun follows it ("in the Kala-Balge district")
 * or ends it as a venue's name ("at the Drill Hall"), or after "to" when a verb of motion precedes it ("moved to Harrogate").
 */
function opensPlace(view: string, tokens: readonly Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !closeTogether(view, prev, tokens[i]!)) return false;
  if (OPEN_PLACE_PREPOSITIONS.has(prev.lower)) return true;
  const before = tokens[i - 2];
  // "will move to Harrogate", "returned to Strathmore Park": a destination after a verb of motion.
  if (prev.lower === 'to' && before !== undefined && MOTION_VERB_FORMS.has(before.lower)) return true;
  if (prev.lower === 'of') return before !== undefined && PLACE_OF_NOUNS.has(before.lower);
  const nounAfter = PLACE_OF_NOUNS.has(tokens[end]?.lower ?? '') || PLACE_OF_NOUNS.has(tokens[end - 1]!.lower);
  // "at the Drill Hall", "in the Corn Exchange": a capitalised name ending in a venue's head noun.
  const venue = end - i > 1 && VENUE_NOUNS.has(tokens[end - 1]!.lower);
  return PLACE_DETERMINERS.has(prev.lower) && before !== undefined && OPEN_PLACE_PREPOSITIONS.has(before.lower) && (nounAfter || venue);
}

/** Head nouns of organisations' and institutions' names (lexicon/description-heads.ts, lexicon/places.ts INSTITUTION_HEADS). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([...ORGANISATION_DESCRIPTION_NOUNS, ...INSTITUTION_HEADS]);

/** An unknown capitalised name where a place name may open ("in Derby", "at Port Augusta", "the city of Katowice"). */
function openPlaceAt(actorNames: ReadonlyMap<string, string>, view: string, tokens: readonly Token[], i: number): PlaceHit | undefined {
  const hit = nameAt(view, tokens, i);
  if (!hit || !opensPlace(view, tokens, i, hit.next)) return undefined;
  // "at Sidvale Croquet Club": a name that ends in an organisation's or institution's head noun names the body, not a place.
  if (hit.next - i > 1 && ORGANISATION_HEADS.has(tokens[hit.next - 1]!.lower)) return undefined;
  // "at Maureen's", "at Tesco's in Leeds": a local genitive names the possessor's home or shop (Quirk § 5.115), no place.
  if (localGenitive(tokens, hit.next)) return undefined;
  // An actor's name ("in Putin") is not a new place.
  return actorNames.has(hit.key) ? undefined : hit;
}

const AFTER_LOCAL_GENITIVE: ReadonlySet<string> = new Set([...SIMPLE_PREPOSITIONS, 'and', 'or', 'but']);
/** The name's last word is a possessive with no noun after it: the end, a mark, or a preposition or conjunction. */
function localGenitive(tokens: readonly Token[], next: number): boolean {
  const last = tokens[next - 1]!;
  if (stripPossessive(last.lower) === last.lower) return false;
  const after = tokens[next];
  return after === undefined || after.kind !== 'word' || AFTER_LOCAL_GENITIVE.has(after.lower);
}

/** The run of capitalised name words from token i (at most MAX_OPEN_NAME_TOKENS), as a place with no known containers. */
function nameAt(view: string, tokens: readonly Token[], i: number): PlaceHit | undefined {
  let j = i;
  while (j < tokens.length && j < i + MAX_OPEN_NAME_TOKENS && isNameWord(view, tokens[j]!) && (j === i || closeTogether(view, tokens[j - 1]!, tokens[j]!))) j++;
  if (j === i) return undefined;
  const last = tokens[j - 1]!;
  const end = last.end - (last.lower.length - stripPossessive(last.lower).length);
  return { key: view.slice(tokens[i]!.start, end).toLowerCase(), within: [], end, next: j };
}

/** "I", "I'm", "I've": the first person is capitalised but names no place ("…, and I'm still hoarse"). */
const FIRST_PERSON = /^i(?:['’]\p{L}+)?$/u;

function isNameWord(view: string, tok: Token): boolean {
  if (tok.kind !== 'word' || !tok.capitalized || FIRST_PERSON.test(tok.lower)) return false;
  const lower = stripPossessive(tok.lower);
  const written = view.slice(tok.start, tok.end);
  const acronym = written.length > 1 && written === written.toUpperCase();
  return !acronym && !NOT_PLACE_WORDS.has(lower) && !MONTHS.has(lower) && !WEEKDAYS.has(lower) && !DEMONYM_ENDINGS.some((e) => lower.endsWith(e));
}

/** Institutions named with their campus ("University of California at Berkeley"). */
const CAMPUS_HEADS: ReadonlySet<string> = new Set(['university', 'college', 'institute']);

/** "the Bank of England": a place right after "<Institution> of", the head capitalised, is a word of that name. */
function insideInstitutionName(tokens: readonly Token[], i: number): boolean {
  const [of, head] = [tokens[i - 1], tokens[i - 2]];
  return of?.lower === 'of' && head !== undefined && head.capitalized && INSTITUTION_HEADS.has(head.lower);
}

/** "the University of Texas at Austin": a university's campus name after "at" / "in" goes on with the name. */
function afterInstitutionName(tokens: readonly Token[], next: number, head: string): number {
  const [prep, name] = [tokens[next], tokens[next + 1]];
  if (!CAMPUS_HEADS.has(head) || !prep || !name || (prep.lower !== 'at' && prep.lower !== 'in') || !name.capitalized || name.kind !== 'word') return next;
  let j = next + 1;
  while (tokens[j]?.kind === 'word' && tokens[j]!.capitalized) j++;
  return j;
}

/** Most words a place phrase puts between its preposition and "of" ("in the small Kala-Balge district of"). */
const MAX_PHRASE_WORDS = 4;

/**
 * The role the preposition before a place gives it, past a determiner and direction words ("in the Gulf", "in
 * western Farah"), and past "<place noun> of" to the phrase the noun heads ("in the city of Katowice" is at Katowice).
 */
function roleBefore(tokens: readonly Token[], i: number): Place['role'] {
  let j = i - 1;
  while (j >= 0 && (PLACE_DETERMINERS.has(tokens[j]!.lower) || COMPASS_ADJECTIVES.has(tokens[j]!.lower))) j -= 1;
  const prev = tokens[j];
  const role = prev && PLACE_ROLE_PREPOSITIONS.get(prev.lower);
  if (role) return role;
  // "in the city of Katowice", "in the canyons of southern Utah", "in the streets of Lyon": a place after "of"
  // that ends a phrase a preposition of place opens is where that phrase is (Quirk § 9.17, a locative phrase).
  if (prev?.lower !== 'of' || tokens[j - 1]?.kind !== 'word') return 'mention';
  for (let k = j - 2; k >= Math.max(0, j - 1 - MAX_PHRASE_WORDS); k--) {
    const found = PLACE_ROLE_PREPOSITIONS.get(tokens[k]!.lower);
    if (found) return found;
    if (tokens[k]!.kind !== 'word') break;
  }
  return 'mention';
}
