import type { Range, TextView } from '../ingest/types.js';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/attribution-cues.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { MAX_NAME_WORDS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { NOT_NOUNS } from '../lexicon/number-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';

/** Characters read on each side of a quote when looking for its speaker. */
const SPEAKER_WINDOW = 100;
/** Most tokens between a reporting verb and the quote it introduces ("described the offer as"). */
const MAX_VERB_DISTANCE = 8;
/** Most tokens in a common-noun speaker ("a senior Kremlin spokesman"). */
const MAX_PHRASE_TOKENS = 5;
/** Most words in an aside between a speaker and the verb ("the parish's long-serving vicar"). */
const MAX_ASIDE_TOKENS = 8;
const WH_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);
/** Lower-case words inside an organisation's name ("Friends of the Earth", "Smith and Sons"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', '&', 'for']);
/** Prepositions of affiliation after a speaker's name (Quirk § 17.72: "Ilse Brandt of Harlow Rangers"). */
const AFFILIATION: ReadonlySet<string> = new Set(AFFILIATION_PREPOSITIONS);
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...AFFILIATION, 'in', 'on', 'near', 'outside', 'for']);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another']);
/** A pronoun or relative pronoun names no speaker of its own. */
const PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'who', 'which', 'that']);
// Words that may sit between a speaker and the verb ("Peskov also said", "Peskov has said").
const BETWEEN_SPEAKER_AND_VERB = new Set(['also', 'later', 'then', 'has', 'had', 'have', 'previously', 'reportedly', 'again', 'once']);
const TITLES = new Set(TITLE_ABBREVIATIONS.map((t) => `${t}.`));
const POSSESSIVE = /'s$/;
const SENTENCE_END = new Set(['.', '!', '?', '"', ';']);
/** Capitalised words that date a report rather than name its speaker ('"…," said the mayor, Monday'). */
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...MONTHS.keys()]);

/** Reporting verb forms → lemma (the call's lexicon). */
type Forms = Readonly<Record<string, string>>;

const isVerb = (forms: Forms, t: Token | undefined) => t !== undefined && t.kind === 'word' && forms[t.lower] !== undefined;

/** `"…," said X` or `"…," X said`: the speaker named just after the closing mark. */
export function speakerAfter(doc: TextView, range: Range, at: number, forms: Forms): string | undefined {
  const nextQuote = doc.view.indexOf('"', at);
  const end = Math.min(range.end, at + SPEAKER_WINDOW, nextQuote < 0 ? range.end : nextQuote);
  if (end <= at) return undefined;
  const tokens = tokenize(doc.view, { start: at, end });
  const k = tokens[0]?.lower === ',' ? 1 : 0;
  const verbFirst = isVerb(forms, tokens[k]);
  const start = verbFirst ? k + 1 : k;
  const speaker = phraseForward(doc, tokens, start, forms);
  const reach = phraseEnd(tokens, start, forms);
  // `"…," said the skipper, Nell Trago` / `"…," the skipper, Nell Trago, said`: the name in apposition is the speaker.
  const described = speaker !== undefined && (DETERMINERS.has(tokens[start]!.lower) || possessiveDescription(tokens, start));
  const comma = possessiveDescription(tokens, start) ? descriptionEnd(tokens, start) : reach;
  const named = described ? apposedName(tokens, comma) : -1;
  const [who, close] = named > 0 ? [written(doc, tokens[comma + 1]!, tokens[named - 1]!, true), named] : [speaker, reach];
  if (verbFirst) return who;
  return who !== undefined && isVerb(forms, tokens[skipAdverbs(tokens, close + (named > 0 ? 1 : 0))]) ? who : undefined;
}

/** `"…," said Korvel's head of quality, Martin Sørensen`: a name's possessive opens a description of its owner's person. */
function possessiveDescription(tokens: readonly Token[], start: number): boolean {
  const next = tokens[start + 1];
  return tokens[start]?.capitalized === true && POSSESSIVE.test(tokens[start]!.lower) && next !== undefined && next.kind === 'word' && !next.capitalized;
}

