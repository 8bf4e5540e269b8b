import type { Lexicon } from '../lexicon/index.js';
import { SIMPLE_PREPOSITIONS } from '../lexicon/simple-prepositions.js';
import { PRIOR_MODIFIERS } from '../lexicon/prior-modifiers.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { eventMentions } from './events.js';
import { lexicalRelation } from './lexical.js';
import type { LinkRelation } from './types.js';
import { claimWords, tokenAt, type Token } from './words.js';

const PREPOSITION: ReadonlySet<string> = new Set(SIMPLE_PREPOSITIONS);
/** Relations under which two theme heads may name one thing (an alias, a synonym, or one a kind of the other). */
const ONE_THING: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'alias', 'derivation', 'synonym', 'hypernym']);

const inside = (t: Token, s: Span) => t.span.start >= s.start && t.span.end <= s.end;

/** The head of the first noun phrase from a token on: the last content word before a preposition ends the phrase. */
function headFrom(tokens: readonly Token[], from: number, end: number): Token | undefined {
  let head: Token | undefined;
  for (let i = from; i < tokens.length && tokens[i]!.span.end <= end; i++) {
    const t = tokens[i]!;
    if (PREPOSITION.has(t.lower) && head) break;
    if (t.content) head = t;
  }
  return head;
}

/** A slot value (date, place, figure): what the event-bound detectors compare, never what sets two events apart. */
const slotWord = (c: Claim, t: Token) => [...c.times, ...c.places, ...c.quantities].some((x) => inside(t, x.span));

/**
 * What the claim's event acts on, as one head word: the object of its verb ("attacked the convoy near Mosul" →
 * convoy), or what its event noun takes after a preposition ("launched an attack on the convoy" → convoy).
 */
export function themeHead(c: Claim, lexicon: Lexicon): Token | undefined {
  const { tokens } = claimWords(c);
  const light = eventMentions(c, lexicon).find((m) => m.source === 'light-verb');
  let head: Token | undefined;
  if (light) {
    const at = tokenAt(tokens, light.word.span.end);
    head = tokens[at] && PREPOSITION.has(tokens[at]!.lower) ? headFrom(tokens, at + 1, c.proposition.span.end) : undefined;
  } else if (c.proposition.theme && c.proposition.predicate && c.proposition.theme.span.start >= c.proposition.predicate.span.end) {
    head = headFrom(tokens, tokenAt(tokens, c.proposition.theme.span.start), c.proposition.theme.span.end);
  }
  return head && !slotWord(c, head) ? head : undefined;
}

const PRIOR: ReadonlySet<string> = new Set(PRIOR_MODIFIERS);
/** The words of what the claim is about: its theme, or with none its subject ("the previous record, set in 2019"). */
const themeWords = (c: Claim) => (c.proposition.theme ?? c.proposition.actor)?.text.toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean) ?? [];

/**
 * One theme is marked as an earlier one of its kind and the other is not ("the previous record, set in 2019" / "set a
 * new depth record on Saturday"): two things of one head noun (lexicon/prior-modifiers.ts).
 */
function onePriorTheme(a: Claim, b: Claim): boolean {
  const [wa, wb] = [themeWords(a), themeWords(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  const prior = (w: string[]) => w.some((x) => PRIOR.has(x));
  return prior(wa) !== prior(wb) && wa.at(-1) === wb.at(-1);
}

/**
 * The two claims' events act on different things: "attacked the convoy" / "attacked a checkpoint". Neither head recurs
 * in the other claim, and no dictionary relation makes them one thing, or one theme is an earlier thing of the other's
 * kind; their dates and places need not agree.
 */
export function themesApart(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  if (onePriorTheme(a, b)) return true;
  const [ha, hb] = [themeHead(a, lexicon), themeHead(b, lexicon)];
  if (!ha || !hb) return false;
  const recurs = (h: Token, c: Claim) => claimWords(c).tokens.some((t) => t.lemma === h.lemma || t.lower === h.lower);
  if (recurs(ha, b) || recurs(hb, a)) return false;
  const r = lexicalRelation(ha, hb, lexicon);
  return r === undefined || !ONE_THING.has(r.relation);
}
