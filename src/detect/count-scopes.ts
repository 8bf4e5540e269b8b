import { dayOfPeriod } from './period-parts.js';
import type { Claim, Quantity } from '../model/claim.js';
import { FACILITY_NOUNS } from '../lexicon/facility-nouns.js';
import { CONTEST_PART_NOUNS, INTERIM_PERIOD_NOUNS, PARTITION_NOUNS, SETTING_NOUNS, SETTING_PREPOSITIONS, WHOLE_SCOPE_CUES } from '../lexicon/setting-nouns.js';
import { samePlaceOrWithin } from '../extract/gazetteer.js';
import { claimWords, containsCue } from '../relate/words.js';
import { nounLemma } from '../relate/lemma.js';
import { settings } from './settings-apart.js';
import { progressTowardTarget } from './increments.js';
import { ORDINAL_WORDS } from '../lexicon/number-words.js';
import { PARTITIVE_OF_DETERMINERS } from '../lexicon/grammar-words.js';
import { isCapitalised } from './speakers.js';

const SETTING_HEADS: ReadonlySet<string> = new Set([...SETTING_NOUNS, ...FACILITY_NOUNS]);
const SETTING_PREPS: ReadonlySet<string> = new Set(SETTING_PREPOSITIONS);
/** Words between "the" and the setting noun: "in the main square", "outside the high court". */
const MODIFIER_REACH = 1;

const headCache = new WeakMap<Claim, ReadonlySet<string>>();

/** The setting nouns a claim's locative phrases name ("gathered in the square" → square), by noun lemma. */
function settingHeads(claim: Claim): ReadonlySet<string> {
  let heads = headCache.get(claim);
  if (heads === undefined) {
    const { tokens } = claimWords(claim);
    const found = new Set<string>();
    tokens.forEach((t, i) => {
      if (!SETTING_PREPS.has(t.lower) || tokens[i + 1]?.lower !== 'the') return;
      for (let j = i + 2; j <= i + 2 + MODIFIER_REACH && j < tokens.length; j++) {
        const noun = nounLemma(tokens[j]!.lower);
        if (SETTING_HEADS.has(noun)) {
          found.add(noun);
          break;
        }
      }
    });
    heads = found;
    headCache.set(claim, heads);
  }
  return heads;
}

/**
 * Both claims set their counts at a named kind of place and the kinds differ ("a crowd of 20,000 in the square" /
 * "500 outside the court"): two gatherings, two groups counted.
 */
