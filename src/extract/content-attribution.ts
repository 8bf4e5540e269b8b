import type { Attribution, ReportingStance } from '../model/claim.js';
import { spanOf } from '../model/span.js';
import type { ContentFrame } from './content-clauses.js';

/**
 * A content clause's attribution: held by the frame's holder ("rumours", "the ministry" that dismissed them) with the
 * frame's stance, by the writer ("…, which turned out to be false"), or by the clause's own holder under a denying
 * frame ("reports that … were untrue"). The frame's cue stands where a reporting verb would; sources stay the clause's.
 */
export function framedAttribution(base: Attribution, frame: ContentFrame & { stance: ReportingStance }, text: string, authorName: string): Attribution {
  const attribution: Attribution = { ...base, stance: frame.stance, verb: frame.cueLemma, verbSpan: spanOf(text, frame.cue.start, frame.cue.end) };
  delete attribution.via;
  if (frame.author) {
    attribution.holder = authorName;
    attribution.holderKind = 'author';
    delete attribution.holderSpan;
  } else if (frame.holder) {
    attribution.holder = text.slice(frame.holder.start, frame.holder.end);
    attribution.holderKind = frame.holderKind ?? 'anonymous';
    attribution.holderSpan = spanOf(text, frame.holder.start, frame.holder.end);
  }
  return attribution;
}
