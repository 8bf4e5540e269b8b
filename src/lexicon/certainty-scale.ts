import type { CertaintyLevel, ReportingStance } from '../model/claim.js';

/**
 * Where each reporting stance puts a claim on the certainty scale before hedges move it, and the value bands
 * of each named level. An editor's ordering (FactBank's factuality values, Saurí & Pustejovsky 2009, mapped
 * to [0, 1]); the numbers are documented defaults, not fitted.
 */
export const STANCE_CERTAINTY: Readonly<Record<ReportingStance, number>> = {
  confirmed: 0.92,
  asserted: 0.82,
  reported: 0.68,
  claimed: 0.42,
  alleged: 0.4,
  speculated: 0.38,
  // A denial is a firm commitment to the negation, which extract/denial.ts writes into the proposition.
  denied: 0.82,
};

/** The author's own voice, without any reporting verb. */
export const AUTHOR_CERTAINTY = 0.82;
/** An anonymous holder ("some reports") is a little less certain than a named one. */
export const ANONYMOUS_PENALTY = 0.06;

/** Lower bounds of each level, strongest first. */
export const CERTAINTY_BANDS: readonly (readonly [CertaintyLevel, number])[] = [
  ['confirmed', 0.88],
  ['asserted', 0.74],
  ['reported', 0.58],
  ['pending', 0.46],
  ['doubted', 0.2],
  ['refuted', 0],
];
