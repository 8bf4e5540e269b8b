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
 * Verbs of change on a scale whose subject is the thing whose value changes and whose figure after the verb is the
 * change or the value reached: "Shares fell 4 per cent", "Sales rose to £9 million". Source: FrameNet 1.7, frame
 * Change_position_on_a_scale (its core verb lexical units; Item is the subject, Difference and Final_value the figure),
 * less grow, shrink and swell, which also evoke Expansion and Ontogeny: "crabs can grow to 3.7 metres" gives a size.
 */
export const CHANGE_VERBS: readonly string[] = [
  'rise', 'fall', 'increase', 'decrease', 'drop', 'climb', 'decline', 'dip', 'jump', 'soar', 'plunge', 'slump', 'surge',
  'tumble', 'slide', 'gain', 'edge', 'plummet', 'rocket', 'diminish', 'dwindle', 'skyrocket',
];
