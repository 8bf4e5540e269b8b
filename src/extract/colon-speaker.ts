/**
 * The speaker of a quotation that a colon opens after a clause of any verb: 'Dorothy Finch was upbeat all the same: "…"',
 * 'At the tally, Ruth summed up: "…"', 'As our president Keith Lamb put it: "…"', 'Alan Mabey, the chief scrutineer,
 * put it like this: "…"'. News copy introduces direct speech this way with verbs that report nothing elsewhere; the
 * colon makes what follows the subject's words (Quirk et al. 1985, § 14.29, on colons before direct speech). A verbless
 * label of a name and a role ('Tom Reed, chairman: "…"') names its speaker too. Split from quote-speakers.ts, which
 * finds speakers through reporting verbs.
 */
import type { Range, TextView } from '../ingest/types.js';
import { ADVERBIAL_OPENERS, CLAUSE_AUXILIARIES, LONE_ADVERB_OPENERS, AFFILIATION_PREPOSITIONS } from '../lexicon/attribution-cues.js';
import { ADVERBIAL_SUBORDINATORS } from '../lexicon/clause-cues.js';
import { BE_FORMS, CENTRAL_DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { pastTenseLemma, presentTenseLemma } from './lemma.js';
import { isVerbLemma } from '../relate/wordnet.js';
import { MONTHS, WEEKDAYS } from '../lexicon/date-cues.js';

/** Most tokens of a subject before the frame's verb ("Foray leader Dr Ruth Kaye, who has led the walk for years,"). */
const MAX_SUBJECT_TOKENS = 16;
const AFFILIATION: ReadonlySet<string> = new Set(AFFILIATION_PREPOSITIONS);
/** "Vane's verdict was blunt:": the owner of the words is the speaker. */
const POSSESSIVE = /['’]s$/u;
/** Most tokens of a description taken as a speaker ("the chief scrutineer of the club"). */
const MAX_DESCRIPTION_TOKENS = 5;
const FINITE: ReadonlySet<string> = new Set([...BE_FORMS, ...CLAUSE_AUXILIARIES, 'may', 'might', 'did', 'does', 'do']);
const DETERMINER: ReadonlySet<string> = new Set([...CENTRAL_DETERMINERS, 'her', 'this', 'that', 'these', 'those']);
const OPENER: ReadonlySet<string> = new Set([...ADVERBIAL_OPENERS, ...ADVERBIAL_SUBORDINATORS]);
const LONE: ReadonlySet<string> = new Set(LONE_ADVERB_OPENERS);
const PRONOUN: ReadonlySet<string> = new Set(SUBJECT_PRONOUNS);
/** Weekdays and months are capitalised but name no speaker ("Her farewell on Monday said it all:"). */
const DATE_WORD: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...MONTHS.keys()]);
/** Object pronouns: in a subject they show a verb was missed before them ("reaches us that …"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['us', 'them', 'him', 'me']);
/** "It was a simple message:", "There was one rule:": no one is named as saying what follows. */
const NO_SPEAKER: ReadonlySet<string> = new Set(['it', 'this', 'that', 'there', 'these', 'those', 'what', 'which', 'who']);

/** The speaker named by the clause before the colon that opens the quotation at `open`, or undefined. */
export function colonSpeaker(doc: TextView, range: Range, open: number, forms: Readonly<Record<string, string>>): string | undefined {
  const before = doc.view.slice(range.start, open).trimEnd();
  if (!before.endsWith(':')) return undefined;
  const all = tokenize(doc.view, { start: range.start, end: range.start + before.length - 1 });
  if (all.some((t) => t.lower === '"' || t.lower === ':')) return undefined;
  const label = nameAndRole(all);
  if (label !== undefined) return doc.text.slice(label[0]!.start, label[label.length - 1]!.end);
  // "Dr Nia Quell led the count, and she told us:": the clause the colon ends is the one after the last ", and".
  const start = lastClauseStart(all);
  const subject = clauseSubject(all.slice(start), forms);
  if (subject === undefined || NO_SPEAKER.has(subject[0]!.lower)) return undefined;
  if (PRONOUN.has(subject[0]!.lower)) {
    // "…, and she told us:": "he" or "she" alone takes up the first clause's named subject (Quirk et al. 1985, § 13.40).
    const first = start > 0 && subject.length === 1 && PERSONAL.has(subject[0]!.lower) ? clauseSubject(all.slice(0, start), forms) : undefined;
    const named = first !== undefined && !PRONOUN.has(first[0]!.lower) && !NO_SPEAKER.has(first[0]!.lower) ? speakerIn(doc, first) : undefined;
    return named !== undefined && /^\p{Lu}/u.test(named) ? named : undefined;
  }
  return speakerIn(doc, subject);
}

