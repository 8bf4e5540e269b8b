import type { Claim, Phrase, Place } from '../model/claim.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';
import { CONTEST_PART_NOUNS } from '../lexicon/setting-nouns.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { claimWords, type Token } from '../relate/words.js';
import { nounLemma } from '../relate/lemma.js';
import { isCapitalised } from './speakers.js';

/*
 * "The tide mill at Hythe Spit has closed" / "Saltmarsh Quay tide mill reopened": each claim says which thing it
 * speaks of by a proper name, a capitalised premodifier of a common head noun (Quirk et al. 1985 § 17.104, proper nouns
 * as premodifiers) or a capitalised postmodifier after a preposition (§ 17.36), and the two names share no word. They
 * are two mills, whatever each is said to do, so nothing said of the one is an account of the other.
 */

const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Prepositions whose proper object tells which thing a noun is ("the mill at Hythe", "the choir from Ashby"). */
const IDENTIFYING: ReadonlySet<string> = new Set(['at', 'in', 'near', 'of', 'on', 'outside', 'from']);
/** A capitalised date word names when, not which ("Saturday's parade", "the March meeting"). */
const dateWord = (t: Token) => WEEKDAYS.has(t.lower) || MONTHS.has(t.lower);
const isName = (t: Token) => isCapitalised(t.span.text) && t.content && !dateWord(t);

interface NamedThing {
  head: string;
  /** The lower-cased words of its names. */
  names: ReadonlySet<string>;
  /** The spans its names cover, to find the places among them. */
  spans: readonly { start: number; end: number }[];
}

/** The tokens of the phrase up to its head (the last content word before a preposition), and the head. */
function headOf(tokens: readonly Token[], phrase: Phrase): { words: Token[]; head: Token } | undefined {
  const words: Token[] = [];
  let head: Token | undefined;
  for (const t of tokens) {
    if (t.span.start < phrase.span.start || t.span.end > phrase.span.end) continue;
    if (PREPOSITION.has(t.lower) && head) break;
    words.push(t);
    if (t.content) head = t;
  }
  return head ? { words: words.slice(0, words.indexOf(head) + 1), head } : undefined;
}

