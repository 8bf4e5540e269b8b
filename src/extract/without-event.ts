import type { Lexicon } from '../lexicon/index.js';
import type { Claim, Proposition } from '../model/claim.js';
import { claimBeside } from './claim-beside.js';
import { spanOf } from '../model/span.js';
import type { SegmentedDocument, Sentence } from '../segment/segment.js';
import { eventVerb } from './fronted-event.js';
import { contentKeys, stem } from './keys.js';
import { WITHOUT_IDIOM_NOUNS } from '../lexicon/polarity-cues.js';

/**
 * Determiners and degree words between "without" and its event noun ("without any charge", "without a formal
 * agreement"); Quirk et al. 1985, § 9.58: "without" + noun phrase is the negative of accompaniment ("was released
 * without charge": no charge was brought).
 */
const WITHOUT_EVENT = /\bwithout\s+(?:(?:any|a|an|formal|further|prior|official)\s+){0,2}([a-z]+)\b/gi;

/** The verb of the event noun after "without" ("agreement" → agree, "charge"); a gerund ("without stopping") is a clause. */
function deniedVerb(noun: string): string | undefined {
  return noun.endsWith('ing') || IDIOMS.has(noun) ? undefined : eventVerb(noun);
}
const IDIOMS: ReadonlySet<string> = new Set(WITHOUT_IDIOM_NOUNS);

/**
 * "The suspect was released without charge" also says that the suspect was not charged; "the talks ended without
 * agreement", that the talks' parties did not agree: a negated claim of the event noun's verb, held as the main claim
 * is, about what the main clause acted on (its theme) or, with none, its subject. Only for an affirmed main claim.
 */
export function withoutEventClaims(seg: SegmentedDocument, sentence: Sentence, main: Claim | undefined, lexicon: Lexicon, number: number): Claim[] {
  const proposition = main?.proposition;
  if (!main || !proposition?.predicate || proposition.state !== 'affirmed') return [];
  const referent = proposition.theme ?? proposition.actor;
  if (referent === undefined) return [];
  const { doc } = seg;
  const from = proposition.predicate.span.end;
  const text = doc.text.slice(from, proposition.span.end);
  const out: Claim[] = [];
  for (const m of text.matchAll(WITHOUT_EVENT)) {
    const noun = m[1]!.toLowerCase();
    const verb = deniedVerb(noun);
    if (verb === undefined) continue;
    const nounStart = from + m.index + m[0].length - m[1]!.length;
    const nounEnd = nounStart + m[1]!.length;
    const tokens = sentence.tokens.filter((t) => t.start >= proposition.span.start && t.end <= proposition.span.end);
    const negated: Proposition = {
      // The main clause's words, so its dates and weekdays ("released without charge on Monday") date this act too.
      span: { ...proposition.span },
      predicate: { lemma: verb, text: doc.text.slice(nounStart, nounEnd), span: spanOf(doc.text, nounStart, nounEnd) },
      events: [],
      ...(proposition.theme ? { theme: { ...proposition.theme } } : { actor: { ...referent } }),
      negated: true,
      state: 'negated',
    };
    const claim = claimBeside(main, doc, number + out.length, negated, [...contentKeys(tokens, lexicon.aliases), referent.key, stem(verb)]);
    out.push(claim);
  }
  return out;
}
