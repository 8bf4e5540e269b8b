import { ACTOR_ALIASES } from '../lexicon/actor-aliases.js';
import { HEDGES, BOOSTERS, REFUTATION_CUES } from '../lexicon/hedges.js';
import { OPPOSITE_PAIRS } from '../lexicon/opposites.js';
import { NEGATORS, REFUSAL_VERBS } from '../lexicon/polarity-cues.js';
import { REPORTING_VERBS } from '../lexicon/reporting-verbs.js';
import { PENDING_PHRASES, PENDING_VERBS, STATUS_VERBS } from '../lexicon/status-cues.js';
import type { Options } from '../model/options.js';
import { DEFAULT_WEIGHTS } from '../score/weights.js';
import { fnv1a64 } from './fingerprint.js';

/** gainsay's version, written into every report. */
export const VERSION = '0.1.0';

let lexiconHash: string | undefined;

/** A hash of the shipped lexicons and default weights: two reports with one hash used the same data. */
export function shippedDataHash(): string {
  lexiconHash ??= fnv1a64(
    JSON.stringify([ACTOR_ALIASES, HEDGES, BOOSTERS, REFUTATION_CUES, OPPOSITE_PAIRS, NEGATORS, REFUSAL_VERBS, REPORTING_VERBS, PENDING_PHRASES, PENDING_VERBS, STATUS_VERBS, DEFAULT_WEIGHTS]),
  );
  return lexiconHash;
}

export function provenance(options: Options): { version: string; lexiconHash: string; options: Record<string, unknown> } {
  return { version: VERSION, lexiconHash: shippedDataHash(), options: JSON.parse(JSON.stringify(options)) as Record<string, unknown> };
}
