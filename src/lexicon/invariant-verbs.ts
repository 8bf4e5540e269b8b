/**
 * Irregular verbs whose base, past and past participle are one form ("cost", "set", "spread"): the "cut" class of
 * the irregular-verb list of Quirk et al. (1985), Appendix I (class 7). After a noun subject the tagger often reads
 * them as nouns ("the repairs cost", "the fire spread"); each maps to its lemma, itself.
 */
import { nullPrototype } from '../model/records.js';

export const INVARIANT_VERBS: readonly string[] = [
  'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'rid',
  'set', 'shed', 'shut', 'slit', 'split', 'spread', 'thrust', 'upset',
];

export const INVARIANT_PAST: Readonly<Record<string, string>> = nullPrototype(Object.fromEntries(INVARIANT_VERBS.map((v) => [v, v])));
