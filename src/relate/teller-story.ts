import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { FALSE_VALUE_WORDS, TRUE_VALUE_WORDS } from '../lexicon/truth-value-cues.js';

/** A story named by its teller alone ("the Daily Ledger report", "Ledger's claims"), with offsets into the text. */
export interface TellerStory {
  teller: string;
  /** Where the phrase starts (at "the" when it has one) and where its story noun ends. */
  start: number;
  end: number;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plural = (w: string): string[] => (w.endsWith('s') ? [w] : [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]);
/** What a teller tells (FrameNet Text and Statement nouns, text-nouns.ts), with "story" and "account". */
const STORY_NOUNS: ReadonlySet<string> = new Set([...TEXT_NOUNS, 'story', 'account'].flatMap(plural));
/** Most capitalised words a teller's name runs to ("The New York Times"). */
const MAX_NAME_WORDS = 4;
const TOKEN = /[\p{L}\p{N}&.'’-]+/gu;
const POSSESSIVE = /['’]s?$/u;
const CAPITALISED = /^\p{Lu}/u;
const byLength = (words: readonly string[]): string => [...words].sort((x, y) => y.length - x.length).map(escape).join('|');
/** Right after the story: a copula and a false value, or "not" and a true one ("is not true", "are lies"); anchored. */
const CALLED_FALSE_AFTER = new RegExp(
  `^\\s(?:is|are|was|were)\\s["“'‘]?(?:(?:not|n[o']t)\\s(?:${byLength(TRUE_VALUE_WORDS)})|(?:(?:an?|the|complete|total|utter)\\s)?(?:${byLength(FALSE_VALUE_WORDS)}))\\b`,
  'u',
);

/** Every story named by its teller alone: a story noun after one to four capitalised words, possibly possessive. */
export function tellerStories(text: string): TellerStory[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const out: TellerStory[] = [];
  tokens.forEach((t, i) => {
    if (!STORY_NOUNS.has(t.word.toLowerCase())) return;
    let j = i;
    while (j > 0 && i - j < MAX_NAME_WORDS && CAPITALISED.test(tokens[j - 1]!.word)) j--;
    if (j === i) return;
    const name = tokens.slice(j, i).map((n) => n.word.replace(POSSESSIVE, ''));
    // A sentence-initial "The" opens the phrase, it does not name the teller.
    const article = name[0]!.toLowerCase() === 'the' ? 1 : 0;
    if (name.length === article) return;
    const before = tokens[j - 1];
    const the = article === 0 && before?.word.toLowerCase() === 'the' ? before.start : tokens[j]!.start;
    out.push({ teller: name.slice(article).join(' '), start: the, end: t.end });
  });
  return out;
}

/** A story named by its teller and called false in the text ("the Ledger report is not true"), with the cue's offsets. */
export function calledFalseStory(text: string): { teller: string; cueStart: number; cue: string } | null {
  for (const story of tellerStories(text)) {
    const m = CALLED_FALSE_AFTER.exec(text.slice(story.end));
    if (m) return { teller: story.teller, cueStart: story.end + 1, cue: m[0].slice(1) };
  }
  return null;
}
