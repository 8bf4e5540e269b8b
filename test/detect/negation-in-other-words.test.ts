/**
 * Polarity when one side denies the event in other words: a negative-prefix participle ("was unsold", "remains unsold"), a causative
 * support verb with a negated event noun ("caused no injuries"), a denial by the cause a passive names ("did no damage"
 * / "damaged in the storm"), and a progressive said to go on ("is still operating") against its end. Sentences
 * invented for this file; expectations written before the first run. Hard negatives: the same denial twice, another
 * referent, another cause, compatible detail.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function alerts(a: string, b: string) {
  const documents = [
    { id: 'a', source: { name: 'Harbour Daily' }, text: a },
    { id: 'b', source: { name: 'Northwire' }, text: b },
  ];
  return analyze({ documents }).conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, score: c.score }));
}

describe('negation in other words', () => {
  it('"remains unsold" (not yet) against "was sold" is status, an irregular participle too', () => {
    const found = alerts('The pottery was sold to a collector in Leeds on Monday.', 'The pottery remains unsold, the dealer said.');
    expect(found.map((c) => c.kind)).toEqual(['status']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['The sculpture was sold at the auction in Leeds.', 'The sculpture was unsold at the auction in Leeds.'],
    ['The kiln was damaged in the fire at the works.', 'The kiln was undamaged in the fire at the works.'],
    ['The storm did no damage to the bridge.', 'The bridge was badly damaged in the storm.'],
    ['The blast caused no injuries.', 'Two people were injured in the blast.'],
  ])('%s / %s', (a, b) => {
    const found = alerts(a, b);
    expect(found.map((c) => c.kind)).toEqual(['polarity']);
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(found[0]!.score).toBeLessThan(0.95);
  });

  it.each([
    ['the same denial twice', 'The pottery remains unsold.', 'The pottery is still unsold, the dealer said.'],
    ['another referent', 'The kiln was undamaged in the fire.', 'The drying shed was damaged in the fire.'],
    ['another cause', 'The storm did no damage to the bridge.', 'The bridge was damaged in the flood last year.'],
    ['another event', 'The blast caused no injuries.', 'Two people were injured in the crash on the bypass.'],
    ['compatible detail', 'The bill remains unpaid.', 'The bill, which is for 300 pounds, has not been paid.'],
  ])('%s: none', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
