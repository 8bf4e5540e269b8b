import type { Range } from '../ingest/types.js';
import { ADDRESSEE_VERBS, CLAUSE_AUXILIARIES, COMMENT_FRAME_ADVERBS, COMMENT_SAYING_IDIOMS } from '../lexicon/attribution-cues.js';
import { AS_PHRASE_WORDS } from '../lexicon/clause-cues.js';
import { BE_FORMS, SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import type { Token } from '../segment/tokens.js';
import type { FoundAttribution } from './attribution.js';
import { kindOf } from './holder-kind.js';
import { MAX_HOLDER_WORDS, rangeOf } from './holder-span.js';
import { isLyAdverb } from './ly-adverb.js';
import { afterReportTime } from './report-time.js';

/**
 * Comment clauses of saying with a subject (Quirk et al. 1985 §§ 15.53–15.56): "…, as the council said on Monday",
 * "As the coroner told the inquest, …", "…, as one trader put it", "…, as first reported by the Gazette". The clause
 * commented on is what the subject said; the comment clause asserts nothing of its own. Its verb has no object and no
 * clause: "as the company announced its results" and "as engineers had warned it would" are adverbial clauses.
 */
export function commentFrame(tokens: readonly Token[], clause: Range, lexicon: Lexicon): FoundAttribution | null {
  if (tokens[0]?.lower === 'as') {
    const comment = readComment(tokens, 0, lexicon);
    const comma = comment?.end ?? -1;
    if (comment && tokens[comma]?.lower === ',' && tokens.slice(comma + 1).some((t) => t.kind !== 'punct')) {
      return found(tokens, comment, { start: tokens[comma + 1]!.start, end: clause.end }, lexicon);
    }
  }
  for (let i = 2; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'as' || tokens[i - 1]!.lower !== ',') continue;
    const comment = readComment(tokens, i, lexicon);
    if (!comment) continue;
    const proposition = { start: clause.start, end: tokens[i - 2]!.end };
    const rest = tokens.slice(comment.end + 1).some((t) => t.kind !== 'punct');
    // "The bridge, as the council said, will reopen": the proposition goes on after the comment clause.
    if (rest && tokens[comment.end]?.lower === ',') return { ...found(tokens, comment, proposition, lexicon), resumes: { start: tokens[comment.end + 1]!.start, end: clause.end }, continues: true };
    if (!rest) return found(tokens, comment, proposition, lexicon);
  }
  return null;
}

interface Comment {
  holder: { from: number; to: number };
  verb: number;
  lemma: string;
  /** The index of the token that closes the comment clause (a comma or the clause's end). */
  end: number;
}

const PRONOUNS = new Set(SUBJECT_PRONOUNS);
/** Words that open a clause or verb group of the comment's own ("as engineers had warned it would"). */
const OWN_CLAUSE = new Set([...CLAUSE_AUXILIARIES, ...BE_FORMS, 'that', 'may', 'might', 'did', 'does', 'do', 'shall']);
const PREPOSITION = new Set(SIMPLE_PREPOSITIONS);
/** "as well as", "as many as": "as" in a fixed phrase opens no clause (Quirk § 15.47). */
const AS_PHRASE = new Set(AS_PHRASE_WORDS);
const ADVERBS = new Set(COMMENT_FRAME_ADVERBS);
const TELLING = new Set(ADDRESSEE_VERBS);
const IDIOMS = new Set(COMMENT_SAYING_IDIOMS);
const addressees = (lexicon: Pick<Lexicon, 'addressees'>): ReadonlySet<string> => new Set(lexicon.addressees);

/** The comment clause that opens with "as" at `as`: its subject, its verb of saying and its end; null when it is none. */
function readComment(tokens: readonly Token[], as: number, lexicon: Lexicon): Comment | null {
  return passiveComment(tokens, as, lexicon) ?? activeComment(tokens, as, lexicon);
}

/** "as (first) reported by the Gazette": the agent after "by" is the holder. */
function passiveComment(tokens: readonly Token[], as: number, lexicon: Lexicon): Comment | null {
  let v = as + 1;
  while (tokens[v] && isAdverb(tokens[v]!)) v++;
  const lemma = tokens[v] && tokens[v]!.lower.endsWith('ed') ? lexicon.reportingForms[tokens[v]!.lower] : undefined;
  if (lemma === undefined || tokens[v + 1]?.lower !== 'by') return null;
  const end = boundary(tokens, v + 2);
  const holder = { from: v + 2, to: end };
  return holderWords(tokens, holder) ? { holder, verb: v, lemma, end } : null;
}

