import { describe, expect, it } from 'vitest';
import { detectNumeric, numericStrength } from '../../src/detect/numeric.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Quantity } from '../../src/model/claim.js';
import { makeClaim, quantityIn, span } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };
const MM_PER_INCH = 0.0254;

function claimWith(text: string, ...quantities: [string, Omit<Quantity, 'span' | 'base'> & { base?: Quantity['base'] }][]) {
  return makeClaim({ text, quantities: quantities.map(([surface, fields]) => quantityIn(text, surface, fields)) });
}

const people = (value: number, bound: Quantity['bound'] = 'exact', base?: Quantity['base']) =>
  ({ value, dimension: 'count', bound, noun: 'people', ...(base ? { base } : {}) }) as const;

describe('detectNumeric: clashes', () => {
  const cases = [
    {
      name: 'at least 40 vs 12 (gap 70% → full strength)',
      a: claimWith('At least 40 people died in the blaze.', ['At least 40 people', people(40, 'at-least', { from: 40, to: null })]),
      b: claimWith('The blaze killed 12 people.', ['12 people', people(12)]),
      range: [1, 1],
      evidence: [span(0, 'At least 40 people'), span(17, '12 people')],
    },
    {
      name: '52,140 fans vs under 38,000 spectators (synonymous counted nouns)',
      a: claimWith('The final drew 52,140 fans to the stadium.', ['52,140 fans', { value: 52140, dimension: 'count', bound: 'exact', noun: 'fans' }]),
      b: claimWith('Under 38,000 spectators watched the final.', [
        'Under 38,000 spectators',
        { value: 38000, dimension: 'count', bound: 'at-most', noun: 'spectators', base: { from: null, to: 38000 } },
      ]),
      // "Under" is a sharp bound: a figure past it has at least NUMERIC_STRICT_BOUND_STRENGTH (0.75), above the gap-grown 0.68.
      range: [0.74, 0.76],
      evidence: [span(15, '52,140 fans'), span(0, 'Under 38,000 spectators')],
    },
    {
      name: 'less than two hours vs three hours',
      a: claimWith('The summit lasted less than two hours.', ['less than two hours', { value: 2, unit: 'h', dimension: 'duration', bound: 'at-most', base: { from: null, to: 7200 } }]),
      b: claimWith('The summit lasted three hours.', ['three hours', { value: 3, unit: 'h', dimension: 'duration', bound: 'exact', base: { from: 10800, to: 10800 } }]),
      range: [0.76, 0.77],
      evidence: [span(18, 'less than two hours'), span(18, 'three hours')],
    },
    {
      name: '120 millimetres vs nearly three inches, through the base unit',
      a: claimWith('Gauges recorded 120 millimetres of rain overnight.', ['120 millimetres', { value: 120, unit: 'mm', dimension: 'length', bound: 'exact', base: { from: 0.12, to: 0.12 } }]),
      b: claimWith('Nearly three inches of rain fell overnight.', ['Nearly three inches', { value: 3, unit: 'in', dimension: 'length', bound: 'at-most', base: { from: null, to: 3 * MM_PER_INCH } }]),
      range: [0.75, 0.76],
      evidence: [span(16, '120 millimetres'), span(0, 'Nearly three inches')],
    },
    {
      name: '$5 million vs $8 million in one currency',
      a: claimWith('The city pledged $5 million for repairs.', ['$5 million', { value: 5e6, unit: 'USD', dimension: 'money', bound: 'exact' }]),
      b: claimWith('The city pledged $8 million for repairs.', ['$8 million', { value: 8e6, unit: 'USD', dimension: 'money', bound: 'exact' }]),
      range: [0.82, 0.83],
      evidence: [span(17, '$5 million'), span(17, '$8 million')],
    },
    {
      name: 'the unmatched counts of people clash while the buildings agree',
      a: claimWith('Officials said 40 people were killed and 12 buildings were destroyed.',
        ['40 people', people(40)], ['12 buildings', { value: 12, dimension: 'count', bound: 'exact', noun: 'buildings' }]),
      b: claimWith('Rescuers said 25 people were killed and 12 buildings were destroyed.',
        ['25 people', people(25)], ['12 buildings', { value: 12, dimension: 'count', bound: 'exact', noun: 'buildings' }]),
      range: [0.82, 0.83],
      evidence: [span(15, '40 people'), span(14, '25 people')],
    },
    {
      name: 'two updates that disagree still clash',
      a: claimWith('The toll later rose to 14.', ['14', { value: 14, dimension: 'count', bound: 'exact' }]),
      b: claimWith('The toll later rose to 20.', ['20', { value: 20, dimension: 'count', bound: 'exact' }]),
      range: [0.72, 0.72],
      evidence: [span(23, '14'), span(23, '20')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectNumeric(c.a, c.b, context);
      expect(hit?.kind).toBe('numeric');
      expect(hit!.strength).toBeGreaterThanOrEqual(c.range[0]!);
      expect(hit!.strength).toBeLessThanOrEqual(c.range[1]!);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectNumeric: compatible figures', () => {
  const cases = [
    {
      name: '34 vs at least 30',
      a: claimWith('Police said 34 people were arrested.', ['34 people', people(34)]),
      b: claimWith('At least 30 people were arrested.', ['At least 30 people', people(30, 'at-least', { from: 30, to: null })]),
    },
    {
      name: '52,140 vs more than 50,000',
      a: claimWith('The final drew 52,140 fans.', ['52,140 fans', { value: 52140, dimension: 'count', bound: 'exact', noun: 'fans' }]),
      b: claimWith('More than 50,000 spectators watched.', ['More than 50,000 spectators', { value: 50000, dimension: 'count', bound: 'at-least', noun: 'spectators', base: { from: 50001, to: null } }]),
    },
    {
      name: 'about 40 vs 42',
      a: claimWith('About 40 people were injured.', ['About 40 people', people(40, 'about')]),
      b: claimWith('Doctors treated 42 people.', ['42 people', people(42)]),
    },
    {
      name: 'a range containing the other figure',
      a: claimWith('Between 30 and 50 people were evacuated.', ['Between 30 and 50 people', { ...people(30, 'range'), to: 50 }]),
      b: claimWith('Firefighters evacuated 42 people.', ['42 people', people(42)]),
    },
    {
      name: 'different counted things',
      a: claimWith('The quake killed 40 people.', ['40 people', people(40)]),
      b: claimWith('The quake flattened 12 buildings.', ['12 buildings', { value: 12, dimension: 'count', bound: 'exact', noun: 'buildings' }]),
    },
    {
      name: 'money in different currencies',
      a: claimWith('The fund received $5 million.', ['$5 million', { value: 5e6, unit: 'USD', dimension: 'money', bound: 'exact' }]),
      b: claimWith('The fund received €3 million.', ['€3 million', { value: 3e6, unit: 'EUR', dimension: 'money', bound: 'exact' }]),
    },
    {
      name: '5 km vs 3.1 miles (a rounded conversion)',
      a: claimWith('The march covered 5 km.', ['5 km', { value: 5, unit: 'km', dimension: 'length', bound: 'exact', base: { from: 5000, to: 5000 } }]),
      b: claimWith('The march covered 3.1 miles.', ['3.1 miles', { value: 3.1, unit: 'mi', dimension: 'length', bound: 'exact', base: { from: 4988.97, to: 4988.97 } }]),
    },
    {
      name: 'different dimensions',
      a: claimWith('The siege lasted 40 days.', ['40 days', { value: 40, unit: 'd', dimension: 'duration', bound: 'exact', base: { from: 3456000, to: 3456000 } }]),
      b: claimWith('The siege left 12 dead.', ['12 dead', { value: 12, dimension: 'count', bound: 'exact', noun: 'dead' }]),
    },
  ];
  for (const c of cases) {
    it(c.name, () => expect(detectNumeric(c.a, c.b, context)).toBeNull());
  }

  const updates = [
    'The toll later rose to 14.',
    'Officials revised the toll up to 14.',
    'The toll has since climbed to 14.',
    'At last count the toll stood at 14.',
  ];
  for (const text of updates) {
    it(`an explicit update: "${text}" vs 12`, () => {
      const a = claimWith(text, ['14', { value: 14, dimension: 'count', bound: 'exact' }]);
      const b = claimWith('Twelve people died.', ['Twelve people', people(12)]);
      expect(detectNumeric(a, b, context)).toBeNull();
      expect(detectNumeric(b, a, context)).toBeNull();
    });
  }
});

describe('numericStrength', () => {
  it('grows linearly from the floor to 1 at a 50% gap', () => {
    expect(numericStrength(0)).toBe(0.3);
    expect(numericStrength(0.25)).toBeCloseTo(0.65, 10);
    expect(numericStrength(0.5)).toBe(1);
    expect(numericStrength(2)).toBe(1);
  });
});
