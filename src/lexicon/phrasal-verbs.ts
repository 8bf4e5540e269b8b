import { nullPrototype } from '../model/records.js';
/**
 * Phrasal verbs and the single verb they mean, so "voted down" can oppose "approved" and "stepped down" can
 * match "resigned". Source: the Cambridge and Oxford dictionaries of phrasal verbs (meanings as given there).
 */
export const PHRASAL_VERBS: Readonly<Record<string, string>> = nullPrototype({
  'vote down': 'reject',
  'turn down': 'reject',
  'throw out': 'reject',
  'strike down': 'overturn',
  'call off': 'cancel',
  'rule out': 'exclude',
  'step down': 'resign',
  'pull out': 'withdraw',
  'back out': 'withdraw',
  'shut down': 'close',
  'close down': 'close',
  'set up': 'establish',
  'give up': 'abandon',
  'put off': 'postpone',
  'hold off': 'delay',
  'carry out': 'perform',
  'take over': 'acquire',
  'sign off': 'approve',
  'sign up': 'join',
  'walk out': 'leave',
  'break down': 'collapse',
  'fall through': 'collapse',
  'go ahead': 'proceed',
  'back down': 'retreat',
  'cut back': 'reduce',
  'scale back': 'reduce',
  'step up': 'increase',
  'ramp up': 'increase',
  // Continuing and stopping (WordNet 3.1 multiword verbs: keep_up in "prolong, sustain, keep up", carry_on and go_on
  // in "continue, go on, proceed"; Cambridge: "keep something up", "carry on", "go on": to continue).
  'keep up': 'continue',
  'carry on': 'continue',
  'go on': 'continue',
  'press on': 'continue',
  'let up': 'ease',
  // Change of speed (WordNet 3.1: speed_up in "accelerate, speed up, speed, quicken"; slow_down in "decelerate,
  // slow, slow down, slow up").
  'speed up': 'accelerate',
  'slow down': 'slow',
  // A rise in amount or activity (Cambridge: "pick up": to improve or increase; WordNet 3.1 pick_up in "get in addition,
  // as an increase"; its hypernym is gain).
  'pick up': 'gain',
  // Not going (Cambridge: "stay away": to not go to a place or event; WordNet 3.1 miss v. "fail to attend").
  'stay away': 'miss',
});

/**
 * Phrasal verbs with another meaning when their object is a person, a group or a vehicle: the one carried. WordNet 3.1
 * lists pick_up in {collect, pick up, gather up, call for} ("gather or collect": "pick up the children from school");
 * Cambridge: "pick someone up": to collect someone who is waiting for you. Intransitive, or with another object
 * ("sales picked up", "picked up speed"), the phrase keeps its meaning in PHRASAL_VERBS.
 */
export const PHRASAL_VERBS_OF_CARRYING: Readonly<Record<string, string>> = nullPrototype({
  'pick up': 'collect',
});

/**
 * Phrasal verbs with another sense before "to": Cambridge "go on to something / to do something": to move on to a new
 * stage or do something after something else ("went on to the final", "went on to win"), not to continue. Written
 * "verb particle"; read through `lexicon.tables['phrasal-verbs']`.
 * @public
 */
export const ONWARD_BEFORE_TO: readonly string[] = ['go on'];
