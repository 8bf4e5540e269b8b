import { nullPrototype } from '../model/records.js';
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

/**
 * Verbs that make a thing rise or fall, its object the thing that changes ("cut prices", "raised fees"), each defined
 * in the Merriam-Webster dictionary as causing an increase ("raise: to increase the amount or level of") or a decrease
 * ("cut: to make less, reduce"). Lemmas. "increase" and "decrease" are in both lists: their object tells which use it is.
 */
export const CAUSED_UPWARD_CHANGE: readonly string[] = ['raise', 'boost', 'hike', 'increase', 'double', 'triple', 'lift'];

export const CAUSED_DOWNWARD_CHANGE: readonly string[] = ['cut', 'reduce', 'lower', 'slash', 'trim', 'halve', 'decrease'];

/**
 * Phrasal verbs of a rise or fall of their subject (Merriam-Webster: "go up: to increase in amount or price"; "go
 * down", "come down": to decrease; "shoot up": to increase suddenly), by verb lemma and particle.
 */
export const PHRASAL_CHANGE: Readonly<Record<string, 'up' | 'down'>> = nullPrototype({
  'go up': 'up',
  'shoot up': 'up',
  'go down': 'down',
  'come down': 'down',
});

/**
 * "Sales were up 5%", "numbers are down on last year": "up" and "down" after "be" tell a rise or fall of the subject
 * (Merriam-Webster, up adj. "being above a former or normal level: sales are up"; down adj. "lower in amount or
 * value: profits were down"), by verb lemma and adverb.
 */
export const PREDICATIVE_CHANGE: Readonly<Record<string, 'up' | 'down'>> = nullPrototype({
  'be up': 'up',
  'be down': 'down',
});

/** Words after a predicative "up" or "down" that make it no change of amount: "up for sale", "up and running", "down and out". */
export const NOT_A_CHANGE_AFTER: readonly string[] = ['for', 'and', 'against', 'with'];
