import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { FALSE_VALUE_WORDS, TRUE_VALUE_WORDS } from '../lexicon/truth-value-cues.js';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plural = (w: string): string[] => (w.endsWith('s') ? [w] : [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]);
/** What a teller tells (FrameNet Text and Statement nouns, text-nouns.ts), with "story" and "account". */
const STORY_NOUNS = [...TEXT_NOUNS, 'story', 'account'].flatMap(plural).sort((x, y) => y.length - x.length).map(escape).join('|');
/** The teller: one to four capitalised words, possibly possessive ("the Daily Ledger report", "Ledger's claims"). */
const TELLER = String.raw`(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)(?:['’]s?)?\s+(?:${STORY_NOUNS})\b`;
const FALSE_WORDS = [...FALSE_VALUE_WORDS].sort((x, y) => y.length - x.length).map(escape).join('|');
const NOT_TRUE = [...TRUE_VALUE_WORDS].sort((x, y) => y.length - x.length).map(escape).join('|');
/** "<teller's story> is not true" / "are lies": the copula right after the story, then the value. */
export const CALLED_FALSE = new RegExp(`${TELLER}\\s+((?:is|are|was|were)\\s+["“'‘]?(?:(?:not|n[o']t)\\s+(?:${NOT_TRUE})|(?:(?:an?|the|complete|total|utter)\\s+)?(?:${FALSE_WORDS})))\\b`, 'u');
export const TOLD_STORY = new RegExp(TELLER, 'u');
/** A story named by its teller alone and called false in the text ("the Ledger report is not true"), or null. */
export function calledFalseStory(text: string): RegExpExecArray | null {
  return CALLED_FALSE.exec(text);
}
