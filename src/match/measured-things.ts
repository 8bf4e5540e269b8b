import type { Claim, Quantity } from '../model/claim.js';
import { CENTRAL_DETERMINERS } from '../lexicon/grammar-words.js';
import { MEASURE_VERBS, SIZE_GIVING_VERBS } from '../lexicon/value-verbs.js';
import { DOWNWARD_CHANGE, UPWARD_CHANGE } from '../lexicon/change-direction.js';
import { FUNCTION_WORDS } from '../lexicon/function-words.js';
import { claimWords, type Token } from '../relate/words.js';
import { nounLemma } from '../relate/lemma.js';
import { TIME_UNIT_NOUNS } from '../lexicon/general-nouns.js';
import { ratePer } from '../detect/rates.js';

/*
 * The thing a measure figure (a sum, a weight, a length: not a count) is the measure of, read from the figure's place
 * in its noun phrase or clause (Quirk et al. 1985 § 17.98 measure phrases as premodifiers; FrameNet 1.7 Dimension and
 * Expensiveness: the subject of "weigh" and "cost" is what is measured):
 * - the noun the figure measures by "of" ("120 mm of rain": the quantity's own noun);
 * - the head the figure premodifies after a determiner ("a 310-gram stone", "the £90,000 scheme");
 * - the noun a participle of a verb of measuring postmodifies ("a marrow weighing 54.2 kilograms");
 * - the subject of a verb of measuring with the figure after it ("The repair cost £9,000");
 * - for a count per unit of time, the counted thing and the period ("nine return crossings a week"): a frequency
 *   measures a service, while other counts count the participants of an act, which differ between acts.
 */

