import { ACTION_OBJECTS, LINE_LABELS, READER_ACTIONS, RIGHTS_NOTICES, STANDALONE_LABELS } from '../lexicon/page-furniture.js';
import { isEnglishWord } from './english-words.js';
import type { Token } from './tokens.js';

const ACTION_OBJECT = new Set(ACTION_OBJECTS);
const STANDALONE = new Set(STANDALONE_LABELS);
/** Page furniture is short (Kohlschütter et al. 2010): a longer sentence is read as the story's own. */
const MAX_FURNITURE_WORDS = 16;
/** A byline names at most a few people and a title: "By Jane Smith and Omar Haddad, Staff Writers". */
const MAX_BYLINE_WORDS = 10;
/** An address chunk, tested from its start (anchored, so a long run of word characters cannot make it quadratic). */
const ADDRESS_CHUNK = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/|www\.|[\w-]+\.(?:com|org|net|co\.uk)\/|@\w{2,})/iu;
const BYLINE_JOINERS = new Set(['and', 'in', 'of', 'for', 'the']);

/**
 * True when a sentence is page furniture rather than story (CleanEval's classes, src/lexicon/page-furniture.ts):
 * a contact line with an address, a call to action ("Click here …", "Follow us on …"), a labelled caption or credit
 * ("Photo: …"), a page label ("Advertisement"), a rights notice or a byline ("By Jane Smith, Correspondent").
 */
export function isBoilerplate(text: string, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > MAX_FURNITURE_WORDS) return false;
  const lower = text.trim().toLowerCase();
  const opening = words.map((w) => w.lower).join(' ');
  if (STANDALONE.has(lower.replace(/[^\p{L}\p{N}' ]+/gu, '').trim())) return true;
  if (RIGHTS_NOTICES.some((n) => lower.startsWith(n) || (n.includes(' ') && lower.includes(n)))) return true;
  if (LINE_LABELS.some((label) => lower.startsWith(`${label}:`) || lower.startsWith(`${label} |`))) return true;
  if (isBareCredit(words)) return true;
  const action = READER_ACTIONS.find((a) => opening === a || opening.startsWith(`${a} `));
  if (action && (action.includes(' ') || ACTION_OBJECT.has(words[1]?.lower ?? ''))) return true;
  if (hasAddress(text) && (words.length <= 6 || READER_ACTIONS.some((a) => ` ${opening} `.includes(` ${a} `)))) return true;
  return isByline(words);
}

/** Words a credit without its colon names at most: "Photo Reuters", "Source agencies, Gforgames". */
const MAX_CREDIT_WORDS = 5;
const LABEL = new Set(LINE_LABELS);

/**
 * "Source benzinga, Gforgames": a one-word label without its colon, then only names (capitalised, or words English
 * does not know); a story sentence has an English word after it ("Sources said …", "Video shows …").
 */
function isBareCredit(words: readonly Token[]): boolean {
  if (!words[0]?.capitalized || !LABEL.has(words[0].lower) || words.length < 2 || words.length > MAX_CREDIT_WORDS + 1) return false;
  return words.slice(1).every((w) => w.capitalized || !isEnglishWord(w.lower));
}

/** "By" and then only names: capitalised words, a comma-separated title, "and" between two names. */
function isByline(words: readonly Token[]): boolean {
  if (words[0]?.lower !== 'by' || !words[0].capitalized || words.length < 3 || words.length > MAX_BYLINE_WORDS) return false;
  return words.slice(1).every((w) => w.capitalized || BYLINE_JOINERS.has(w.lower)) && words[1]!.capitalized;
}

/** An e-mail address, a web address or a handle among the sentence's whitespace-separated chunks. */
function hasAddress(text: string): boolean {
  return text.split(/\s+/).some((chunk) => ADDRESS_CHUNK.test(chunk.replace(/^[("'“‘]+/u, '')));
}
