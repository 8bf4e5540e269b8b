import type { Claim } from '../model/claim.js';
import { UNSAID_REMARK_STRENGTH } from '../lexicon/detector-strengths.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { NEGATORS } from '../lexicon/polarity-cues.js';
import { claimWords, contentWordsIn } from '../relate/words.js';
import { sameName } from './actor.js';
import { isNegative, stateSpan } from './shared.js';
import type { Detector } from './types.js';

/** First-person subjects: the speaker quoted speaks of themself ("'I never said …,' Ash said"). */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we']);
const NEGATOR: ReadonlySet<string> = new Set(NEGATORS);

/** Who denies having said something: the claim's own speaker when its subject is "I"/"we" or the holder, else undefined. */
function denier(claim: Claim, aliases: ReadonlyMap<string, string>): string | undefined {
  const p = claim.proposition;
  const verb = p.predicate?.lemma.toLowerCase();
  if (!verb || REPORTING_VERBS[verb] === undefined || !isNegative(claim) || !p.actor) return undefined;
  const actor = p.actor.text.trim();
  const holder = claim.attribution.holder;
  if (claim.attribution.holderKind === 'named' && (FIRST_PERSON.has(actor.toLowerCase()) || sameName(actor, holder, aliases))) return holder;
  return undefined;
}

/** Content lemmas of what the denial says was never said: the words after its reporting verb. */
function deniedContent(claim: Claim): { lemmas: ReadonlySet<string>; negated: boolean } {
  const end = claim.proposition.predicate!.span.end;
  const after = claimWords(claim).tokens.filter((t) => t.span.start >= end && t.span.end <= claim.proposition.span.end);
  return { lemmas: new Set(after.filter((t) => t.content).map((t) => t.lemma)), negated: after.some((t) => NEGATOR.has(t.lower)) };
}


/**
 * One report has a named speaker deny having said something ("'I never said the lido would close,' Councillor Ash
 * said", "Ash denied saying that the lido would close"); another has that speaker say it ("Ash said: 'The lido will
 * close'"). A quote conflict: whether the remark was made. The said claim's verb and every content word of its
 * subject and object stand in what the denial says was not said, with the same polarity; the speaker is one person
 * by name (actor.ts sameName). Not when the other report's speaker is someone else, or it too denies saying it.
 */
export const detectUnsaidRemark: Detector = (a, b, context) => {
  const aliases = context.lexicon.aliases;
  for (const [denial, said] of [[a, b], [b, a]] as const) {
    const speaker = denier(denial, aliases);
    if (speaker === undefined || said.attribution.holderKind !== 'named' || !sameName(speaker, said.attribution.holder, aliases)) continue;
    const p = said.proposition;
    if (!p.predicate || REPORTING_VERBS[p.predicate.lemma.toLowerCase()] !== undefined) continue;
    const content = deniedContent(denial);
    const words = [p.predicate.lemma.toLowerCase(), ...[...contentWordsIn(said, p.actor), ...contentWordsIn(said, p.theme)].map((t) => t.lemma)];
    if (content.negated !== isNegative(said) || !words.every((w) => content.lemmas.has(w))) continue;
    const evidence = denial === a ? [stateSpan(a), p.span] : [p.span, stateSpan(b)];
    return { kind: 'quote', strength: UNSAID_REMARK_STRENGTH, evidence: evidence as [typeof p.span, typeof p.span], detail: `${speaker} denies saying what the other report has them say` };
  }
  return null;
};
