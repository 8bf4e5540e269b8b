/**
 * A number right after a capitalised label noun in mid-sentence ("Year 6", "Class 3", "Platform 9") names a thing and
 * counts nothing (Quirk et al. 1985, § 5.66, names with a numeral postmodifier), as detect/numbered-things.ts reads
 * "Flight 81"; and a verb form ("took", "said", "were") is never the counted noun. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import type { Quantity } from '../../src/model/claim.js';

const doc = (text: string) => ({ text, view: text });
const all = (text: string) => extractQuantities(doc(text), { start: 0, end: text.length });
const sp = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
const count = (t: string, part: string, value: number, noun?: string): Quantity => ({
  value, dimension: 'count', bound: 'exact', base: { from: value, to: value }, ...(noun ? { noun } : {}), span: sp(t, part),
});

const labels: string[] = [
  'Pupils from Reception to Year 6 took part in the race.',
  'The choir of Class 3 sang first.',
  'Trains now leave from Platform 9 each hour.',
  'Delegates met in Room 101 on the top floor.',
  'Tailbacks stretched along Route 66 all day.',
  'Passengers on Flight 81 were safe.',
  'Crowds gathered at Gate 4 before dawn.',
  'Riders crashed on Stage 12 of the race.',
  'Ministers invoked Article 5 of the treaty.',
  'They played Call of Duty 4 all night.',
  'Every Year 6 pupil sat the test.',
  'Girls in Grade 5 wrote the letters.',
];

const kept: [string, (t: string) => Quantity[]][] = [
  // A year group is named, not counted: the pupils here are not six.
  ['All Year 6 pupils sat the test.', () => []],
  // A lower-case noun before a number is no label: "in week 3 people" is not written; a count follows a place name.
  ['In Gaza 40 people died on Monday.', (t) => [count(t, '40 people', 40, 'people')]],
  ['On Monday 300 workers walked out.', (t) => [count(t, '300 workers', 300, 'workers')]],
  ['Only 40 were hurt.', (t) => [count(t, '40', 40)]],
  ['The school has 30 classes of 28 pupils.', (t) => [count(t, '30 classes', 30, 'classes'), count(t, '28 pupils', 28, 'pupils')]],
];


describe('labels', () => {
  it.each(labels)('finds no quantity in %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each(kept)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });

  // Still wrong: an irregular past form after a number is read as its noun ("Six took"). Barring every such form
  // (lexicon/irregular-verbs.ts) added a numeric false alarm on the real-story guard, so it was dropped.
  it.fails('reads no verb form as the counted noun: Six took part and 12 said no.', () => {
    const t = 'Six took part and 12 said no.';
    expect(all(t)).toEqual([count(t, 'Six', 6), count(t, '12', 12)]);
  });
});

/**
 * After an article, a numeral before a singular noun modifies it and counts nothing (cardinals other than one take a
 * plural head: CGEL ch. 5): "the 999 service", "a 747 jet". A plural, zero-plural or collective head is counted.
 */
const modifierNumerals: string[] = [
  'Staff at the 999 service were overwhelmed.',
  'The 747 jet landed safely.',
  'A 911 call came in at midnight.',
  'They unveiled a 10 point plan.',
];

const countedAfterArticle: [string, (t: string) => Quantity[]][] = [
  ['The 400 members voted.', (t) => [count(t, '400 members', 400, 'members')]],
  ['The 300 police left at noon.', (t) => [count(t, '300 police', 300, 'police')]],
  ['The 12 crew survived.', (t) => [count(t, '12 crew', 12, 'crew')]],
  ['The 2 sides met again.', (t) => [count(t, '2 sides', 2, 'sides')]],
];

describe('numerals that modify a singular noun', () => {
  it.each(modifierNumerals)('finds no quantity in %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each(countedAfterArticle)('%s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});
