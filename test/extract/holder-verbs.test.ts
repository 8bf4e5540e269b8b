/**
 * A bare reporting-verb form ("show", "report") after words that already hold a finite past verb and its object is no
 * frame: "Fans saw the farewell show in Leeds" reports a sighting, not what fans "show" (src/extract/holder-verbs.ts).
 * Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function first(text: string): { holder?: string; actor?: string; predicate?: string } {
  const claim = analyze({ documents: [{ id: 'd', source: { name: 'Metro Wire' }, text }] }).claims[0];
  return { holder: claim?.attribution.holder, actor: claim?.proposition.actor?.text, predicate: claim?.proposition.predicate?.lemma };
}

describe('a clause with its own verb is no holder', () => {
  it('"Fans saw the farewell show in Leeds": the verb is "see", in the writer\'s voice', () => {
    expect(first('Some 9,000 fans saw the farewell show in Leeds on Friday.')).toEqual({ holder: 'Metro Wire', actor: 'fans', predicate: 'see' });
  });

  it('"The studio cancelled the cookery show after …": the verb is "cancel"', () => {
    expect(first('The studio cancelled the cookery show after one series.')).toMatchObject({ holder: 'Metro Wire', predicate: 'cancel' });
  });

  it('a verb group ("did not cancel the …") holds its own verb too', () => {
    expect(first('The theatre did not cancel the puppet show in March.')).toMatchObject({ holder: 'Metro Wire', predicate: 'cancel', actor: 'The theatre' });
  });

  it('the trailing frame still credits the clause ("…, according to the club")', () => {
    expect(first('Some 9,000 fans saw the farewell show in Leeds on Friday, according to the club.')).toMatchObject({ holder: 'the club', predicate: 'see' });
  });

  it('hard negative: "Figures released on Monday show …" keeps its frame (a participle, no object)', () => {
    expect(first('Figures released on Monday show the harbour trade shrank.')).toMatchObject({ holder: 'Figures released on Monday', predicate: 'shrink' });
  });

  it('hard negative: a relative clause in the holder keeps the frame ("Tenants who lost their flats say …")', () => {
    expect(first('Tenants who lost their flats say the repairs came late.')).toMatchObject({ holder: 'Tenants who lost their flats', predicate: 'come' });
  });

  it('hard negative: an auxiliary inside a relative clause of the holder keeps the frame', () => {
    expect(first('Clerks who will run the count say the result is close.')).toMatchObject({ holder: 'Clerks who will run the count' });
  });

  it('hard negative: an inflected frame verb after a plain subject keeps its frame ("Records show …")', () => {
    expect(first('Records show the ferry left port early.')).toMatchObject({ holder: 'Records', predicate: 'leave' });
  });
});
