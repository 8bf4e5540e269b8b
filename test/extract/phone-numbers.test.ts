/**
 * Telephone numbers are no quantities: digits right after a verb of telephoning (FrameNet Contacting: call, dial,
 * ring, phone, text) or after "on" in a telephoning clause ("phone them on 0800 …"). A plural noun after the digits
 * makes them a count again ("called 40 witnesses"), and so does a number that comes before its noun ("911 calls").
 * Invented sentences.
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

const dialled: string[] = [
  'Witnesses said they dialled 999 in a panic.',
  'Please call 911 now if you see smoke.',
  'Tourists should ring 112 from any phone.',
  'Text 61016 to donate to the appeal.',
  'She phoned 101 twice that night.',
  'Anyone with information can phone the hotline on 0800 555 019.',
  'Call the charity on 116 123 at any hour.',
];

const counts: [string, (t: string) => Quantity[]][] = [
  ['The defence called 40 witnesses.', (t) => [count(t, '40 witnesses', 40, 'witnesses')]],
  ['911 calls were made within the hour.', (t) => [count(t, '911 calls', 911, 'calls')]],
  ['Staff rang 300 people that week.', (t) => [count(t, '300 people', 300, 'people')]],
  ['Police called three times and texted 12 numbers.', (t) => [count(t, 'three', 3), count(t, '12 numbers', 12, 'numbers')]],
  ['The club sold 999 tickets on Monday.', (t) => [count(t, '999 tickets', 999, 'tickets')]],
];


describe('telephone numbers', () => {
  it.each(dialled)('finds no quantity in %s', (text) => {
    expect(all(text)).toEqual([]);
  });

  it.each(counts)('still counts in %s', (text, expected) => {
    expect(all(text)).toEqual(expected(text));
  });
});
