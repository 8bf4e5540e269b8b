import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../src/segment/language.js';
import { tokenize } from '../../src/segment/tokens.js';

const english = (text: string) => isEnglish(tokenize(text));

describe('language check: short English is never rejected, another language never read as English', () => {
  it.each([
    'Halvorsen Shipping acquired Nordlys Ferries.',
    'Grain exports doubled.',
    'Marine Le Pen wins regional runoff.',
    'Los Angeles police arrested two suspects.',
    'Der Spiegel reported the leak on Monday.',
    'Kiribati joins Pacific fisheries pact.',
    'The café near the station closed.',
    'Protesters chanted "liberté" outside the embassy in Paris.',
    'Abu Hamza al Masri lost his appeal.',
  ])('English: %s', (text) => expect(english(text)).toBe(true));

  it.each([
    'Le ministre a démissionné hier soir.',
    'El gobierno aprobó la reforma el martes.',
    'Die Polizei hat gestern zwei Männer festgenommen, die aus dem Ausland kamen.',
    'Il sindaco ha chiuso la scuola per due giorni.',
    'O governo anunciou novas medidas.',
    'De regering heeft het plan niet goedgekeurd.',
    'Presiden akan mengunjungi Jakarta pada hari Senin.',
    'Regeringen har inte fattat något beslut.',
    'Взрыв произошёл на заводе в понедельник.',
  ])('not English: %s', (text) => expect(english(text)).toBe(false));

  it('a sentence of content words only, its accents all on capitalised nouns, is known by its words English does not know', () => {
    expect(english('Die Polizei hat zwei Verdächtige festgenommen.')).toBe(false);
  });
});
