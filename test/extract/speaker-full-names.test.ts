/**
 * A quotation's one-word speaker written out as the one full name the document gave it ('"…," Parry said' after
 * "Ffion Parry"; AP Stylebook, second reference), and weekdays and months are no speaker's name before a colon
 * ("Edna's farewell on Monday said it all: '…'"). Every sentence is invented for this file. Hard negatives: two full
 * names that fit, no full name at all, a speaker's own full name.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const speakers = (text: string) => extractClaims({ id: 'a', text, source: 'a' }).flatMap((c) => c.quotes.map((q) => q.speaker));

describe('a one-word speaker takes the full name the document gave', () => {
  it.each([
    ['Parry', 'The concert was cancelled, said the musical director, Ffion Parry. "It was the best audience we had," Parry said.', 'Ffion Parry'],
    ['a first name', 'Ffion Parry leads the choir. "We sang to the fjord instead," Ffion said.', 'Ffion Parry'],
  ])('%s', (_, text, speaker) => expect(speakers(text)).toEqual([speaker]));

  it('a possessive owner before a colon, not the weekday after it', () => {
    expect(speakers('The tea room is to close. Edna\u2019s farewell on the club website on Monday said it all: "I have poured my last pot."')).toEqual(['Edna']);
  });
});

describe('hard negatives', () => {
  it('two full names that fit leave the short name as written', () => {
    const text = 'Ffion Parry leads the choir. Ffion Hale plays the harp. "We sang to the fjord instead," Ffion said.';
    expect(speakers(text)).toEqual(['Ffion']);
  });
  it('no full name in the document leaves it as written', () => {
    expect(speakers('"We sang to the fjord instead," Parry said.')).toEqual(['Parry']);
  });
  it('a full name stays as written', () => {
    expect(speakers('"We sang to the fjord instead," Ffion Parry said.')).toEqual(['Ffion Parry']);
  });
});
