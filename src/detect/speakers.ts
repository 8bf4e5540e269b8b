/** Telling speakers apart: only two names can be; a role ("the network's director") or a pronoun may be anyone. */

import { derived, type Lexicon } from '../lexicon/index.js';
import { personNameIn } from '../extract/referents.js';

const outletWords = (lexicon: Pick<Lexicon, 'outletWords'>): ReadonlySet<string> => new Set(lexicon.outletWords);

const CAPITALISED = /^\p{Lu}/u;
const ARTICLES = new Set(['the', 'a', 'an']);
/** A personal name has a given name and a family name at least. */
const MIN_NAME_WORDS = 2;
/** Longest leader name looked up at the end of a speaker ("Prime Minister Ulisses Correia e Silva"). */
const MAX_LEADER_NAME_WORDS = 4;

/** A word written with a capital first letter: a name or the start of one. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** A capitalised word that is not a leading article: "Peskov", "director Anna Gerber", not "The ministry". */
export function hasName(holder: string): boolean {
  return holder.trim().split(/\s+/).some((w, i) => isCapitalised(w) && !(i === 0 && ARTICLES.has(w.toLowerCase())));
}

/** A capitalised name with an outlet's nameplate word ("Tolo News", "the Daily Dot"): a channel for others' words. */
export function isOutlet(name: string, lexicon: Pick<Lexicon, 'outletWords'>): boolean {
  const words = name.trim().split(/\s+/);
  return hasName(name) && words.some((w) => isCapitalised(w) && derived(lexicon, outletWords).has(w.toLowerCase()));
}

type Offices = Pick<Lexicon, 'singleHolderOffices'>;
const offices = (lexicon: Offices): ReadonlySet<string> => new Set(lexicon.singleHolderOffices);

/** "the mayor", "the fire chief": a definite description headed by an office one person holds, with no name. */
function singleOffice(words: readonly string[], lexicon: Offices): boolean {
  const [first, ...rest] = words;
  return first?.toLowerCase() === 'the' && rest.length > 0 && !rest.some(isCapitalised) && derived(lexicon, offices).has(rest.at(-1)!.toLowerCase());
}

/**
 * Two speakers that cannot be told apart (a role, a pronoun) may be one person: quote's case, not attribution's.
 * Two names can be told apart, and so can two different single-holder offices ("the mayor" / "the fire chief").
 */
export function distinguishable(x: string, y: string, lexicon: Offices): boolean {
  if (hasName(x) && hasName(y)) return true;
  const [wx, wy] = [x.trim().split(/\s+/), y.trim().split(/\s+/)];
  return singleOffice(wx, lexicon) && singleOffice(wy, lexicon) && wx.at(-1)!.toLowerCase() !== wy.at(-1)!.toLowerCase();
}


/** The family name: the last word, lower-cased ("Mr Quiroga" and "Raúl Quiroga" share "quiroga"). */
export function familyName(name: string): string {
  const words = name.trim().split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** The capitalised words after a lower-case title: "Raúl Quiroga" in "union leader Raúl Quiroga"; none without a title. */
function nameAfterTitle(phrase: string): string | undefined {
  const all = phrase.trim().split(/\s+/);
  let at = all.length;
  while (at > 0 && isCapitalised(all[at - 1]!)) at -= 1;
  if (at === 0 || all.length - at < MIN_NAME_WORDS) return undefined;
  return all.slice(at).join(' ');
}

/**
 * One person under two titles: "confederation leader Raúl Quiroga" / "Union leader Raúl Quiroga". Outlets describe a
 * speaker differently; the full name after the title (given and family name) is what identifies them.
 */
export function samePersonalName(x: string, y: string): boolean {
  const name = nameAfterTitle(x);
  return (name !== undefined && name === nameAfterTitle(y)) || courtesyTitled(x, y) || courtesyTitled(y, x);
}

/** The courtesy titles of the AP Stylebook, used with the family name alone on second reference. */
const COURTESY: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mister']);
const courtesy = (word: string | undefined) => word !== undefined && COURTESY.has(word.toLowerCase().replace(/\.$/, ''));

/** "Ms Struan" / "Fiona Struan", "managing director Fiona Struan": a courtesy title and the family name of a full name. */
function courtesyTitled(short: string, full: string): boolean {
  const words = short.trim().split(/\s+/);
  if (words.length !== 2 || !courtesy(words[0])) return false;
  const name = personNameIn(full)?.split(/\s+/);
  return name !== undefined && !courtesy(name[0]) && name.at(-1) === words[1];
}

/** The leader a speaker names ("President Zelensky" → "volodymyr zelenskyy"), by the longest known name at its end. */
function leaderOf(speaker: string, people: ReadonlyMap<string, string>): string | undefined {
  const words = speaker.toLowerCase().trim().split(/\s+/);
  for (let n = Math.min(MAX_LEADER_NAME_WORDS, words.length); n >= 1; n--) {
    const hit = people.get(words.slice(words.length - n).join(' '));
    if (hit) return hit;
  }
  return undefined;
}

/** Two known leaders, not one: a president and a prime minister of one state are one actor but two speakers. */
export function twoLeaders(x: string, y: string, lexicon: Lexicon): boolean {
  const [a, b] = [leaderOf(x, lexicon.people), leaderOf(y, lexicon.people)];
  return a !== undefined && b !== undefined && a !== b;
}

// A cleft puts the speaker between "it was" and "who" ("At the briefing it was the mayor who said …").
const CLEFT_BE: readonly (readonly string[])[] = [['was'], ['is'], ['has', 'been'], ['had', 'been']];

/** The speaker a holder phrase names: the focus of a cleft, else the phrase itself. Word by word, so no regex can backtrack. */
export function creditedSpeaker(holder: string): string {
  const words = holder.trim().split(/\s+/);
  const last = words.at(-1)?.toLowerCase();
  if (last !== 'who' && last !== 'that') return holder;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.toLowerCase() !== 'it') continue;
    const be = CLEFT_BE.find((b) => b.every((w, k) => words[i + 1 + k]?.toLowerCase() === w));
    const focus = be ? words.slice(i + 1 + be.length, -1) : [];
    if (focus.length > 0) return focus.join(' ');
  }
  return holder;
}
