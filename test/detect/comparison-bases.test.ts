/**
 * "214 households came, up from about 150 last year": the figure after "up from" / "down from" is the base an earlier
 * time gave (Quirk et al. 1985 § 9.3, "from" of a starting point), not the figure the claim reports. The reported figure
 * still clashes with another report's figure for the same event; a report giving the base itself told the earlier
 * figure, which is no clash. Sentences invented for this file; expectations written before the first run.
 */
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../helpers/two-reports.js';

const numeric = (a: string, b: string) => evidenceOf('numeric', a, b, ['2025-10-13', '2025-10-13']);

describe('the reported figure beside its base still clashes', () => {
  it('"214 households, up from about 150" / "more than 300 households"', () => {
    expect(numeric('The chair said 214 households had brought apples to the pressing day, up from about 150 last autumn.', 'More than 300 households brought apples to the pressing day, the committee said.')).toEqual([['214 households', 'More than 300 households']]);
  });
  it('"down from" likewise', () => {
    expect(numeric('The regatta drew 40 crews on Saturday, down from 55 a year ago.', 'The regatta drew 62 crews on Saturday.')).toEqual([['40 crews', '62 crews']]);
  });
});

describe('hard negatives', () => {
  it('the other report gives the base: an earlier figure, no clash', () => {
    expect(numeric('Fourteen boats have now been recovered, up from nine on Monday, the harbour master said.', 'Nine boats have been recovered, the harbour master said.')).toEqual([]);
  });
  it('the same figure on both sides', () => {
    expect(numeric('The chair said 214 households had brought apples, up from about 150 last autumn.', 'Some 214 households brought apples, the committee said.')).toEqual([]);
  });
  it('the base is never compared with the other figure', () => {
    expect(numeric('The regatta drew 40 crews on Saturday, down from 55 a year ago.', 'The regatta drew 40 crews on Saturday, organisers said.')).toEqual([]);
  });
});

describe('an interim period\'s figure is part of the year\'s (IAS 34)', () => {
  it('"fourth-quarter output of 7.3 million tonnes" / "27.1 million tonnes in 2024, up from 25.8 million": none', () => {
    expect(numeric('Kestrel Quarries produced 27.1 million tonnes of limestone in 2024, the company said, up from 25.8 million tonnes a year earlier.', 'Fourth-quarter output at Kestrel Quarries reached 7.3 million tonnes, the highest for any quarter last year.')).toEqual([]);
  });
  it('a quarter larger than the year still clashes', () => {
    expect(numeric('Kestrel Quarries produced 7.1 million tonnes of limestone in 2024, the company said.', 'Fourth-quarter output at Kestrel Quarries reached 9.3 million tonnes, the company said.')).toEqual([['7.1 million tonnes', '9.3 million tonnes']]);
  });
});
