import type { Lexicon } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { SegmentedDocument, Sentence } from '../segment/segment.js';
import { frontedEventClaims } from './fronted-event.js';
import { residenceClaims } from './residence.js';
import { withoutEventClaims } from './without-event.js';
import { includedMemberClaims } from './included-members.js';

/**
 * Claims a sentence states beside its clauses, numbered from `next` and at most `room` of them: a fronted event noun
 * ("Before his arrest in Lyon in May, the broker had …": the arrest) and a Residence appositive ("Ines Varga, a
 * resident of Sopron, said …": Varga lives in Sopron) and an event denied by "without" ("was released without charge":
 * was not charged), and a named member of the set the main clause speaks of ("Three players were suspended, including
 * Len Darby": Len Darby was suspended).
 */
export function derivedClaims(seg: SegmentedDocument, sentence: Sentence, main: Claim | undefined, lexicon: Lexicon, next: number, room: number): Claim[] {
  if (room <= 0) return [];
  const fronted = frontedEventClaims(seg, sentence, main, lexicon, next);
  const residence = residenceClaims(seg, sentence, lexicon, next + fronted.length);
  const without = withoutEventClaims(seg, sentence, main, lexicon, next + fronted.length + residence.length);
  const members = includedMemberClaims(seg, sentence, main, lexicon, next + fronted.length + residence.length + without.length);
  return [...fronted, ...residence, ...without, ...members].slice(0, room);
}