/** The comma that closes a short description starting at `start`, or `start` when none closes it. */
function descriptionEnd(tokens: readonly Token[], start: number): number {
  const comma = tokens.findIndex((t, i) => i > start && (t.lower === ',' || t.kind === 'punct'));
  return comma > start && comma - start <= MAX_PHRASE_TOKENS + 1 && tokens[comma]!.lower === ',' ? comma : start;
}

/** The end of a name in apposition after the comma at `comma` ("the skipper, Nell Trago"), or -1 when none is there. */
function apposedName(tokens: readonly Token[], comma: number): number {
  if (tokens[comma]?.lower !== ',') return -1;
  let j = comma + 1;
  while (tokens[j]?.kind === 'word' && tokens[j]!.capitalized && !DETERMINERS.has(tokens[j]!.lower) && !CALENDAR.has(tokens[j]!.lower)) j++;
  const words = j - comma - 1;
  const closes = tokens[j] === undefined || tokens[j]!.lower === ',' || SENTENCE_END.has(tokens[j]!.lower);
  return words > 0 && words <= MAX_NAME_WORDS && closes ? j : -1;
}

/** `X said "…"`, `X called it "…"`, `X described the offer as "…"`: the speaker before the nearest verb. */
export function speakerBefore(doc: TextView, range: Range, open: number, forms: Forms): string | undefined {
  const floor = Math.max(range.start, open - SPEAKER_WINDOW, doc.view.lastIndexOf('"', open - 1) + 1);
  if (open <= floor) return undefined;
  const tokens = tokenize(doc.view, { start: floor, end: open });
  for (let j = tokens.length - 1; j >= 0 && j >= tokens.length - MAX_VERB_DISTANCE; j--) {
    const tok = tokens[j]!;
    if (SENTENCE_END.has(tok.lower)) return undefined;
    if (isVerb(forms, tok) && !insideName(tokens, j)) return phraseBackward(doc, tokens, j - 1);
  }
  return undefined;
}

/** A capitalised verb form after a capitalised word is part of a name ("the Shining Path group"), not a verb. */
function insideName(tokens: readonly Token[], j: number): boolean {
  const previous = tokens[j - 1];
  return tokens[j]!.capitalized && previous !== undefined && previous.kind === 'word' && previous.capitalized;
}

function skipAdverbs(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j] && BETWEEN_SPEAKER_AND_VERB.has(tokens[j]!.lower)) j++;
  return j;
}

/** Index after a speaker phrase starting at i (same rules as phraseForward). */
function phraseEnd(tokens: readonly Token[], i: number, forms: Forms): number {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return i;
  if (first.capitalized && !DETERMINERS.has(first.lower)) {
    let j = i;
    while (tokens[j]?.kind === 'word' && tokens[j]!.capitalized) j++;
    return j;
  }
  let j = i + 1;
  while (j < i + MAX_PHRASE_TOKENS && tokens[j]?.kind === 'word' && !NOT_NOUNS.has(tokens[j]!.lower) && !isVerb(forms, tokens[j]) && !BETWEEN_SPEAKER_AND_VERB.has(tokens[j]!.lower)) j++;
  return j;
}

/** The speaker phrase starting at token i: a capitalised name, or a determiner phrase ("the spokesman"). */
function phraseForward(doc: TextView, tokens: readonly Token[], i: number, forms: Forms): string | undefined {
  const first = tokens[i];
  if (!first || first.kind !== 'word' || isPronoun(first.lower)) return undefined;
  const end = phraseEnd(tokens, i, forms);
  if (end === i) return undefined;
  const isName = first.capitalized && !DETERMINERS.has(first.lower);
  if (NOT_NOUNS.has(first.lower) && !DETERMINERS.has(first.lower)) return undefined;
  return written(doc, tokens[i]!, tokens[end - 1]!, isName);
}

