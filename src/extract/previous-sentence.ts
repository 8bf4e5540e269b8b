import type { Claim } from '../model/claim.js';
import { rebutPreviousStory } from './anaphoric-rebuttal.js';
import { decisionAntecedent } from './decision-antecedent.js';
import { eventAntecedent } from './event-antecedent.js';
import { continueQuotedSpeech } from './quote-continuation.js';

/**
 * What a sentence's claims take from the sentence before them: the speaker of a quotation that runs on, the story a
 * rebuttal refers to, the matter a bare decision noun refers back to, the event "it happened" refers back to.
 */
export function readAfterPrevious(built: readonly Claim[], previous: readonly Claim[] | undefined, sentenceText: string): void {
  continueQuotedSpeech(built, previous, sentenceText);
  rebutPreviousStory(built, previous, sentenceText);
  decisionAntecedent(built, previous);
  eventAntecedent(built, previous);
}
