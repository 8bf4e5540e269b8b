/**
 * Subordinators of time that take a subjectless "-ing" clause whose implied subject is the main clause's ("after
 * sacking 60,000 people", "before fleeing the scene", "since leaving office"): Quirk, Greenbaum, Leech & Svartvik,
 * A Comprehensive Grammar of the English Language (1985), § 14.14 (subordinators with non-finite clauses) and
 * § 15.25 (clauses of time). Conditional and concessive ones ("if", "although") and "when"/"while" (which often
 * state a general circumstance, "when using the app") are left out: their clauses assert no act.
 */
export const GERUND_SUBORDINATORS: readonly string[] = ['after', 'before', 'since'];
