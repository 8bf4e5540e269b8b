import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { POLARITY_INNER_STRENGTH } from '../lexicon/state-strengths.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { sameName } from './actor.js';
import { effectiveStance } from './rebuttal.js';
import { calledFalseStory, tellerStories } from '../relate/teller-story.js';
import type { Detector, DetectorHit } from './types.js';

type Aliases = ReadonlyMap<string, string>;

/** A story named by its teller alone ("the Ledger report", "Ledger's allegations") and the words that reject it. */
export interface TellerRebuttal {
  teller: string;
  cue: Span;
}

/** Reporting verbs of denial (reporting-verbs.ts), as lemmas. */
const DENYING: ReadonlySet<string> = new Set(Object.entries(REPORTING_VERBS).filter(([, s]) => s === 'denied').map(([v]) => v));

/** A story noun followed by its content: an appositive "that" clause or an "of" / "about" phrase. */
const CONTENT_CLAUSE = /^\s*(?:,\s*)?(?:that|of|about|which|saying)\b/iu;

const readings = new WeakMap<Claim, TellerRebuttal | null>();

/**
 * The teller whose story a claim rejects: "<Teller>'s report is not true" / "are lies", or a denial of it ("denied
 * the Ledger's allegations that …"). Null when the claim rejects no story named by its teller.
 */
export function rebuttedTeller(c: Claim): TellerRebuttal | null {
  let found = readings.get(c);
  if (found === undefined) readings.set(c, (found = readTeller(c)));
  return found;
}

function readTeller(c: Claim): TellerRebuttal | null {
  const called = calledFalseStory(c.text);
  if (called) {
    const start = c.span.start + called.cueStart;
    return { teller: called.teller, cue: { start, end: start + called.cue.length, text: called.cue } };
  }
  const verb = c.attribution.stance === 'denied' ? c.attribution.verbSpan : DENYING.has(c.proposition.predicate?.lemma ?? '') ? c.proposition.predicate?.span : undefined;
  if (!verb) return null;
  // The story must be the object of the denial: right after the verb ("denied the Ledger's allegations").
  const after = c.text.slice(verb.end - c.span.start);
  const told = tellerStories(after).find((s) => /^\s*$/u.test(after.slice(0, s.start)));
  // "denied CNN's allegations that she …" names what is denied: the denial compares by content (opposition), not by teller.
  if (!told || CONTENT_CLAUSE.test(after.slice(told.end))) return null;
  return { teller: told.teller, cue: verb };
}

/** The claim puts forward what it tells: affirmed, not negated, not itself a denial ("according to the Ledger, she denies …"). */
function putsForward(c: Claim): boolean {
  const denies = DENYING.has(c.proposition.predicate?.lemma ?? '');
  return c.proposition.state === 'affirmed' && !c.proposition.negated && !denies && effectiveStance(c) !== 'denied' && rebuttedTeller(c) === null;
}

/**
 * The claim could be the story a teller's rejection hits: what it tells is put forward and is no background. A claim
 * that rejects a teller's story puts nothing forward, so against it only such a claim gives tellerRebuttalHit a hit.
 */
export function mayBeRejectedStory(c: Claim): boolean {
  return putsForward(c) && c.background === undefined;
}

/** The claim is told by the teller: its holder, or the source it cites, has the teller's name. */
function toldBy(c: Claim, teller: string, aliases: Aliases): boolean {
  const { holder, via, holderKind } = c.attribution;
  return (holderKind !== 'author' && sameName(holder, teller, aliases)) || (via !== undefined && sameName(via, teller, aliases));
}

/**
 * One claim rejects a teller's story ("the Ledger report is not true") and the other is told by that teller ("the
 * Ledger reported that the mill will close"): the story called false is what the teller tells. Kind polarity, as for
 * any truth-value dispute.
 */
export function tellerRebuttalHit(a: Claim, b: Claim, aliases: Aliases): DetectorHit | null {
  // Most claims reject no teller's story: such a pair is answered without the loop (every comparable pair asks).
  if (rebuttedTeller(a) === null && rebuttedTeller(b) === null) return null;
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const rebuttal = rebuttedTeller(x);
    // A story called false is what the teller put forward, not what it took as known ("the service, which it bought in May").
    if (!rebuttal || !putsForward(y) || y.background !== undefined || !toldBy(y, rebuttal.teller, aliases)) continue;
    const told = y.attribution.verbSpan ?? y.proposition.predicate?.span ?? y.span;
    const evidence: [Span, Span] = flip ? [told, rebuttal.cue] : [rebuttal.cue, told];
    return { kind: 'polarity', strength: POLARITY_INNER_STRENGTH, evidence, detail: `${rebuttal.teller}'s story rejected vs told by ${rebuttal.teller}` };
  }
  return null;
}

export const detectTellerRebuttal: Detector = (a, b, context) => tellerRebuttalHit(a, b, context.lexicon.aliases);
