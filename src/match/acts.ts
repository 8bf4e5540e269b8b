import type { Claim, Quantity } from '../model/claim.js';
import { claimWords } from '../relate/words.js';
import type { Lexicon } from '../lexicon/index.js';
import { LIGHT_VERBS } from '../lexicon/light-verbs.js';
import { eventRelation } from '../relate/relation.js';

const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS);

/** What a claim says happened: its predicate, or after a light verb the noun it takes ("were given shelter" → shelter). */
export function eventWord(c: Claim): string | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  if (lemma === undefined || !LIGHT.has(lemma)) return lemma;
  return c.proposition.theme?.key;
}

/**
 * Two claims that each name an act, and not the same one ("killed 14 people" / "2,300 people were given shelter"):
 * the people each counts take part in a different act, so the counts are of different people.
 */
export function twoActs(a: Claim, b: Claim, sameEvent: boolean): boolean {
  const [x, y] = [eventWord(a), eventWord(b)];
  return !sameEvent && x !== undefined && y !== undefined && x !== y;
}

/**
 * The two claims' own events are one act by a dictionary relation (synonymy, derivation, a support verb with its
 * event noun: "made 16 arrests" / "arrested") or one entails or causes the other (WordNet: kill → die): the relation
 * every detector reads, so matching does not drop a pair the detectors would call one event. A hypernym is left out:
 * the general verbs at the top of WordNet's verb trees ("take", "make", "change") are the kind of too many acts.
 */
export function dictionaryRelatedActs(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const relation = eventRelation(a, b, lexicon);
  return relation.lexical || relation.relation === 'cause' || relation.relation === 'entailment';
}

/** Tokens before a count its verb may stand at: "send 3,000 troops", "to send up to 1,500" (bound words are the count's). */
const OBJECT_VERB_REACH = 2;

/**
 * The verb a count is the object of, standing just before it ("announced plans to send 3,000 troops" → send); not a
 * light or reporting verb, which say nothing of what befell those counted ("said 40 people …").
 */
export function verbOfCount(c: Claim, q: Quantity, lexicon: Pick<Lexicon, 'reportingVerbs'>): string | undefined {
  const tokens = claimWords(c).tokens;
  const first = tokens.findIndex((t) => t.span.start >= q.span.start);
  for (let i = first - 1; i >= 0 && i >= first - OBJECT_VERB_REACH; i--) {
    const verb = tokens[i]!.verb;
    if (verb !== undefined && tokens[i]!.content) return LIGHT.has(verb) || verb in lexicon.reportingVerbs ? undefined : verb;
  }
  return undefined;
}

/** Both counts are objects of one verb ("plans to send 1,500 troops" / "will send 3,000 troops"): one act's participants. */
export function countsOfOneAct(x: Quantity, a: Claim, y: Quantity, b: Claim, lexicon: Pick<Lexicon, 'reportingVerbs'>): boolean {
  const verb = verbOfCount(a, x, lexicon);
  return verb !== undefined && verb === verbOfCount(b, y, lexicon);
}
