import type { Claim, Phrase } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { ACTOR_STRENGTH } from '../lexicon/detector-strengths.js';
import { FUNCTIONAL_NOUNS } from '../lexicon/functional-nouns.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { sameName } from './actor.js';
import { isCapitalised } from './speakers.js';
import { superlativeRole } from './superlatives.js';
import type { DetectorHit } from './types.js';

/** A copular claim naming who or what fills a one-holder role: "Maria Lopez is the mayor of Tarvik". */
interface RoleFilling { role: string; of: string; tense: 'present' | 'past'; holder: Phrase; span: Span }

const PRESENT: ReadonlySet<string> = new Set(['is', 'are', "'s", '’s']);
const PAST: ReadonlySet<string> = new Set(['was', 'were']);
/** Name particles ("de", "van") and ordinals of monarchs stay inside a name: "Charles de Gaulle", "George VI". */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|de|da|di|du|van|von|der|bin|al)$/u;
/** Words that open a description or pronoun, never a name. */
const NOT_NAMES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'my']);

const roleNouns = (lexicon: Lexicon): ReadonlySet<string> => new Set([...lexicon.singleHolderOffices, ...FUNCTIONAL_NOUNS]);

/** A proper name: capitalised words (and name particles) only, not opening with a determiner or pronoun. */
function isName(p: Phrase): boolean {
  const words = p.text.trim().split(/\s+/);
  return words.length > 0 && !NOT_NAMES.has(words[0]!.toLowerCase()) && isCapitalised(words[0]!) && words.every((w) => NAME_WORD.test(w));
}

/**
 * "the ROLE [of Z]" right after or before the copula, with no modifier between "the" and the role ("the former mayor",
 * "the deputy mayor" name other roles), and a proper name on the other side of the copula.
 */
function roleFilling(claim: Claim, lexicon: Lexicon): RoleFilling | undefined {
  const { predicate, actor, theme } = claim.proposition;
  if (predicate?.lemma.toLowerCase() !== 'be' || !actor || !theme) return undefined;
  const verb = predicate.text.toLowerCase();
  const tense = PRESENT.has(verb) ? 'present' : PAST.has(verb) ? 'past' : undefined;
  if (tense === undefined) return undefined;
  const { text, start } = claim.proposition.span;
  const roles = derived(lexicon, roleNouns);
  const offices = [...text.matchAll(ROLE_PHRASE)]
    .filter((m) => roles.has(m[1]!.toLowerCase()))
    .map((m) => ({ role: m[1]!.toLowerCase(), of: (m[2] ?? '').trim().toLowerCase(), index: m.index, length: m[0].length }));
  const superlative = superlativeRole(text);
  for (const r of [...offices, ...(superlative ? [superlative] : [])]) {
    const span = { start: start + r.index, end: start + r.index + r.length, text: text.slice(r.index, r.index + r.length) };
    // The name stands on the other side of the copula: "NAME is the mayor" or "the capital … is NAME".
    const before = span.end <= predicate.span.start;
    const holder = before ? theme : actor;
    if (!isName(holder) || (before ? holder.span.start < predicate.span.end : holder.span.end > predicate.span.start)) continue;
    return { role: r.role, of: r.of, tense, holder, span };
  }
  return undefined;
}

/** "the mayor", "the capital of Veloria": "the", the role noun at once, then an optional "of" and a proper name. */
const ROLE_PHRASE = /\b[Tt]he\s+(\p{L}+)(?:\s+of\s+((?:\p{Lu}[\p{L}'’-]*\s?)+))?/gu;

/**
 * One role of one thing, filled by two different names in the same tense: "Maria Lopez is the mayor of Tarvik" /
 * "John Brandt is the mayor of Tarvik", "The capital of Veloria is Ostrand" / "Mirel is the capital of Veloria" (de
 * Marneffe, Rafferty & Manning 2008: relational phrases). An actor clash: who fills the role.
 */
export function roleHolderHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [x, y] = [roleFilling(a, lexicon), roleFilling(b, lexicon)];
  if (!x || !y || x.role !== y.role || x.of !== y.of || x.tense !== y.tense) return null;
  // A title before the surname names the same holder: "Maria Lopez" / "Mayor Lopez".
  const surname = (p: Phrase) => p.text.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (sameName(x.holder.text, y.holder.text, lexicon.aliases) || surname(x.holder) === surname(y.holder)) return null;
  return { kind: 'actor', strength: ACTOR_STRENGTH, evidence: [x.holder.span, y.holder.span], detail: `${x.holder.text} vs ${y.holder.text} as the ${x.role}${x.of ? ` of ${x.of}` : ''}` };
}
