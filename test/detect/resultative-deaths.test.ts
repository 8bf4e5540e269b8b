import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/index.js';
import { deathEvent } from '../../src/relate/resultatives.js';

const strongest = strongestOfUndated;
const first = (text: string) => extractClaims({ id: 'a', text, source: 'A' })[0]!;

describe('a verb with "dead" or "to death" after it tells a killing', () => {
  it('reads the resultative as a killing, "dead" after a verb of knowing as a death, and not a verb alone', () => {
    expect(deathEvent(first('Five people were shot dead in the attack.'))).toBe('kill');
    expect(deathEvent(first('Three guards were beaten to death during the riot.'))).toBe('kill');
    expect(deathEvent(first('Two hikers were found dead near the summit.'))).toBe('die');
    expect(deathEvent(first('Five people were shot in the attack.'))).toBeUndefined();
    expect(deathEvent(first('Police found the driver in the car, which had been parked for days.'))).toBeUndefined();
  });

  it.each([
    ['"shot dead" / "died"', 'Five people were shot dead in the attack.', 'Two people died in the attack.'],
    ['"beaten to death" / "died"', 'Three guards were beaten to death during the riot.', 'One guard died during the riot.'],
  ])('%s: counts of one death toll clash (numeric, medium or high)', (_, x, y) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe('numeric');
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['another outcome', 'Five people were shot dead in the attack.', 'Two people were injured in the attack.'],
    ['other people', 'Two gunmen were shot dead by police.', 'Five civilians died in the attack.'],
    ['another event', 'Five people were shot dead in Lyon on Monday.', 'Two people died in a crash near Paris on Sunday.'],
    ['a compatible count', 'Soldiers shot dead 12 protesters.', 'At least 12 protesters died.'],
    ['one death told twice', 'Police shot dead the gunman.', 'The gunman died.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});
