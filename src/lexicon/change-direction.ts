/**
 * Verbs of scalar change by their direction: a rise and a fall of one thing over one period cannot both be true
 * ("stocks increased last week" / "stocks fell last week"), whichever two verbs tell it.
 *
 * Source: Levin, English Verb Classes and Alternations (1993), § 45.6 "Calibratable change of state verbs"
 * (appreciate, balloon, climb, decline, decrease, depreciate, diminish, drop, fall, gain, grow, increase, jump,
 * mushroom, plummet, plunge, rise, rocket, skyrocket, soar, surge, tumble), each placed by the direction of its
 * definition in the Merriam-Webster dictionary; plus the verbs that dictionary defines as a rise or fall in amount or
 * value (rally, rebound, slump, sink, slide, dip, shrink), or in activity or intensity (ease: "to decrease in activity,
 * intensity, or severity"). Lemmas, lower-case. Verbs that vary both ways (fluctuate,
 * vary, differ) are left out.
 */
export const UPWARD_CHANGE: readonly string[] = [
  'appreciate', 'balloon', 'climb', 'gain', 'grow', 'increase', 'jump', 'mushroom', 'rise', 'rocket', 'skyrocket',
  'soar', 'surge', 'rally', 'rebound',
];

export const DOWNWARD_CHANGE: readonly string[] = [
  'decline', 'decrease', 'depreciate', 'diminish', 'drop', 'fall', 'plummet', 'plunge', 'tumble', 'slump', 'sink',
  'slide', 'dip', 'shrink', 'ease',
];
