/**
 * The relate stage: how two claims' words, events and slots line up.
 *
 * `alignClaims(a, b, lexicon?)` → `ClaimAlignment`: `links` (word or phrase pairs, each with its relation),
 * `event` (the link between the two events: predicates, light-verb phrases, event nouns, copula complements or
 * relative-clause verbs), `roles` (for converses: swapped or same), `coverage` (share of each claim's content words
 * linked) and `slots` (event, agent, theme, quantity, date, place, quote, state: aligned, and if so whether they
 * differ). "similar" links come from word vectors and mean "maybe the same event", never agreement.
 */
export { alignClaims } from './align.js';
export * from './types.js';
