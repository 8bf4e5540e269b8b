/** The names of the pair gates of gates.ts, and the memo each gate's reading is kept in. */

/** Why a kind may not run on a pair: each names one reading under which the two claims cannot clash that way. */
const PAIR_GATES = [
  'not-one-event',
  'other-participants',
  'two-tallies',
  'two-light-events',
  'other-themes',
  'other-subjects',
  'another-referent',
  'other-numbered-things',
  'things-in-other-places',
  'other-named-things',
  'other-measured-things',
  'resale',
  'two-occasions',
  'reported-apart',
  'states-at-two-times',
  'other-settings',
  'forecast-vs-outcome',
  'caption-label',
  'restated',
  'hypothetical',
  'kind-vs-case',
  'parts-of-one-whole',
  'opposite-acts-dated',
  'opposite-acts-timed',
  'doer-unsaid',
  'repeated-occurrence',
  'restored-state',
] as const;
export type PairGate = (typeof PAIR_GATES)[number];

/** A reading of the pair computed on first use and remembered: a gate is asked only where a detector fired. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
