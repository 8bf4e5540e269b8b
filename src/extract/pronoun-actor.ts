import { nullPrototype } from '../model/records.js';
import { SUBJECT_PRONOUNS } from '../lexicon/grammar-words.js';
import type { Attribution, Phrase } from '../model/claim.js';
import { actorKey } from './keys.js';
import { bodyReferent, referentFor, roleReferent, type Referents } from './referents.js';

/** A pronoun or demonstrative actor stands for something named before: the holder. */
const PRONOUNS = new Set([...SUBJECT_PRONOUNS, 'its', 'this', 'that']);
export const isPronounActor = (actor: Phrase): boolean => PRONOUNS.has(actor.text.toLowerCase());
/** Pronouns that may be a clause's dummy subject (Quirk § 10.26): "it", "this", "that" never stand unresolved as an actor. */
const DUMMY_SUBJECTS = new Set(['it', 'its', 'this', 'that']);
/** A source's name without the social-media handle after it: "Prickles Hedgehog Hospital (@prickleshog)" → its name. */
function withoutHandle(name: string): string {
  const at = name.lastIndexOf('(@');
  return at > 0 && name.trimEnd().endsWith(')') ? name.slice(0, at).trim() : name.trim();
}

/** Each subject pronoun's possessive determiner: "she … her brother said" names her brother, not her (Quirk § 6.32). */
const POSSESSIVE_OF: Readonly<Record<string, string>> = nullPrototype({ he: 'his', she: 'her', it: 'its', they: 'their', we: 'our', i: 'my', you: 'your' });

/** "her brother" for "she": a holder that opens with the pronoun's own possessive is someone else, related to it. */
function possessedBy(holder: string, pronoun: string): boolean {
  const possessive = POSSESSIVE_OF[pronoun.toLowerCase()];
  return possessive !== undefined && holder.trim().toLowerCase().split(/\s+/)[0] === possessive;
}

const POSSESSIVE_WORD = /['’]s$/;
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * The body a speaker speaks for, as the possessor of their role: "the gallery's director" → "the gallery"; "we" in their
 * speech includes the speaker and that body (Quirk et al. 1985 § 6.13, institutional "we"). A holder told as "a
 * spokesman for the club" already resolves to the club.
 */
function bodySpokenFor(holder: string): string | undefined {
  const words = holder.trim().split(/\s+/);
  const owner = words.findIndex((w) => POSSESSIVE_WORD.test(w));
  if (owner <= 0 || owner === words.length - 1 || !OPENING_DETERMINERS.has(words[0]!.toLowerCase())) return undefined;
  return [...words.slice(0, owner), words[owner]!.replace(POSSESSIVE_WORD, '')].join(' ');
}

/**
 * "The commission said it would respond": a pronoun actor stands for the holder; in the author's voice, for the
 * person or body named before ("He resigned" after "Ana Ruiz …"). Its text and span stay the written pronoun; its key
 * is the referent's. With neither, it stays unresolved.
 */
export function pronounActor(pronoun: Phrase, attribution: Attribution, referents: Referents, aliases: ReadonlyMap<string, string>): Phrase | undefined {
  const ownVoice = attribution.holderKind === 'author' || possessedBy(attribution.holder, pronoun.text);
  // "We are not a licensed rehabilitator" in the author's own voice: "we" includes the speaker (Quirk § 6.13), the
  // source itself ("Prickles Hedgehog Hospital (@prickleshog)" without its handle).
  const author = attribution.holderKind === 'author' && pronoun.text.toLowerCase() === 'we' ? withoutHandle(attribution.holder) : undefined;
  // "'We will appeal,' the gallery's director said": a speaker's "we" is the body the speaker speaks for.
  const body = !ownVoice && pronoun.text.toLowerCase() === 'we' ? bodySpokenFor(attribution.holder) : undefined;
  const referent = author || body || (ownVoice ? referentFor(pronoun.text, referents) : attribution.holder);
  // Unresolved, "he" or "they" stays as written; "it" is as often the dummy subject ("It was the longest flight") as a referent.
  if (referent === undefined) return attribution.holderKind === 'author' && !DUMMY_SUBJECTS.has(pronoun.text.toLowerCase()) ? pronoun : undefined;
  const words = referent.toLowerCase().split(/[^\p{L}\p{N}.'-]+/u).filter(Boolean);
  return { ...pronoun, key: actorKey(words, aliases) };
}

/**
 * "The sanctioning body ruled …" after "the British Featherweight Board", "the ambassador said" after "The
 * ambassador, Carlos Ferreyra": a description of a body or of a named person's role (referents.ts bodyReferent,
 * roleReferent) keeps its text and span, and takes the named one's key, so two reports naming and describing one
 * body or person have one actor.
 */
export function describedActor(actor: Phrase, referents: Referents, aliases: ReadonlyMap<string, string>): Phrase {
  const words = actor.text.trim().split(/\s+/);
  const referent = roleReferent(words, referents) ?? bodyReferent(words, referents);
  if (referent === undefined) return actor;
  return { ...actor, key: actorKey(referent.toLowerCase().split(/[^\p{L}\p{N}.'-]+/u).filter(Boolean), aliases) };
}