const DETERMINERS: ReadonlySet<string> = new Set(CENTRAL_DETERMINERS);
const FUNCTION: ReadonlySet<string> = new Set(FUNCTION_WORDS);
// Only the verbs of measuring and of scalar change ("Shares fell 4 per cent": the figure measures the subject's
// change; Levin § 45.6 as change-direction.ts lists them, less those that give a size): the verbs of amounting ("be",
// "come", "run") have many other senses, and one subject stating a value twice is already valueStatedTwice's (measure.ts).
const SIZE_GIVING: ReadonlySet<string> = new Set(SIZE_GIVING_VERBS);
const MEASURING: ReadonlySet<string> = new Set([...MEASURE_VERBS, ...[...UPWARD_CHANGE, ...DOWNWARD_CHANGE].filter((v) => !SIZE_GIVING.has(v))]);
const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_NOUNS);
/** Words that end a noun phrase's head run: "the refurbishment of the library" has the head refurbishment. */
const POSTMODIFIER = /^(?:of|in|at|on|for|from|with|by|to|near)$/;
/** A possessive or a name inside the subject ("Jones's house", "the Kelby house") says whose thing it is. */
const POSSESSIVE = /['’]s$/;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** A measured thing and whether it is the claim's subject (then that subject is no doer to compare). */
export interface MeasuredThing {
  q: Quantity;
  /** The measured noun's singular, lower case. */
  thing: string;
  /** The thing is the claim's subject ("the stone weighs") or a frequency: the subject then names no rival doer. */
  ofSubject: boolean;
  /** Whose or which the thing is, by a possessive or a name in its phrase ("Jones's house" → jones). */
  owner?: string;
  /** The head of an "of" phrase after the thing ("a stretch of the coast path" → path): which one it is. */
  of?: string;
}

const nounOf = (t: Token) => nounLemma(t.lower);

/** The head a figure premodifies: "a 310-gram stone" → stone (determiner, figure, then a content word that is no number). */
function premodifiedHead(c: Claim, tokens: readonly Token[], q: Quantity): { thing: string; of: string | undefined } | undefined {
  const after = tokens.findIndex((t) => t.span.start >= q.span.end);
  const before = [...tokens].reverse().find((t) => t.span.end <= q.span.start);
  const head = after < 0 ? undefined : tokens[after];
  if (head === undefined || before === undefined || !DETERMINERS.has(before.lower)) return undefined;
  // Only a word right after the figure: "the £9,000 it cost" has no head noun.
  const adjacent = /^\s+$/.test(c.text.slice(q.span.end - c.span.start, head.span.start - c.span.start));
  if (!head.content || FUNCTION.has(head.lower) || /\d/.test(head.lower) || !adjacent) return undefined;
  return { thing: nounOf(head), of: ofHead(tokens.slice(after + 1).map((t) => t.span.text)) };
}

/** The head of an "of" phrase opening `words`: the last word of its run of content words ("of the canal towpath" → towpath). */
function ofHead(words: readonly string[]): string | undefined {
  if (words[0]?.toLowerCase() !== 'of') return undefined;
  const run: string[] = [];
  for (const w of words.slice(1)) {
    const lower = w.toLowerCase();
    if (FUNCTION.has(lower) || POSTMODIFIER.test(lower)) {
      if (run.length > 0) break;
      continue;
    }
    run.push(lower);
  }
  return run.length > 0 ? nounLemma(run.at(-1)!) : undefined;
}

/** The subject of a verb of measuring whose figure follows it: "The repair of the mill cost £9,000" → repair. */
function subjectMeasured(c: Claim, q: Quantity): { thing: string; owner: string | undefined; of: string | undefined } | undefined {
  const { actor, predicate } = c.proposition;
  if (actor === undefined || predicate === undefined || !MEASURING.has(predicate.lemma.toLowerCase())) return undefined;
  if (q.span.start < predicate.span.end || actor.span.end > predicate.span.start) return undefined;
  // The subject may stand outside the claim's own words (a relative clause's antecedent): read from its text.
  const words = actor.text.match(WORD) ?? [];
  const stop = words.findIndex((w) => POSTMODIFIER.test(w.toLowerCase()));
  const head = (stop < 0 ? words : words.slice(0, stop)).filter((w) => !FUNCTION.has(w.toLowerCase()) && !/\d/.test(w)).at(-1);
  if (head === undefined) return undefined;
  const owner = words.find((w, i) => POSSESSIVE.test(w) || (i > 0 && w !== head && /^\p{Lu}/u.test(w)));
  return { thing: nounLemma(head.toLowerCase()), owner: owner?.toLowerCase().replace(POSSESSIVE, ''), of: stop < 0 ? undefined : ofHead(words.slice(stop)) };
}

/**
 * The noun a participle of a verb of measuring postmodifies, with the figure right after it (a reduced relative, Quirk
 * et al. 1985 § 17.29): "a marrow weighing 54.2 kilograms" → marrow, "a wall measuring 40 metres" → wall.
 */
function participleMeasured(tokens: readonly Token[], q: Quantity): string | undefined {
  const i = tokens.findIndex((t) => t.span.start >= q.span.start);
  const [noun, verb] = [tokens[i - 2], tokens[i - 1]];
  if (noun === undefined || verb === undefined || !verb.lower.endsWith('ing') || !MEASURING.has(verb.verb ?? '')) return undefined;
  return noun.content && !/\d/.test(noun.lower) ? nounOf(noun) : undefined;
}

/** A count per unit of time names a frequency of its counted thing: "nine return crossings a week" → "crossing a week". */
export function frequencyOf(c: Claim, q: Quantity): string | undefined {
  if (q.dimension !== 'count' || q.noun === undefined) return undefined;
  const per = ratePer(c, q);
  return per !== undefined && TIME_UNITS.has(per) ? `${nounLemma(q.noun.toLowerCase().trim())} a ${per}` : undefined;
}

const cache = new WeakMap<Claim, readonly MeasuredThing[]>();

/** What each measure figure of a claim measures, where its phrase says; counts count participants and are left out. */
export function measuredThings(c: Claim): readonly MeasuredThing[] {
  let found = cache.get(c);
  if (found) return found;
  const { tokens } = claimWords(c);
  found = c.quantities.flatMap((q): MeasuredThing[] => {
    if (q.dimension === 'count') {
      const thing = frequencyOf(c, q);
      // A service's frequency is told by whoever runs, uses or cuts it: its subjects are no rival doers.
      return thing === undefined ? [] : [{ q, thing, ofSubject: true }];
    }
    if (q.noun !== undefined) return [{ q, thing: nounLemma(q.noun.toLowerCase().trim()), ofSubject: false }];
    const head = premodifiedHead(c, tokens, q);
    if (head !== undefined) return [{ q, thing: head.thing, ofSubject: false, ...(head.of ? { of: head.of } : {}) }];
    const modified = participleMeasured(tokens, q);
    if (modified !== undefined) return [{ q, thing: modified, ofSubject: false }];
    const subject = subjectMeasured(c, q);
    if (subject === undefined) return [];
    return [{ q, thing: subject.thing, ofSubject: true, ...(subject.owner ? { owner: subject.owner } : {}), ...(subject.of ? { of: subject.of } : {}) }];
  });
  cache.set(c, found);
  return found;
}