/** "as the council said on Monday", "as one trader put it to us", "as the coroner told the inquest". */
function activeComment(tokens: readonly Token[], as: number, lexicon: Lexicon): Comment | null {
  const limit = Math.min(tokens.length, as + 2 + MAX_HOLDER_WORDS);
  for (let v = as + 2; v < limit; v++) {
    const t = tokens[v]!;
    if (t.kind === 'punct' || OWN_CLAUSE.has(t.lower)) return null;
    const idiom = IDIOMS.has(`${t.lower} ${tokens[v + 1]?.lower ?? ''}`);
    const lemma = idiom ? t.lower.replace(/s$/, '') : lexicon.reportingForms[t.lower];
    if (lemma === undefined || t.lower.endsWith('ing')) continue;
    const holder = { from: as + 1, to: v };
    const end = boundary(tokens, v + 1);
    if (!holderWords(tokens, holder)) return null;
    return plainTail(tokens, idiom ? v + 2 : v + 1, end, TELLING.has(lemma), lexicon) ? { holder, verb: v, lemma, end } : null;
  }
  return null;
}

/** The first comma or closing punctuation at or after `from`, or the end of the tokens. */
function boundary(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length && !(tokens[i]!.kind === 'punct' && tokens[i]!.lower !== "'" && tokens[i]!.lower !== '’')) i++;
  return i;
}

/** A holder is a few words with no verb group of its own ("the council", "Maria Lindqvist", "she"). */
function holderWords(tokens: readonly Token[], holder: { from: number; to: number }): boolean {
  const words = tokens.slice(holder.from, holder.to);
  return words.length > 0 && words.length <= MAX_HOLDER_WORDS && !AS_PHRASE.has(words[0]!.lower) && words.every((t) => t.kind !== 'punct' && !OWN_CLAUSE.has(t.lower));
}

/**
 * What may follow the verb of a comment clause: an addressee after "told" ("told reporters", "told the BBC", "told
 * us"), a time phrase, adverbs and prepositional phrases; never an object or a clause of its own.
 */
function plainTail(tokens: readonly Token[], from: number, end: number, telling: boolean, lexicon: Lexicon): boolean {
  let i = telling ? afterAddressee(tokens, from, end, lexicon) : from;
  if (i < 0) return false;
  i = Math.max(i, afterReportTime(tokens, i, end));
  if (i < end && !PREPOSITION.has(tokens[i]!.lower) && !isAdverb(tokens[i]!)) return false;
  return tokens.slice(i, end).every((t) => !OWN_CLAUSE.has(t.lower) && !PRONOUNS.has(t.lower));
}

/** Past the addressee of "told": a word the lexicon lists ("reporters", "us") or a name ("the BBC"); -1 for an object. */
function afterAddressee(tokens: readonly Token[], from: number, end: number, lexicon: Lexicon): number {
  const ADDRESSEES = derived(lexicon, addressees);
  let i = from;
  while (i < end && !PREPOSITION.has(tokens[i]!.lower) && !isAdverb(tokens[i]!)) i++;
  const words = tokens.slice(from, i);
  if (words.length === 0) return from;
  const last = words[words.length - 1]!;
  const named = words.every((t, k) => t.capitalized || (k === 0 && t.lower === 'the'));
  const people = ADDRESSEES.has(last.lower) && (words.length === 1 || words[0]!.lower === 'the' || words.length === 2);
  return named || people ? i : -1;
}

function isAdverb(t: Token): boolean {
  return ADVERBS.has(t.lower) || (!t.capitalized && isLyAdverb(t.lower));
}

function found(tokens: readonly Token[], comment: Comment, proposition: Range, lexicon: Lexicon): FoundAttribution {
  const holderTokens = tokens.slice(comment.holder.from, comment.holder.to);
  return {
    holder: rangeOf(tokens, comment.holder.from, comment.holder.to),
    holderKind: kindOf(holderTokens, lexicon),
    verb: rangeOf(tokens, comment.verb, comment.verb + 1),
    verbLemma: comment.lemma,
    stance: lexicon.reportingVerbs[comment.lemma] ?? 'reported',
    proposition,
    pronoun: holderTokens.length === 1 && PRONOUNS.has(holderTokens[0]!.lower),
  };
}
