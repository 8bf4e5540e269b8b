import type { Lexicon } from '../lexicon/index.js';
import { BE_FORMS, OTHER_COPULAS } from '../lexicon/grammar-words.js';
import { SUPPORT_VERBS } from '../lexicon/support-verbs.js';
import { areSynonyms } from '../lexicon/synonyms.js';
import { singularNoun } from '../match/measure.js';
import type { Claim, Phrase } from '../model/claim.js';
import { verbsOfNominalisation } from '../relate/wordnet.js';
import { framedOrSupportedEvent } from '../relate/intended-events.js';
import { claimWords } from '../relate/words.js';
import { lastWord } from './group-members.js';
import { sameOneThing, troponymPredicates } from './one-thing-acts.js';

const COPULAS: ReadonlySet<string> = new Set([...BE_FORMS, ...OTHER_COPULAS, 'become', 'remain', 'stay']);
const SUPPORT: ReadonlySet<string> = new Set(SUPPORT_VERBS);

/** The verb classes the actor detector sets apart: light verbs, and verbs many may share or that measure. */
export interface VerbClasses { light: ReadonlySet<string>; shared: ReadonlySet<string>; measure: ReadonlySet<string> }

/**
 * One side's verb is light ("was taken by a guard", "found the wreck"), the other's a full verb WordNet relates to it
 * as a synonym or a troponym ("stole", "discovered"), both done to one single thing: the full verb tells the sense the
 * light one has there, so the two tell one act. A support verb stays light before an event noun ("took the decision";
 * Jespersen 1942, vol. VI, ch. 6; Grimshaw & Mester 1988), and copulas name no act at all.
 */
export function lightReadAsFull(a: Claim, b: Claim, verbs: readonly [string, string], classes: VerbClasses, same: (p: Phrase, q: Phrase) => boolean, lexicon: Lexicon): boolean {
  const [lx, ly] = [verbs[0].toLowerCase(), verbs[1].toLowerCase()];
  const { light, shared, measure } = classes;
  if (light.has(lx) === light.has(ly) || COPULAS.has(lx) || COPULAS.has(ly)) return false;
  if ([lx, ly].some((v) => measure.has(v) || shared.has(v))) return false;
  const lightSide = light.has(lx) ? a : b;
  const head = lightSide.proposition.theme ? singularNoun(lastWord(lightSide.proposition.theme)) : '';
  if (SUPPORT.has(light.has(lx) ? lx : ly) && verbsOfNominalisation(head).length > 0) return false;
  if (!sameOneThing(a, b, same)) return false;
  return areSynonyms(lx, ly) || troponymPredicates(a, b, lexicon);
}

/**
 * "The restoration of the clock was carried out by Dent & Co" / "Volunteers restored the clock": a support verb before an
 * event noun tells the act the noun names (Grimshaw & Mester 1988). When WordNet derives the noun from the other side's
 * verb, every content word of the noun's argument stands in the other side's object and that object's head stands in
 * the support claim ("of the clock"), the two tell one act, done by the support verb's subject or agent.
 */
export function supportedAsFull(a: Claim, b: Claim, supportVerbs: ReadonlySet<string>): boolean {
  return supportedBy(a, b, supportVerbs) || supportedBy(b, a, supportVerbs);
}

function supportedBy(support: Claim, full: Claim, supportVerbs: ReadonlySet<string>): boolean {
  const event = framedOrSupportedEvent(support, supportVerbs);
  const verb = full.proposition.predicate?.lemma.toLowerCase();
  const theme = full.proposition.theme;
  if (!event || !event.byActor || event.denied || verb === undefined || event.verb !== verb || !theme) return false;
  const objectWords = claimWords(full).tokens.filter((t) => t.content && t.span.start >= theme.span.start && t.span.end <= theme.span.end);
  const head = objectWords.at(-1)?.lemma;
  const object = new Set(objectWords.map((t) => t.lemma));
  // The object's head stands in the support claim too ("the restoration of the town clock"), wherever its theme ended.
  return head !== undefined && event.theme.every((w) => object.has(w)) && claimWords(support).tokens.some((t) => t.lemma === head);
}
