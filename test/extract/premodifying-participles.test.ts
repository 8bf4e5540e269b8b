/**
 * Premodifying participles the tagger reads as verbs (Quirk et al. 1985 § 17.104, App. I.44): an "-ing" word between a
 * preposition and a noun before the finite verb ("Delegates from neighbouring countries have arrived",
 * extract/ing-compounds.ts isIngAfterPreposition), and a hyphenated noun + participle before a noun ("storm-damaged
 * roofs", extract/hyphen-compounds.ts). Sentences invented for this file; expectations written before the first run.
 * Hard negatives: a gerund with its object after a preposition and no finite verb after it, a hyphenated word that is
 * no participle, and a participle compound after its noun.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'S' })[0]!.proposition;
  return [p.actor?.text, p.predicate?.lemma];
};

describe('premodifying participles', () => {
  it.each([
    ['Residents of surrounding villages were evacuated on Monday.', [undefined, 'evacuate']],
    ['Delegates from neighbouring countries have arrived.', ['Delegates', 'arrive']],
    ['A convoy to storm-damaged towns has set off.', ['A convoy', 'set']],
    ['Drought-hit farmers received grants on Monday.', ['Drought-hit farmers', 'receive']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The court jailed him for smuggling migrants.', ['The court', 'jail']],
    ['A follow-up inspection took place on Friday.', [undefined, 'take']],
  ])('no premodifier: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
