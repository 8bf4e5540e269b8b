/**
 * Reversive verb pairs: one names a change or a motion, the other the change that undoes it, so one thing may undergo
 * both in turn (the sweep came, then went; the village opened, then closes for the winter). Source: Cruse, "Lexical
 * Semantics" (1986) § 10.6 (reversives: verbs denoting motion or change in opposite directions), with the pairs of
 * WordNet 3.1 verb antonymy that are reversives of place or of opening and fastening. Scalar changes (rise / fall,
 * increase / decrease) are left out: over one period they report a net change, which two reports cannot both be right
 * about.
 */
export const REVERSIVE_VERB_PAIRS: readonly (readonly [string, string])[] = [
  ['come', 'go'], ['arrive', 'leave'], ['arrive', 'depart'], ['arrive', 'go'], ['enter', 'leave'], ['enter', 'exit'],
  ['open', 'close'], ['open', 'shut'], ['reopen', 'close'], ['appear', 'disappear'], ['mount', 'dismount'],
  ['board', 'disembark'], ['embark', 'disembark'], ['land', 'take off'], ['load', 'unload'], ['lock', 'unlock'],
  ['fasten', 'unfasten'], ['tie', 'untie'], ['connect', 'disconnect'], ['join', 'leave'], ['start', 'stop'],
  ['begin', 'end'], ['start', 'finish'], ['dress', 'undress'], ['pack', 'unpack'], ['wrap', 'unwrap'],
];
