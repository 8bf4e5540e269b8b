/**
 * The irregular-form table answers only for verb forms: a word that names a property of every plain object
 * ("constructor", "toString") is no irregular past or participle (extract/verb-forms.ts IRREGULAR_FORM, a table with no
 * prototype, as lexicon/irregular-verbs.ts IRREGULAR_PAST is).
 */
import { describe, expect, it } from 'vitest';
import { IRREGULAR_FORM } from '../../src/extract/verb-forms.js';

describe('the irregular-form table', () => {
  it.each(['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__'])('%s is no verb form', (word) => {
    expect(IRREGULAR_FORM[word]).toBeUndefined();
  });

  it.each([['thrown', 'throw'], ['went', 'go'], ['cut', 'cut']])('%s is a form of %s', (word, lemma) => {
    expect(IRREGULAR_FORM[word]).toBe(lemma);
  });
});
