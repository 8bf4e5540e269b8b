import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { SegmentedDocument, Sentence } from '../segment/segment.js';
import { actorKey, contentKeys } from './keys.js';
import { claimBeside } from './claim-beside.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { numberWordsUpTo } from '../lexicon/number-words.js';

/**
 * ", including captain Len Darby", ", among them Ada Kerr and Tom Reed": a named member given after the set a clause
 * speaks of (Quirk et al. 1985, § 17.84, "including" and "among them" introduce a partial list of what a noun phrase
 * stands for). Up to two lower-case role words may precede the name.
 */
const INCLUDING = /,\s+(?:including|among\s+them)\s+((?:[a-z]+\s+){0,2}?)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}(?:\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})?)(?=\s*(?:[,.;:)]|$))/gu;
/** Role words are a title or a description ("captain", "club secretary"), never a number or a preposition ("two from"). */
const NOT_ROLE: ReadonlySet<string> = new Set([...SIMPLE_PREPOSITIONS, ...numberWordsUpTo(20), 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
const PLURAL_HEAD = /s\s*$/;

/**
 * "Three players were suspended, including captain Len Darby" also says that Len Darby was suspended: a claim of the
 * main clause's act, held as it is and in its state, with each named member in the role the plural set has there (its
 * theme, else its subject). Only for a set that is plural; the member's words are its own key.
 */
export function includedMemberClaims(seg: SegmentedDocument, sentence: Sentence, main: Claim | undefined, lexicon: Lexicon, number: number): Claim[] {
  const proposition = main?.proposition;
  if (!main || !proposition?.predicate) return [];
  const role = proposition.theme && PLURAL_HEAD.test(proposition.theme.text) ? 'theme' : proposition.actor && PLURAL_HEAD.test(proposition.actor.text) ? 'actor' : undefined;
  if (role === undefined) return [];
  const { doc } = seg;
  const from = proposition[role]!.span.end;
  const text = doc.text.slice(from, sentence.end);
  const out: Claim[] = [];
  // INCLUDING (case-sensitive) needs one of its two words: most sentences have neither, and are not searched.
  if (!text.includes('including') && !text.includes('among')) return out;
  for (const m of text.matchAll(INCLUDING)) {
    if (m[1]!.trim().split(/\s+/).some((w) => NOT_ROLE.has(w))) continue;
    for (const name of m[2]!.split(' and ')) {
      const at = m[2]!.indexOf(name);
      const start = from + m.index + m[0].length - m[2]!.length + at;
      const end = start + name.length;
      const words = name.toLowerCase().split(/\s+/);
      const member = { text: name, key: actorKey(words, lexicon.aliases), span: spanOf(doc.text, start, end) };
      const tokens = sentence.tokens.filter((t) => t.start >= proposition.span.start && t.end <= end);
      const told = { ...proposition, span: spanOf(doc.text, proposition.span.start, Math.max(end, proposition.span.end)), [role]: member, events: [] };
      out.push(claimBeside(main, doc, number + out.length, told, [...contentKeys(tokens, lexicon.aliases), member.key]));
    }
  }
  return out;
}