/** The subject of a clause before its finite verb, unless a missed verb shows in it ("us that Struan Pipes is …"). */
function clauseSubject(tokens: readonly Token[], forms: Readonly<Record<string, string>>): Token[] | undefined {
  const from = subjectStart(tokens);
  const verb = tokens.findIndex((t, k) => k > from && k - from <= MAX_SUBJECT_TOKENS && isFiniteVerb(t, tokens[k - 1]!, forms) && !insideAside(tokens, from, k));
  if (verb < 0) return undefined;
  const subject = tokens.slice(from, verb);
  if (subject.length === 0) return undefined;
  // An object pronoun or a "that" outside an aside shows a verb was missed before it.
  return subject.some((t, k) => (OBJECT_PRONOUNS.has(t.lower) || t.lower === 'that') && !insideAside(subject, 0, k)) ? undefined : subject;
}
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she']);
/** Most lower-case words of the role in a speaker label ("the show's chief steward"). */
const MAX_ROLE_WORDS = 4;

/**
 * 'Tom Reed, chairman: "…"': a verbless label of a name of two or more words, a comma and a short lower-case role
 * names the speaker of the quotation after it, as in interview copy. The name's words, else undefined.
 */
function nameAndRole(tokens: readonly Token[]): Token[] | undefined {
  const comma = tokens.findIndex((t) => t.lower === ',');
  if (comma < 2) return undefined;
  const [name, role] = [tokens.slice(0, comma), tokens.slice(comma + 1)];
  const isName = name.every((t) => t.kind === 'word' && t.capitalized && !DATE_WORD.has(t.lower) && !DETERMINER.has(t.lower));
  const isRole = role.length > 0 && role.length <= MAX_ROLE_WORDS && role.every((t) => t.kind === 'word' && !t.capitalized);
  return isName && isRole ? name : undefined;
}

/** After the last clause coordinator that follows a comma or a semicolon, else 0. */
function lastClauseStart(tokens: readonly Token[]): number {
  for (let k = tokens.length - 2; k > 0; k--) {
    if (tokens[k]!.lower === ';' || (COORDINATORS.has(tokens[k]!.lower) && tokens[k - 1]!.lower === ',')) return k + 1;
  }
  return 0;
}
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'so']);

/** Where the clause's subject starts: after an opening adverbial closed by a comma, a lone adverb, or "as". */
function subjectStart(tokens: readonly Token[]): number {
  let from = 0;
  const comma = tokens.findIndex((t) => t.lower === ',');
  if (comma > 0 && OPENER.has(tokens[0]!.lower)) from = comma + 1;
  while (from < tokens.length && (LONE.has(tokens[from]!.lower) || tokens[from]!.lower === 'as')) from++;
  return from;
}

/** A finite verb form: a form of "be", "have", "do" or a modal, a reporting or speech-tag verb, or a past or present form. */
function isFiniteVerb(t: Token, previous: Token, forms: Readonly<Record<string, string>>): boolean {
  if (t.kind !== 'word' || t.capitalized || DETERMINER.has(previous.lower)) return false;
  const present = presentTenseLemma(t.lower);
  return FINITE.has(t.lower) || forms[t.lower] !== undefined || pastTenseLemma(t.lower) !== undefined || (present !== undefined && isVerbLemma(present));
}

/** Token k stands inside a comma-enclosed aside after the subject's head ("Ruth Kaye, who has led the walk, announced"). */
function insideAside(tokens: readonly Token[], from: number, k: number): boolean {
  return tokens.slice(from, k).filter((t) => t.lower === ',').length % 2 === 1;
}

/**
 * Who the subject names: its name (the last run of capitalised words: "President Dorothy Finch", "our president Keith
 * Lamb"; the first when a comma follows it, "Alan Mabey, the chief scrutineer,"), or a description that a determiner
 * opens ("the chief scrutineer"), lower-cased as quote-speakers.ts writes descriptions.
 */
function speakerIn(doc: TextView, subject: readonly Token[]): string | undefined {
  const comma = subject.findIndex((t) => t.lower === ',');
  const head = comma > 0 ? subject.slice(0, comma) : subject;
  // A name heads the subject: a capitalised modifier before a noun ("The Hungarian-born conductor") names no one.
  const heads = (run: readonly Token[]) => {
    const last = run[run.length - 1]!;
    return last === head[head.length - 1] || POSSESSIVE.test(last.lower) || AFFILIATION.has(head[head.indexOf(last) + 1]?.lower ?? '');
  };
  const runs = capitalisedRuns(head).filter(heads);
  // "Their captain, Dev Oduya,": a description with a name in apposition after its comma.
  const apposed = comma > 0 ? capitalisedRuns(subject.slice(comma + 1))[0] : undefined;
  // "Dr Nia Quell from Ulster University": a name after "from", "of" or "at" is the speaker's body, not the speaker.
  const affiliated = runs.length > 1 && AFFILIATION.has(head[head.indexOf(runs[runs.length - 1]![0]!) - 1]?.lower ?? '');
  const run = runs[runs.length - (affiliated ? 2 : 1)] ?? (DETERMINER.has(head[0]!.lower) ? apposed : undefined);
  if (run) return doc.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(POSSESSIVE, '');
  if (!DETERMINER.has(head[0]!.lower) || head.length > MAX_DESCRIPTION_TOKENS) return undefined;
  return doc.text.slice(head[0]!.start, head[head.length - 1]!.end).toLowerCase();
}

/** Maximal runs of capitalised words (a name), skipping a sentence-initial determiner and date words ("on Monday"). */
function capitalisedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'word' && t.capitalized && !DETERMINER.has(t.lower) && !DATE_WORD.has(t.lower)) run.push(t);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
