/**
 * Words of running text that are also keys of Object.prototype ("constructor", "toString") are looked up in gainsay's
 * word tables like any other word: every table keyed by words has no prototype (lexicon/records.ts), so a lookup
 * finds nothing instead of a function. Each template places the word where a different table reads it (a verb form,
 * a noun, an auxiliary, a date word, a possessive).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { PROTOTYPE_NAMES } from './arbitraries.js';

const TEMPLATES: readonly ((w: string) => string)[] = [
  (w) => `His uncle was ${w}.`,
  (w) => `They ${w} the bridge.`,
  (w) => `The engineer has ${w} experience, officials said.`,
  (w) => `The ${w} rose 4 per cent.`,
  (w) => `${w} said the bridge was closed.`,
  (w) => `She did not ${w} up the offer.`,
  (w) => `Last ${w}, the firm sold 40 homes.`,
];

describe('prototype names as words of the text', () => {
  for (const word of PROTOTYPE_NAMES) {
    it(`"${word}" in every template: no error, and every predicate's lemma is a string`, () => {
      for (const template of TEMPLATES) {
        const text = template(word);
        const report = analyze({ documents: [{ id: 'a', text }, { id: 'b', text: text.replace('was', 'was not') }] });
        for (const c of report.claims) if (c.proposition.predicate) expect(typeof c.proposition.predicate.lemma).toBe('string');
      }
    });
  }
});
