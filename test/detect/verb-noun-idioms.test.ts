import { describe, expect, it } from 'vitest';
import { verbNounIdiom } from '../../src/relate/phrasal.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);
const idiom = (text: string) => verbNounIdiom(analyzeTwoReports(text, 'Unrelated weather was mild.').claims.find((c) => c.documentId === 'a')!);

// WordNet lists verb + noun idioms as verbs of their own ("take place", "give way", "take part"): the bare verb's
// antonyms (give / take) say nothing about them. Sentences are made up for these tests.
describe('verbNounIdiom: a claim whose verb and the noun after it are one WordNet verb', () => {
  it('reads "took place", "gave way", "took part"', () => {
    expect(idiom('The ceremony took place in Bergen on Friday.')).toBe('take_place');
    expect(idiom('The old pier gave way under the crowd.')).toBe('give_way');
    expect(idiom('Forty clubs took part in the regatta.')).toBe('take_part');
  });

  it('a verb with its own object, or with a particle, is no verb + noun idiom', () => {
    expect(idiom('The company took the land from the town.')).toBeUndefined();
    expect(idiom('The council gave back the land.')).toBeUndefined();
    expect(idiom('Prices fell back in March.')).toBeUndefined();
  });
});

describe('opposition: the antonyms of a bare verb do not oppose a verb + noun idiom', () => {
  it('"gave a speech" / "the speech took place" is no opposition', () => {
    expect(conflicts('The premier gave a speech in Bergen on Monday, aides said.', 'The speech took place in Norway on Monday, the broadcaster said.')).toEqual([]);
  });

  it('"gave way" / "took the strain" is no opposition', () => {
    expect(conflicts('The dam gave way on Tuesday, engineers said.', 'The dam took the strain on Tuesday, the operator said.')).not.toContain('opposition:medium');
  });

  it('the bare verbs still oppose: "gave the land to the town" / "took the land from the town"', () => {
    expect(conflicts('The company gave the land to the town, the mayor said.', 'The company took the land from the town, activists said.')).toEqual(['opposition:medium']);
  });

  it('an idiom still meets its own opposite: "took place" / "was called off"', () => {
    expect(conflicts('The regatta took place on Saturday, organisers said.', 'The regatta was called off on Saturday, the club said.')).toContain('opposition:medium');
  });
});
