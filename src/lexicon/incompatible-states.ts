/**
 * Incompatible states of one thing: complementaries, where being in one state excludes being in the other ("the
 * bridge was left intact" / "the earthquake destroyed the bridge"). Words and phrases, lower-case, matched as whole
 * words; a verb's past participle stands for the state it leaves ("destroyed").
 *
 * Sources: Cruse, Lexical Semantics (1986), ch. 9 "complementaries" (dead/alive, open/shut, present/absent,
 * on/off, intact/broken); Lyons, Semantics (1977) § 9.1; the adjective antonyms of WordNet 3.1 (armed/unarmed,
 * occupied/unoccupied, conscious/unconscious, locked/unlocked; free a.01 / unfree, with unfree's satellite "captive,
 * confined, imprisoned, jailed"); Merriam-Webster's thesaurus antonyms of each head
 * word (intact: damaged, destroyed, broken; online: offline; vacant: occupied; operational: out of service). Attributes
 * of a person that exclude each other, from the same sources: WordNet's adjective antonyms male/female,
 * married/unmarried, guilty/innocent, and Merriam-Webster's antonym of liberal (political sense): conservative.
 * How an act came about: WordNet's intentional/unintentional and Merriam-Webster's antonyms of accidental (deliberate,
 * intentional, premeditated), with its noun "an accident" as the predicate nominal ("the fire was an accident").
 * Work withheld and work resumed: WordNet 3.1 strike n.02 ("a group's refusal to work in protest"), so a group on strike
 * is not at work (Cruse's complementaries in the same frame, working / not working).
 * A patient's condition: the terms of the American Hospital Association's General Guide for the Release of Information
 * on the Condition of Patients (good, fair, serious, critical), one at a time.
 */
export const INCOMPATIBLE_STATES: readonly (readonly [string, readonly string[]])[] = [
  ['intact', ['destroyed', 'damaged', 'demolished', 'razed', 'flattened', 'wrecked', 'broken', 'collapsed']],
  ['undamaged', ['destroyed', 'damaged', 'demolished', 'razed', 'flattened', 'wrecked', 'collapsed']],
  ['present', ['absent']],
  ['armed', ['unarmed']],
  ['online', ['offline']],
  ['occupied', ['vacant', 'unoccupied', 'empty', 'abandoned']],
  ['in service', ['withdrawn from service', 'out of service', 'decommissioned']],
  ['operational', ['out of service', 'inoperative', 'out of action', 'decommissioned']],
  ['conscious', ['unconscious']],
  ['locked', ['unlocked']],
  ['open', ['closed', 'shut']],
  // WordNet 3.1: die v.01 leaves its subject dead; survive v.01 ("continue to live through hardship") has the direct
  // antonym succumb ("die"), so who survived is alive.
  ['alive', ['dead', 'died', 'succumbed']],
  ['survived', ['dead', 'died', 'succumbed']],
  ['in custody', ['at large']],
  ['on strike', ['back at work', 'back to work', 'at work']],
  ['free', ['captive', 'imprisoned', 'jailed', 'in captivity']],
  ['male', ['female']],
  ['married', ['unmarried']],
  ['guilty', ['innocent']],
  ['liberal', ['conservative']],
  ['deliberate', ['accidental', 'unintentional', 'accident']],
  ['intentional', ['accidental', 'unintentional', 'accident']],
  ['premeditated', ['accidental', 'unintentional', 'accident']],
  // A patient's condition as hospitals report it: one term of the American Hospital Association's scale at a time.
  ['good condition', ['fair condition', 'serious condition', 'critical condition']],
  ['fair condition', ['good condition', 'serious condition', 'critical condition']],
  ['serious condition', ['good condition', 'fair condition', 'critical condition']],
  ['critical condition', ['good condition', 'fair condition', 'serious condition']],
];