export function countsAtOtherSettings(a: Claim, b: Claim): boolean {
  const [x, y] = [settingHeads(a), settingHeads(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((h) => y.has(h));
}

const WHOLE_SCOPE: readonly (readonly string[])[] = WHOLE_SCOPE_CUES.map((cue) => cue.split(' '));

/** The claim says its count covers a whole area or event ("across the region", "nationwide", "in all"). */
function wholeScope(claim: Claim): boolean {
  const words = claimWords(claim).tokens.map((t) => t.lower);
  return containsCue(words, WHOLE_SCOPE);
}

/**
 * The one claim's places lie inside the other's ("in Florida" / "in the United States"), or the other says its count
 * covers the whole ("across the region") and names no place of the part: the one counts a part of the other's whole.
 * A place on one side only is no part: the other may mean the same place unsaid.
 */
function narrower(part: Claim, whole: Claim): boolean {
  const [x, y] = [settings(part).filter((p) => p.within.length > 0), settings(whole)];
  if (x.length === 0 || x.some((p) => y.some((w) => w.key === p.key || w.within.includes(p.key)))) return false;
  if (y.length === 0) return wholeScope(whole);
  return y.every((w) => x.some((p) => p.within.includes(w.key)));
}

const ORDINAL: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/** Nouns the claim picks one instance of by an ordinal ("the first blast" → blast), by noun lemma. */
function ordinalInstances(claim: Claim): string[] {
  const { tokens } = claimWords(claim);
  return tokens.flatMap((t, i) => (ORDINAL.has(t.lower) && tokens[i + 1]?.content ? [nounLemma(tokens[i + 1]!.lower)] : []));
}

/** The claim speaks of several instances of the noun at once ("the two blasts", "both attacks"): a plural form. */
function pluralOf(claim: Claim, noun: string): boolean {
  return claimWords(claim).tokens.some((t) => t.lower !== noun && nounLemma(t.lower) === noun);
}

/** One instance picked by an ordinal against the plural of its noun: "killed in the first blast" / "the two blasts killed". */
function oneOfSeveral(part: Claim, whole: Claim): boolean {
  return ordinalInstances(part).some((noun) => pluralOf(whole, noun) && !pluralOf(part, noun));
}

/** A definite "of" phrase after the figure (Quirk et al. 1985, § 5.24, partitives): "12 of the sailors" is a part of a set. */
const PARTITIVE_OF = /^\s+of\s+(?:the|these|those|its|their|them|our|his|her)\b/i;

/** The figure counts part of a set it names with a definite "of" phrase ("saved 12 of the sailors"). */
function partitive(claim: Claim, q: Quantity): boolean {
  const offset = q.span.end - claim.span.start;
  // "Two of the protesters arrested on Friday were charged", "nine of the tents that were put up": the figure's
  // own span may hold its "of" phrase, and a set told apart by a participle or relative clause is a set the other
  // count may be the whole of; "two of our players were banned" counts the banned, as "three players were banned" does.
  if (PARTITIVE_FIGURE.test(q.span.text)) return offset >= 0 && RESTRICTED_SET.test(claim.span.text.slice(offset));
  // "14 members of the army" counts members: only a bare figure takes its set from the "of" phrase.
  return q.noun === undefined && offset >= 0 && PARTITIVE_OF.test(claim.span.text.slice(offset));
}
/** A figure word and a definite "of" phrase in one span: "Two of the protesters", "12 of its sailors". */
const PARTITIVE_FIGURE = /^[\p{L}\p{N},.-]+\s+of\s+(?:the|these|those|its|their|them|our|his|her)\b/iu;
/** A participle ("arrested on Friday") or a relative clause ("that have gone up") right after the set's noun. */
const RESTRICTED_SET = /^\s+(?:that|who|which|[\p{L}-]+(?:ed|en))\b/iu;

const PARTITION: ReadonlySet<string> = new Set(PARTITION_NOUNS);
/** Words between "in the" and a division noun: "in the Newcomers' section", "in the under-12 girls' category". */
const DIVISION_REACH = 3;

/** The claim limits what it counts to one division of the whole ("chosen from 48 entries in the Newcomers' section"). */
function inDivision(claim: Claim): boolean {
  const { tokens } = claimWords(claim);
  return tokens.some((t, i) => t.lower === 'in' && tokens[i + 1]?.lower === 'the' && tokens.slice(i + 2, i + 3 + DIVISION_REACH).some((w) => PARTITION.has(nounLemma(w.lower))));
}

const CONTEST_PART: ReadonlySet<string> = new Set(CONTEST_PART_NOUNS);
const WITHIN: ReadonlySet<string> = new Set(['at', 'of', 'in', 'during']);

/**
 * The claim names one bout of a meeting the other claim counts as a whole ("the under-eights' race at the egg roll
 * drew 40" / "more than 120 children took part in the egg roll"): a contest-part noun, then at / of / in / during the
 * meeting, whose head the other claim names while it never names the part.
 */
function boutOf(part: Claim, whole: Claim): boolean {
  const { tokens } = claimWords(part);
  const named = new Set(claimWords(whole).tokens.map((t) => t.lemma));
  const verb = part.proposition.predicate?.span.start ?? Infinity;
  return tokens.some((t, i) => {
    if (!CONTEST_PART.has(t.lemma) || named.has(t.lemma) || !WITHIN.has(tokens[i + 1]?.lower ?? '')) return false;
    let j = i + 2;
    while (j < tokens.length && !tokens[j]!.content) j++;
    let head: string | undefined;
    for (; j < tokens.length && tokens[j]!.content && tokens[j]!.span.start < verb && !WITHIN.has(tokens[j]!.lower); j++) head = tokens[j]!.lemma;
    return head !== undefined && named.has(head);
  });
}


/** The names of a list in the claim ("the Parrett, Tone, Brue and King's Sedgemoor Drain"), lower case, by item. */
function listedNames(claim: Claim): string[][] {
  const { tokens } = claimWords(claim);
  const gap = (i: number) => claim.proposition.span.text.slice(tokens[i - 1]!.span.end - claim.proposition.span.start, tokens[i]!.span.start - claim.proposition.span.start);
  const items: string[][] = [];
  let joined = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === 'and' && items.length > 0) {
      joined = true;
      continue;
    }
    if (!isCapitalised(t.span.text)) {
      if (items.length >= 2 && joined) return items;
      items.length = 0;
      joined = false;
      continue;
    }
    const continues = i > 0 && isCapitalised(tokens[i - 1]!.span.text) && !gap(i).includes(',');
    if (continues && items.length > 0) items.at(-1)!.push(t.lower);
    else items.push([t.lower]);
  }
  return items.length >= 2 && joined ? items : [];
}

