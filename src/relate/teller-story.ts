import { TEXT_NOUNS } from '../lexicon/text-nouns.js';
import { FALSE_VALUE_WORDS, TRUE_VALUE_WORDS } from '../lexicon/truth-value-cues.js';

/** A story named by its teller alone ("the Daily Ledger report", "Ledger's claims"), with offsets into the text. */
export interface TellerStory {
  teller: string;
  /** Where the phrase starts (at "the" when it has one) and where its story noun ends (its teller's name, after "by"). */
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
    const name = tokens.slice(j, i).map((n) => n.word.replace(POSSESSIVE, ''));
    // A sentence-initial "The" opens the phrase, it does not name the teller.
    const article = name[0]?.toLowerCase() === 'the' ? 1 : 0;
    if (name.length === article) {
      const named = tellerAfter(tokens, i);
      if (named) out.push(named);
      return;
    }
    const before = tokens[j - 1];
    const the = article === 0 && before?.word.toLowerCase() === 'the' ? before.start : tokens[j]!.start;
    out.push({ teller: name.slice(article).join(' '), start: the, end: t.end });
  });
  return out;
}

/** "the allegations by the Ledger", "a report from Radio Tarn": the teller named after "by" or "from"; ends with its name. */
function tellerAfter(tokens: readonly { word: string; start: number; end: number }[], i: number): TellerStory | null {
  const before = tokens[i - 1]?.word.toLowerCase();
  // "the allegations by …": a determiner opens the phrase, so a possessive or name before the noun is not skipped.
  if (before !== 'the' && before !== 'a' && before !== 'an') return null;
  if (!BY_OR_FROM.has(tokens[i + 1]?.word.toLowerCase() ?? '')) return null;
  const first = tokens[i + 2]?.word.toLowerCase() === 'the' ? i + 3 : i + 2;
  let k = first;
  while (k < tokens.length && k - first < MAX_NAME_WORDS && CAPITALISED.test(tokens[k]!.word)) k++;
  if (k === first) return null;
  return { teller: tokens.slice(first, k).map((n) => n.word).join(' '), start: tokens[i - 1]!.start, end: tokens[k - 1]!.end };
}
const BY_OR_FROM: ReadonlySet<string> = new Set(['by', 'from']);

/** The same words unanchored: where they occur nowhere, no story in the text is called false (a cheap test first). */
const CALLED_FALSE_ANYWHERE = new RegExp(CALLED_FALSE_AFTER.source.slice(1), 'u');

/** A story named by its teller and called false in the text ("the Ledger report is not true"), with the cue's offsets. */
export function calledFalseStory(text: string): { teller: string; cueStart: number; cue: string } | null {
  if (!CALLED_FALSE_ANYWHERE.test(text)) return null;
  for (const story of tellerStories(text)) {
    const m = CALLED_FALSE_AFTER.exec(text.slice(story.end));
    if (m) return { teller: story.teller, cueStart: story.end + 1, cue: m[0].slice(1) };
  }
  return null;
}
