import type { Claim, Phrase } from '../model/claim.js';
import { STATUS_DECIDED_STRENGTH } from '../lexicon/state-strengths.js';
import { derived, type Lexicon } from '../lexicon/index.js';
import { alignedEvent } from '../relate/event-identity.js';
import { verbLemma } from '../relate/lemma.js';
import { samePhrase } from './actor.js';
import { hedged } from './hedged.js';
import { stateSpan } from './shared.js';
import type { DetectorHit } from './types.js';
import { heldOnItsNewDate } from '../relate/occasion-dates.js';
import { perClaimWith } from '../relate/per-claim.js';

/**
 * Share of each claim's participants (its words besides the verb, dates, places and figures) the alignment must cover:
 * the head noun alone does not fix the activity ("the search for the divers" / "the search for the hikers").
 */
const PARTICIPANT_COVERAGE = 0.6;

/** Where an activity stands by its claim's verb: going on, or stopped, paused, ended or called off. */
type Phase = 'ongoing' | 'stopped';

const phaseVerbs = (lexicon: Lexicon): { ongoing: ReadonlySet<string>; stopped: ReadonlySet<string> } => {
  const { ONGOING_VERBS, STOPPING_VERBS, FINISHING_VERBS, CALLED_OFF_VERBS } = lexicon.tables['status-cues'];
  return { ongoing: new Set(ONGOING_VERBS), stopped: new Set([...STOPPING_VERBS, ...FINISHING_VERBS, ...CALLED_OFF_VERBS]) };
};

/** The predicate's verb lemma: the extractor may leave a progressive form ("continuing") as it stands. */
function predicateLemma(c: Claim): string | undefined {
  const lemma = c.proposition.predicate?.lemma.toLowerCase();
  return lemma === undefined ? undefined : (verbLemma(lemma) ?? lemma);
}

/**
 * The phase a claim states and the activity it is about. A stated phase only: not negated, not hedged, not pending
 * ("may be suspended"). The activity is what the verb acts on ("halted the search", "the search was halted"), or the
 * subject of an intransitive use ("the search continues").
 */
const phaseOf = perClaimWith(readPhase);

function readPhase(c: Claim, lexicon: Lexicon): { phase: Phase; activity: Phrase } | undefined {
  const p = c.proposition;
  const lemma = predicateLemma(c);
  if (lemma === undefined || p.negated || (p.state !== 'affirmed' && p.state !== 'refused')) return undefined;
  if (c.certainty.level === 'doubted' || c.certainty.level === 'refuted' || hedged(c, lexicon)) return undefined;
  const verbs = derived(lexicon, phaseVerbs);
  const phase: Phase | undefined = verbs.ongoing.has(lemma) ? 'ongoing' : verbs.stopped.has(lemma) ? 'stopped' : undefined;
  const activity = p.theme ?? p.actor;
  return phase && activity ? { phase, activity } : undefined;
}

/**
 * One side says an activity goes on ("the search for the climbers is continuing"), the other that the same activity was
 * stopped, paused or called off ("the search was suspended"): FrameNet 1.7 Activity_ongoing against Activity_stop,
 * Activity_pause and the cancelling verbs. Both cannot hold at once, so the two disagree on where it stands (status).
 * Evidence is [a, b].
 */
export function activityPhaseHit(a: Claim, b: Claim, lexicon: Lexicon): DetectorHit | null {
  const [x, y] = [phaseOf(a, lexicon), phaseOf(b, lexicon)];
  if (!x || !y || x.phase === y.phase || !samePhrase(x.activity, y.activity, lexicon.aliases)) return null;
  if (alignedEvent(a, b, lexicon).coverage < PARTICIPANT_COVERAGE) return null;
  // "was postponed to October" / "went ahead in October": held on its new date.
  if (heldOnItsNewDate(a, b) || heldOnItsNewDate(b, a)) return null;
  return {
    kind: 'status',
    strength: STATUS_DECIDED_STRENGTH,
    evidence: [stateSpan(a), stateSpan(b)],
    detail: x.phase === 'ongoing' ? 'ongoing vs stopped' : 'stopped vs ongoing',
  };
}
