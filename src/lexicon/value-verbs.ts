/**
 * Verbs that state a value of their subject rather than an act: "Turnout was 62 percent", "The toll stood at 40",
 * "Revenue totalled $4 billion", "The crowd numbered 5,000". Two claims of one subject with one of these verbs and a
 * figure each state one value twice, whatever the verb.
 * Source: FrameNet 1.7, frame Amounting_to (lexical units amount.v, come.v "to", number.v, total.v) and the copula with
 * a measure complement (Quirk et al. 1985, § 10.8; § 16.24 "stand at", "run at" as verbs of position on a scale).
 * Verbs of change ("reached", "rose to", "hit") are left out: they state a value arrived at, which a later report may
 * update.
 */
export const VALUE_VERBS: readonly string[] = ['be', 'stand', 'total', 'number', 'amount', 'come', 'run'];

/**
 * Verbs whose figure measures their subject: "The repair cost £9,000", "The rock weighs 2 kg". Source: FrameNet 1.7,
 * frames Expensiveness (cost.v) and Dimension (measure.v, weigh.v): the subject is the thing a figure after the verb
 * is the measure of.
 */
export const MEASURE_VERBS: readonly string[] = ['cost', 'weigh', 'measure'];

/**
 * Verbs of scalar change (lexicon/change-direction.ts, Levin 1993 § 45.6) that also give a size rather than a change:
 * "crabs can grow to 3.7 metres". FrameNet 1.7 files grow.v, shrink.v and swell.v under Expansion and Ontogeny as well
 * as Change_position_on_a_scale, so their figure is not read as measuring their subject's change.
 */
export const SIZE_GIVING_VERBS: readonly string[] = ['grow', 'shrink', 'swell'];