const POSSESSOR = /['’]s?$/;

/**
 * Capitalised words before the head. A lone capital on the claim's first word may be the sentence's capital ("Local
 * mills"), so a first word counts only as part of a longer name ("Saltmarsh Quay tide mill") or as a possessor
 * ("Orford's lifeboat station").
 */
function premodifierNames(words: readonly Token[], claim: Claim): Token[] {
  const before = words.slice(0, -1);
  const names = before.filter(isName);
  const first = before[0];
  const sentenceStart = first !== undefined && first.span.start === claim.span.start;
  const longer = (before[1] !== undefined && isName(before[1])) || POSSESSOR.test(first?.span.text ?? '');
  if (sentenceStart && names[0] === first && !longer) names.shift();
  return names;
}

/** Capitalised words after an identifying preposition right after the head, before `end` ("the mill at Hythe Spit"). */
function postmodifierNames(tokens: readonly Token[], head: Token, end: number): Token[] {
  let i = tokens.indexOf(head) + 1;
  if (!IDENTIFYING.has(tokens[i]?.lower ?? '')) return [];
  i++;
  if (tokens[i]?.lower === 'the') i++;
  const names: Token[] = [];
  for (; i < tokens.length && tokens[i]!.span.end <= end && isName(tokens[i]!); i++) names.push(tokens[i]!);
  return names;
}

/**
 * The claim's phrase told by a common head noun with a proper name, if any. A place phrase after the subject, before
 * the verb, says which thing ("the mill at Hythe Spit has closed"); after an object it is read as where the act
 * happened ("killed 12 farmers in Zamfara state"), so an object has only its premodifiers (`end` at its head).
 */
function namedThing(claim: Claim, phrase: Phrase | undefined, end: number | undefined): NamedThing | undefined {
  if (!phrase) return undefined;
  const { tokens } = claimWords(claim);
  const found = headOf(tokens, phrase);
  if (!found) return undefined;
  if (isCapitalised(found.head.span.text)) return describedName(found.words);
  const names = [...premodifierNames(found.words, claim), ...(end === undefined ? [] : postmodifierNames(tokens, found.head, end))];
  if (names.length === 0) return undefined;
  return { head: found.head.lemma, names: new Set(names.map((t) => t.lower)), spans: names.map((t) => t.span) };
}

/**
 * "the retailer Brightmoor", "the trawler Sella Mae": a common noun in apposition before a name (Quirk et al. 1985
 * § 17.83, close apposition) says what kind of thing the name names; the noun is the head, the name its name.
 */
function describedName(words: readonly Token[]): NamedThing | undefined {
  let i = words.length;
  while (i > 0 && isName(words[i - 1]!)) i--;
  const kind = words[i - 1];
  if (kind === undefined || !kind.content || isCapitalised(kind.span.text) || POSSESSOR.test(kind.span.text)) return undefined;
  const names = words.slice(i);
  return { head: kind.lemma, names: new Set(names.map((t) => t.lower)), spans: names.map((t) => t.span) };
}

/** The places the gazetteer found among a thing's names. */
function placesNaming(claim: Claim, thing: NamedThing): Place[] {
  return claim.places.filter((p) => thing.spans.some((s) => p.span.start < s.end && s.start < p.span.end));
}

/**
 * One name may lie within the other: two places the gazetteer relates, or a place it knows (a county, a city) against
 * one it does not, which may be a village inside it ("the choir from Leicestershire" / "the choir from Ashby Parva").
 */
function mayContain(a: Claim, x: NamedThing, b: Claim, y: NamedThing): boolean {
  const [px, py] = [placesNaming(a, x), placesNaming(b, y)];
  if (px.some((p) => py.some((q) => samePlaceOrWithin(p, q)))) return true;
  const known = (ps: Place[]) => ps.some((p) => p.within.length > 0);
  return known(px) !== known(py);
}

function apart(a: Claim, x: NamedThing | undefined, b: Claim, y: NamedThing | undefined): boolean {
  if (!x || !y || x.head !== y.head) return false;
  if ([...x.names].some((w) => y.names.has(w))) return false;
  return !mayContain(a, x, b, y);
}

/**
 * Both claims' subjects, or both objects, are one kind of thing told apart by proper names that share no word: which
 * of the two, or undefined. (Two subjects named apart may still be two doers credited with one act, which the actor
 * detector judges: the caller decides.)
 */
export function namedThingsApart(a: Claim, b: Claim): 'subject' | 'object' | undefined {
  const [pa, pb] = [a.proposition.predicate, b.proposition.predicate];
  if (!pa || !pb) return undefined;
  // The subject is the actor, or the theme of a passive ("The footbridge was closed"), before the verb.
  const before = (p: Phrase | undefined, at: number) => (p && p.span.end <= at ? p : undefined);
  const subject = (c: Claim, at: number) => namedThing(c, before(c.proposition.actor, at) ?? before(c.proposition.theme, at), at);
  const object = (c: Claim, at: number) => (before(c.proposition.theme, at) ? undefined : namedThing(c, c.proposition.theme, undefined));
  const [sa, sb] = [pa.span.start, pb.span.start];
  // Neither claim may name the other's thing anywhere ("Brightmoor must pay Calvane" / "Calvane was awarded it from Brightmoor").
  const twoThings = (x: NamedThing | undefined, y: NamedThing | undefined) => apart(a, x, b, y) && !namesAny(b, x!) && !namesAny(a, y!);
  if (twoThings(subject(a, sa), subject(b, sb))) return 'subject';
  if (twoThings(object(a, sa), object(b, sb))) return 'object';
  // "fined the retailer Brightmoor" / "the retailer Calvane must pay": one kind named apart in two roles.
  return twoThings(subject(a, sa), object(b, sb)) || twoThings(object(a, sa), subject(b, sb)) ? 'object' : undefined;
}

/** The claim's words include one of the thing's names. */
function namesAny(c: Claim, thing: NamedThing): boolean {
  return claimWords(c).tokens.some((t) => thing.names.has(t.lower));
}

const CONTEST_PART: ReadonlySet<string> = new Set(CONTEST_PART_NOUNS);
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/**
 * "won the open section" / "won the junior section": two divisions of one contest (a contest-part head, lexicon
 * CONTEST_PART_NOUNS) each picked out by its own modifiers, none shared: two contests, each with its own winner.
 */
export function divisionsApart(x: Phrase | undefined, y: Phrase | undefined): boolean {
  if (!x || !y) return false;
  const words = (p: Phrase) => p.text.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0 && !FUNCTION.has(w));
  const [wx, wy] = [words(x), words(y)];
  const [hx, hy] = [wx.at(-1) ?? '', wy.at(-1) ?? ''];
  if (!CONTEST_PART.has(nounLemma(hx)) || hx !== hy || wx.length < 2 || wy.length < 2) return false;
  return !wx.slice(0, -1).some((w) => wy.includes(w));
}