/**
 * The claim counts one of the things the other lists ("the River Tone yielded 65,000 tonnes" / "across the Parrett,
 * Tone, Brue and King's Sedgemoor Drain, contractors removed 210,000 tonnes"): a part of the listed whole.
 */
function oneOfListed(part: Claim, whole: Claim): boolean {
  const items = listedNames(whole);
  if (items.length < 2) return false;
  const named = new Set(claimWords(part).tokens.filter((t) => isCapitalised(t.span.text)).map((t) => t.lower));
  const hits = items.filter((item) => item.some((w) => named.has(w)));
  return hits.length === 1;
}

/**
 * A count limited to a place against one of the whole event ("killed 12 people in Florida" / "killed 30 people
 * across the region"), or to one of several instances ("three were killed in the first blast" / "the two blasts killed
 * 11"), or to one of the things the other lists ("the River Tone yielded 65,000 tonnes" / "across the Parrett, Tone
 * and Brue, 210,000 tonnes"), or to one bout of the meeting ("the under-eights' race at the egg roll drew 40" / "120
 * took part in the egg roll"), or to the progress so far toward a target ("has already cut 1,200" / "will cut 5,000"): the part may be
 * smaller than the whole, so only a part larger than the whole clashes; so may a partitive ("12 of the sailors") and a
 * count in one division ("48 entries in the Newcomers' section" / "340 entries").
 */
export function partWithinWhole(a: Claim, x: Quantity, b: Claim, y: Quantity): boolean {
  const [lx, hx, ly, hy] = [x.base.from ?? -Infinity, x.base.to ?? Infinity, y.base.from ?? -Infinity, y.base.to ?? Infinity];
  // "fourth-quarter output reached 7.3 million tonnes" / "produced 27.1 million tonnes in 2024": a quarter's figure is part of the year's.
  if (ADDITIVE.has(x.dimension)) {
    // "the River Tone yielded 65,000 tonnes" / "across the Parrett, Tone and Brue, 210,000 tonnes": one listed part.
    // "collected 85 bags on its busiest day" / "collected 900 over the month": one day's figure of the period's.
    const [aShare, bShare] = [interimPart(a, b) || oneOfListed(a, b) || dayOfPeriod(a, b), interimPart(b, a) || oneOfListed(b, a) || dayOfPeriod(b, a)];
    if (aShare || bShare) return aShare ? lx <= hy : ly <= hx;
  }
  if (x.dimension !== 'count') return false;
  const part = (p: Claim, w: Claim) => narrower(p, w) || oneOfSeveral(p, w) || progressTowardTarget(p, w) || (inDivision(p) && !inDivision(w)) || boutOf(p, w);
  // "104 of the 120 starters finished" / "120 starters took part": a part whose whole its claim counts is part of the
  // other count only when that count is the whole; "46 of its 210 stores" / "64 shops" count one set twice.
  const [xOf, yOf] = [wholeOfPart(a, x), wholeOfPart(b, y)];
  const [aPart, bPart] = [part(a, b) || (partitive(a, x) && xOf === undefined), part(b, a) || (partitive(b, y) && yOf === undefined)];
  // "Some 35 of the site's 180 staff" counts the whole a part is taken from: the other's smaller count may be the part.
  const [aWhole, bWhole] = [partitiveWhole(a, x), partitiveWhole(b, y)];
  const meets = (w: Quantity | undefined, q: Quantity) => w !== undefined && (w.base.from ?? -Infinity) <= (q.base.to ?? Infinity) && (q.base.from ?? -Infinity) <= (w.base.to ?? Infinity);
  return (aPart && lx <= hy) || (bPart && ly <= hx) || (bWhole && lx <= hy) || (aWhole && ly <= hx) || meets(xOf, y) || meets(yOf, x);
}

