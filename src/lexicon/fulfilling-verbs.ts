/**
 * Verbs of fulfilling, which name the thing supplied either as the object or after "with" ("served a notice on the
 * firm" / "served the firm with a notice"): Levin, English Verb Classes and Alternations (1993), class 13.4.1 and
 * the "with" alternation of § 2.3.1 (fulfilling alternation). "leave" is left out: after it "with" is mostly
 * comitative ("left the court with his lawyer"). Lemmas.
 */
export const FULFILLING_VERBS: readonly string[] = ['credit', 'entrust', 'furnish', 'issue', 'present', 'provide', 'serve', 'supply', 'trust'];
