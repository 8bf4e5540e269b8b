import { GROUP_MEMBERS } from '../lexicon/group-members.js';
import { PARTITIVE_QUANTIFIERS } from '../lexicon/grammar-words.js';
import { ARTICLE_ONES, UNIT_WORDS } from '../lexicon/number-words.js';
import { singularNoun } from '../match/measure.js';
import type { Phrase } from '../model/claim.js';
import { BODY_NOUNS } from '../lexicon/collective-nouns.js';
import { stem } from '../extract/keys.js';

const MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(GROUP_MEMBERS).map(([group, members]) => [group, new Set(members.split(' '))]));

/** The last word of a phrase, lower case, as written ("Three officers" → "officers"); '' for none. */
export function lastWord(p: Phrase): string {
  return wordsOfPhrase(p).last;
}

/** The head noun of a phrase, lower case and singular ("Three officers" → "officer"). */
export function headNoun(p: Phrase): string {
  return wordsOfPhrase(p).head;
}

/** A phrase's last word and head noun, read once per phrase object (a claim's actor and theme are asked on every pair). */
function wordsOfPhrase(p: Phrase): { last: string; head: string } {
  let found = phraseWords.get(p);
  if (!found) {
    const last = p.text.toLowerCase().split(/[\s,]+/).filter(Boolean).at(-1) ?? '';
    phraseWords.set(p, (found = { last, head: singularNoun(last) }));
  }
  return found;
}
const phraseWords = new WeakMap<Phrase, { last: string; head: string }>();

/**
 * One actor names a group of people and the other one or more of its members (WordNet member meronymy: "police" /
 * "officers", "the crew" / "a crewman"): what the members did, the group did, so they are no rival doers.
 */
export function groupAndMember(x: Phrase, y: Phrase): boolean {
  const [hx, hy] = [headNoun(x), headNoun(y)];
  return memberOf(hx, hy) || memberOf(hy, hx) || bodyNamedByDoers(x, y) || bodyNamedByDoers(y, x);
}

/**
 * WordNet's member meronyms, or a member noun derived from its body's name by a personal suffix ("council" →
 * "councillor", "senate" → "senator", "trust" → "trustee"; Quirk et al. 1985, App. I.25–I.33, agent and member nouns).
 */
function memberOf(group: string, member: string): boolean {
  if (MEMBERS.get(group)?.has(member)) return true;
  const base = group.replace(/e$/, '');
  return group.length >= 4 && member.startsWith(base) && MEMBER_SUFFIXES.has(member.slice(base.length));
}
const MEMBER_SUFFIXES: ReadonlySet<string> = new Set(['or', 'lor', 'ar', 'ian', 'arian', 'ist', 'ee', 'man', 'woman', 'member']);

const BODY: ReadonlySet<string> = new Set(BODY_NOUNS);
const AGENT_SUFFIX = /(?:er|or)$/;

/**
 * "the judging panel" / "judges", "the rescue team" / "rescuers": a body named by what its people do, against those
 * people: a word before the body noun shares its stem with the other phrase's head.
 */
function bodyNamedByDoers(body: Phrase, doers: Phrase): boolean {
  const words = body.text.toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (!BODY.has(singularNoun(words.at(-1) ?? '')) || words.length < 2) return false;
  // An agent noun names its doer by the verb's stem and "-er" / "-or" ("rescuer" → rescue).
  const head = headNoun(doers);
  const stems = new Set([stem(head), stem(head.replace(AGENT_SUFFIX, ''))]);
  return words.slice(0, -1).some((w) => stems.has(stem(w)));
}

/** Words that pick some members out of a group: quantifiers, numbers, "a"/"an". */
const SOME_OF: ReadonlySet<string> = new Set([...PARTITIVE_QUANTIFIERS, ...ARTICLE_ONES, ...UNIT_WORDS.keys()]);

/** A plural that names the members as a whole ("councillors", "the officers"), with no number or quantifier singling some out. */
function allMembers(p: Phrase): boolean {
  const words = p.text.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return lastWord(p) !== headNoun(p) && !words.some((w) => SOME_OF.has(w) || /\d/.test(w));
}

/**
 * One actor names a group and the other all its members ("the council" / "councillors", "police" / "the officers"):
 * one doer, so what one says the group did and the other says its members did not is one proposition. A number or
 * quantifier ("two councillors", "some officers") singles members out, who may well have acted otherwise. Returns the
 * members' phrase (its claim may still count them apart: "Two officers" with the number read as a quantity).
 */
export function groupAsItsMembers(x: Phrase, y: Phrase): Phrase | undefined {
  const [hx, hy] = [headNoun(x), headNoun(y)];
  if (memberOf(hx, hy)) return allMembers(y) ? y : undefined;
  if (memberOf(hy, hx)) return allMembers(x) ? x : undefined;
  return undefined;
}
