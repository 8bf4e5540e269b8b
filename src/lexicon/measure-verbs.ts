/**
 * Verbs whose subject is the thing measured, not a doer: "the celebration lasted three days", "the bridge weighs 40
 * tonnes". Two subjects of such a verb are two things measured, never rivals for one act.
 *
 * Sources: Levin, English Verb Classes and Alternations (1993), § 54.1 register verbs (bill, carry, cost, measure,
 * total, weigh) and § 54.2 cost verbs (cost, take); "last" and "span" as verbs of duration and extent (Quirk et al.
 * 1985, § 10.17: obligatory adverbials of duration and measure).
 */
export const MEASURE_VERBS: readonly string[] = ['cost', 'measure', 'total', 'weigh', 'last', 'span', 'number'];
