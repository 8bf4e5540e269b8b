import type { Claim } from '../model/claim.js';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/attribution-cues.js';
import { ANY_BODY_NOUNS, BODY_DESCRIPTION_NOUNS, ORGANISATION_DESCRIPTION_NOUNS } from '../lexicon/description-heads.js';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { ROLE_NOUNS } from '../lexicon/role-nouns.js';

/**
 * What a later pronoun can point back to, from the claims read so far: the last named person ("he", "she") and the
 * last named or described body or group ("they", "it"). Centering theory's preference (Grosz, Joshi & Weinstein
 * 1995): the most recent subject — a claim's holder, else its actor — is the likeliest referent.
 */
export interface Referents {
  person?: string;
  group?: string;
  /** The last body named by a name whose head is a body noun ("the British Featherweight Board"). */
  body?: string;
  /** Role noun → the person last named with it ("The Argentine ambassador, Carlos Ferreyra" → ambassador). */
  roles?: ReadonlyMap<string, string>;
}

const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const PERSONAL = new Set(['he', 'she']);
const CAPITALISED = /^\p{Lu}/u;
const DETERMINER = /^(?:the|a|an|this|that|these|those)$/i;

/** The referent a subject pronoun stands for, when one was named before; undefined leaves it unresolved. */
export function referentFor(pronoun: string, referents: Referents): string | undefined {
  const lower = pronoun.toLowerCase();
  if (PERSONAL.has(lower)) return referents.person;
  if (lower === 'they' || lower === 'it') return referents.group;
  return undefined;
}

const ORGANISATION = new Set(ORGANISATION_DESCRIPTION_NOUNS);
const AGE_DESCRIPTION = /^the\s+\d{1,3}-year-old$/i;

/**
 * "The 58-year-old said", "The company said": a definite description with an age or an organisation's general noun
 * refers back to the person or the named body just mentioned (Halliday & Hasan 1976 § 6.3); only a name is taken, so
 * "the strike" noted before leaves "The company" as written.
 */
export function descriptionReferent(description: string, referents: Referents): string | undefined {
  const words = description.trim().split(/\s+/);
  if (AGE_DESCRIPTION.test(description.trim())) return referents.person;
  if (words.length === 2 && words[0]!.toLowerCase() === 'the' && ORGANISATION.has(words[1]!.toLowerCase())) {
    return referents.group !== undefined && isName(referents.group, 1) ? referents.group : undefined;
  }
  return roleReferent(words, referents) ?? bodyReferent(words, referents);
}

const ROLES: ReadonlySet<string> = new Set(ROLE_NOUNS);
/** Words between "the" and the head of a description ("the sanctioning body", "the Argentine prosecutor"). */
const BODY_MODIFIERS = 2;

/** "the ambassador", "the Argentine prosecutor": "the", at most two modifiers and a role noun the person last named with it holds. */
export function roleReferent(words: readonly string[], referents: Referents): string | undefined {
  const head = words[words.length - 1]!.toLowerCase();
  if (words[0]!.toLowerCase() !== 'the' || words.length < 2 || words.length > 2 + BODY_MODIFIERS || !ROLES.has(head)) return undefined;
  return referents.roles?.get(head);
}

/** Words either side of a name read for its role: "Finance minister Rawiri Tane", "Martín Ugarte, the Argentine prosecutor". */
const ROLE_REACH = 4;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The role nouns a sentence gives a named person: in the few words before the name (a title or an appositive before it,
 * "The Argentine ambassador, Carlos Ferreyra") or in an appositive right after it ("Martín Ugarte, the prosecutor").
 */
function rolesOf(sentence: string, name: string): string[] {
  const at = sentence.indexOf(name);
  if (at < 0) return [];
  const before = (sentence.slice(0, at).split(/[.;:!?]/).at(-1)!.match(WORD) ?? []).slice(-ROLE_REACH);
  const rest = sentence.slice(at + name.length);
  const appositive = rest.startsWith(',') ? (rest.slice(1).split(/[,.;:!?]/)[0]!.match(WORD) ?? []).slice(0, ROLE_REACH + 1) : [];
  return [...before, ...appositive].map((w) => w.toLowerCase()).filter((w) => ROLES.has(w));
}

const BODY_NOUNS: ReadonlySet<string> = new Set(BODY_DESCRIPTION_NOUNS);
const ANY_BODY: ReadonlySet<string> = new Set(ANY_BODY_NOUNS);

/**
 * "the sanctioning body", "the board": a definite description headed by a body noun, with at most two lower-case
 * modifiers, refers back to the body last named whose name has that head ("the British Featherweight Board"), or any
 * body for a general noun ("body", "regulator").
 */
export function bodyReferent(words: readonly string[], referents: Referents): string | undefined {
  const head = words[words.length - 1]!.toLowerCase();
  if (words[0]!.toLowerCase() !== 'the' || words.length < 2 || words.length > 2 + BODY_MODIFIERS || !BODY_NOUNS.has(head)) return undefined;
  if (words.slice(1).some((w) => CAPITALISED.test(w) || !/^[\p{L}-]+$/u.test(w))) return undefined;
  const body = referents.body;
  if (body === undefined) return undefined;
  return ANY_BODY.has(head) || body.toLowerCase().split(/\s+/).at(-1) === head ? body : undefined;
}

