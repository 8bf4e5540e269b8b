import type { Claim } from '../model/claim.js';

/** An opening quotation mark, straight or curly, at the start of a sentence. */
const OPENS_WITH_QUOTE = /^\s*["“]/;
/** A closing quotation mark at the end of a sentence: nothing (no speaker of its own) follows the quotation. */
const CLOSES_WITH_QUOTE = /["”]\s*$/;

/** The named speaker of the last quote among a sentence's claims, with the attribution that credits it. */
function lastQuotedSpeaker(previous: readonly Claim[]): Claim['attribution'] | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const c = previous[i]!;
    if (c.attribution.holderKind !== 'author' && c.quotes.some((q) => q.speaker === c.attribution.holder)) return c.attribution;
  }
  return undefined;
}

/**
 * "…," coach Ana Ruiz said. "Now they can stop asking.": a sentence that is nothing but a quotation, straight after a
 * sentence quoting a named or described speaker, goes on with that speaker's words — news copy gives the attribution
 * once per run of quoted sentences. The bare sentence's claims (held by the writer only for want of a verb of saying)
 * take the speaker's attribution, and their quotes the speaker. `sentenceText` is the bare sentence's text.
 */
export function continueQuotedSpeech(built: readonly Claim[], previous: readonly Claim[] | undefined, sentenceText: string): void {
  if (!previous || built.length === 0 || !OPENS_WITH_QUOTE.test(sentenceText) || !CLOSES_WITH_QUOTE.test(sentenceText)) return;
  if (built.some((c) => c.attribution.holderKind !== 'author' || c.quotes.length === 0)) return;
  const speaker = lastQuotedSpeaker(previous);
  if (!speaker) return;
  for (const c of built) {
    const { verbSpan: _verb, timeSpan: _time, ...carried } = speaker;
    c.attribution = { ...carried, sourceIds: c.attribution.sourceIds, markers: c.attribution.markers, ambiguous: c.attribution.ambiguous };
    c.quotes = c.quotes.map((q) => ({ ...q, speaker: speaker.holder }));
  }
}