/** The speaker phrase ending at token j, read backwards from the reporting verb. */
function phraseBackward(doc: TextView, tokens: readonly Token[], from: number): string | undefined {
  let j = from;
  while (j >= 0 && BETWEEN_SPEAKER_AND_VERB.has(tokens[j]!.lower)) j--;
  const last = tokens[j];
  // "the Reverend Pete Carr, who described …": a relative pronoun stands for the phrase before its comma.
  if (last && WH_RELATIVES.has(last.lower) && tokens[j - 1]?.lower === ',') return phraseBackward(doc, tokens, j - 2);
  // "The vicar, the Rev Anne Tolley, described …": the name in apposition, else the phrase before the aside.
  if (last?.lower === ',') return apposedBackward(doc, tokens, j);
  if (!last || last.kind !== 'word' || isPronoun(last.lower)) return undefined;
  // "who emailed the league on Monday saying": a weekday or month dates the saying, it names no speaker.
  if (CALENDAR.has(last.lower)) return undefined;
  if (last.capitalized && !DETERMINERS.has(last.lower)) {
    let i = j;
    while (i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.capitalized && !DETERMINERS.has(tokens[i - 1]!.lower)) i--;
    // "Sian from Lightkeepers told us": the body after "from" or "of" is the speaker's affiliation; the speaker stands before it.
    if (i > 1 && AFFILIATION.has(tokens[i - 1]!.lower) && tokens[i - 2]!.capitalized) return phraseBackward(doc, tokens, i - 2);
    while (i > 0 && TITLES.has(tokens[i - 1]!.lower)) i--;
    const determiner = tokens[i - 1];
    if (determiner && DETERMINERS.has(determiner.lower)) return written(doc, determiner, last, false);
    return written(doc, tokens[i]!, last, true);
  }
  for (let i = j; i >= 0 && i > j - MAX_PHRASE_TOKENS; i--) {
    const tok = tokens[i]!;
    if (tok.kind !== 'word' || (NOT_NOUNS.has(tok.lower) && !DETERMINERS.has(tok.lower))) return undefined;
    if (DETERMINERS.has(tok.lower)) return written(doc, tok, last, false);
    if (POSSESSIVE.test(tok.lower)) return written(doc, tok, last, tok.capitalized);
  }
  return undefined;
}

/** The speaker of an aside closed by the comma at `close`: a name ending the aside, or the phrase before the aside. */
function apposedBackward(doc: TextView, tokens: readonly Token[], close: number): string | undefined {
  let open = close - 1;
  while (open >= 0 && tokens[open]!.kind === 'word' && close - open <= MAX_ASIDE_TOKENS) open--;
  if (open < 1 || tokens[open]!.lower !== ',') return undefined;
  const aside = tokens.slice(open + 1, close);
  // "Shadows of Yorebridge": a name may hold "of", "and" or "the" between its capitalised words.
  if (aside[0]!.capitalized && aside[aside.length - 1]!.capitalized && aside.every((t) => t.capitalized || NAME_LINKS.has(t.lower)) && !CALENDAR.has(aside[0]!.lower)) {
    return written(doc, aside[0]!, aside[aside.length - 1]!, true);
  }
  // "the Rev Anne Tolley": a description that ends in a name; "who has judged at Crufts" is a relative clause, no name.
  let name = close;
  while (name > open + 1 && tokens[name - 1]!.capitalized && !DETERMINERS.has(tokens[name - 1]!.lower)) name--;
  const words = close - name;
  // "a hill farmer from Llanuwchllyn": a name after a preposition is where the speaker is from.
  const placed = PLACE_PREPOSITIONS.has(tokens[name - 1]!.lower);
  if (DETERMINERS.has(aside[0]!.lower) && words > 0 && words <= MAX_NAME_WORDS && !placed) return written(doc, tokens[name]!, tokens[close - 1]!, true);
  return phraseBackward(doc, tokens, open - 1);
}

/** A pronoun, with a contracted auxiliary or not ("I'd", "we’re"): it names no speaker of its own. */
function isPronoun(lower: string): boolean {
  return PRONOUNS.has(lower.replace(/’/g, "'").replace(CLITIC, ''));
}
const CLITIC = /'(?:d|s|ll|re|ve|m)$/;

/** The original text of the phrase; lower-cased unless it is a name. */
function written(doc: TextView, first: Token, last: Token, isName: boolean): string {
  const text = doc.text.slice(first.start, last.end);
  return isName ? text : text.toLowerCase();
}