/** A name whose last word is a body noun ("British Featherweight Board", "Ofcom" is not one): a body's name. */
function bodyName(subject: string): string | undefined {
  const words = subject.trim().replace(/^the\s+/i, '').split(/\s+/);
  return words.length >= 2 && isName(words.join(' '), 2) && BODY_NOUNS.has(words[words.length - 1]!.toLowerCase()) ? words.join(' ') : undefined;
}

/**
 * Notes the subjects of a claim as referents for the pronouns after it. `sentenceStart` is where the claim's sentence
 * starts: a capital there is the sentence's, anywhere else it marks a proper noun.
 */
export function noteReferents(claim: Claim, referents: Referents, sentenceStart?: number): void {
  // A speaker is a person when named ("Cosgrove said"); an actor only with a full name ("Helen Marsh chairs …"), or a
  // one-word name inside its sentence ("Around this time, White decided").
  const subjects: [string | undefined, number][] = [[claim.attribution.holderKind === 'named' ? claim.attribution.holder : undefined, 1], [claim.proposition.actor?.text, 2]];
  for (const [subject] of subjects) {
    const body = subject === undefined ? undefined : bodyName(subject);
    if (body !== undefined) referents.body = body;
  }
  for (const [subject, minWords] of subjects) {
    if (subject === undefined || PRONOUNS.has(subject.toLowerCase())) continue;
    const oneWordName = minWords > 1 && sentenceStart !== undefined && innerOneWordName(claim, sentenceStart);
    const name = isName(subject, oneWordName ? 1 : minWords) ? subject : (trailingName(subject) ?? possessorName(subject));
    if (name) {
      referents.person = name;
      const roles = rolesOf(claim.text, name);
      if (roles.length > 0) referents.roles = new Map([...(referents.roles ?? []), ...roles.map((r): [string, string] => [r, name])]);
    }
    referents.group = subject;
    return;
  }
}

/**
 * "Cosgrove", "Helen Marsh", "Coach Aldo Ricci", "Charles de Gaulle": capitalised words, no determiner; a lower-case
 * name particle may stand between two of them (Chicago Manual of Style § 8.5–8.12, lexicon/name-particles.ts).
 */
function isName(text: string, minWords: number): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= minWords && words.every(isNameWord) && !DETERMINER.test(words[0]!);
}

/** A capitalised word, or a name particle between two words of the name. */
function isNameWord(w: string, i: number, words: readonly string[]): boolean {
  return CAPITALISED.test(w) || (i > 0 && i < words.length - 1 && PARTICLES.has(w));
}

const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);
/** A capitalised word with lower-case letters after its first: a name, not an acronym ("NATO") or a shouted word. */
export const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * The claim's actor is one capitalised word that does not open its sentence and is none of the claim's places: inside
 * a sentence only a proper noun is capitalised ("Around this time, White decided …"; Chicago Manual of Style § 8.1), so
 * it names someone a later "he" or "she" may stand for. At the sentence's start the capital says nothing ("Police").
 */
function innerOneWordName(claim: Claim, sentenceStart: number): boolean {
  const actor = claim.proposition.actor;
  if (!actor || actor.span.start <= sentenceStart || !NAME_WORD.test(actor.text.trim())) return false;
  return !claim.places.some((p) => p.span.start < actor.span.end && actor.span.start < p.span.end);
}

/**
 * "Isla Mercer's poem was hand-set …": a full name as the possessor of a subject that names no person is the person a
 * later "she" most likely stands for (the subject, a thing, cannot be "she").
 */
function possessorName(subject: string): string | undefined {
  const possessor = /^(.+?)['’]s\s/.exec(subject.trim())?.[1];
  return possessor !== undefined && isName(possessor, 2) ? possessor : undefined;
}

/** A person's name in a subject: the subject itself when it is a full name, else the full name it ends in ("director Ana Ruiz"). */
export function personNameIn(subject: string): string | undefined {
  return isName(subject, 2) ? subject : trailingName(subject);
}

/** "Dutch economist Mark Vos": a description ending in a full name (two or more capitalised words) names that person. */
function trailingName(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let start = words.length;
  while (start > 0 && CAPITALISED.test(words[start - 1]!)) start--;
  // "Dr Niamh Quigley from Ulster University": the name after "from", "of" or "at" is the person's body; the person
  // stands before it (Quirk § 17.72).
  if (start > 1 && AFFILIATION.has(words[start - 1]!.toLowerCase())) {
    const before = words.slice(0, start - 1).join(' ');
    return isName(before, 2) ? before : trailingName(before);
  }
  const run = words.slice(start);
  return start > 0 && run.length >= 2 && !DETERMINER.test(run[0]!) ? run.join(' ') : undefined;
}
const AFFILIATION: ReadonlySet<string> = new Set(AFFILIATION_PREPOSITIONS);