/**
 * The whole a part counts from in its own claim: "46 of its 210 stores" → "210 stores". Between the two figures stand
 * "of", a definite determiner and an optional possessor of up to three words ("of the Dunmore site's").
 */
export function wholeOfPart(claim: Claim, q: Quantity): Quantity | undefined {
  const whole = claim.quantities.find((w) => w.span.start > q.span.end);
  if (whole === undefined) return undefined;
  const words = claim.span.text.slice(q.span.end - claim.span.start, whole.span.start - claim.span.start).trim().toLowerCase().split(/\s+/);
  if (words[0] !== 'of' || !DEFINITE.has(words[1] ?? '') || words.length > 5) return undefined;
  return words.length === 2 || POSSESSIVE_END.test(words.at(-1)!) ? whole : undefined;
}

/**
 * "Some 35 of the site's 180 staff", "half of its 400 workers": the count is the set of a partitive (Quirk et al. 1985
 * § 5.25), the whole a figure or quantifier before "of" takes its part from. Read word by word backwards: an optional
 * possessor of up to three words ("the Dunmore site's"), a definite determiner, "of", and a figure or quantifier.
 */
function partitiveWhole(claim: Claim, q: Quantity): boolean {
  const words = claim.span.text.slice(0, Math.max(0, q.span.start - claim.span.start)).trimEnd().split(/\s+/).slice(-6).map((w) => w.toLowerCase());
  let k = words.length - 1;
  if (POSSESSIVE_END.test(words[k] ?? '')) {
    const stop = Math.max(0, k - 3);
    while (k > stop && !DEFINITE.has(words[k]!)) k--;
  }
  if (!DEFINITE.has(words[k] ?? '') || words[k - 1] !== 'of') return false;
  const quantifier = words[k - 2] ?? '';
  return FIGURE.test(quantifier) || QUANTIFIERS.has(quantifier);
}
const POSSESSIVE_END = /['’]s$/;
const DEFINITE: ReadonlySet<string> = new Set(PARTITIVE_OF_DETERMINERS);
const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'most', 'many', 'all', 'half', 'several', 'few', 'dozens', 'hundreds', 'thousands', 'none']);
const FIGURE = /^\p{N}[\p{N},.]*$/u;

/** Dimensions whose figures add up over parts of a period: a quarter's output is part of the year's. */
const ADDITIVE: ReadonlySet<string> = new Set(['count', 'mass', 'money', 'volume']);
const INTERIM: ReadonlySet<string> = new Set(INTERIM_PERIOD_NOUNS);
/** "fourth-quarter", "first-half": an ordinal joined to an interim period noun. */
const HYPHENED_INTERIM = /^(?:first|second|third|fourth|q[1-4])-(?:quarter|half)$/;

/** The claim's figure covers an interim period ("fourth-quarter output", "in the first half") the other claim does not name. */
function interimPart(part: Claim, whole: Claim): boolean {
  return namesInterim(part) && !namesInterim(whole);
}

function namesInterim(claim: Claim): boolean {
  const { tokens } = claimWords(claim);
  return tokens.some((t, i) => HYPHENED_INTERIM.test(t.lower) || (INTERIM.has(t.lower) && (ORDINAL.has(tokens[i - 1]?.lower ?? '') || /^q[1-4]$/.test(t.lower))));
}
