/**
 * The story's dead counted as people in general, however each report words the death ("nine people died", "Six
 * persons lost their lives", "eleven were killed"): one set, paired across reports even when the two sentences share
 * little else (match/counted-sets.ts with relate/count-sets.ts tollSetOf). Sentences invented for this file;
 * expectations written before the first run. Hard negatives: the same toll in other words, a lower bound the other
 * figure meets, a toll updated a day later, the injured against the dead, a named group against people in general.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, clashes, MEDIUM_PLUS } from '../helpers/two-reports.js';

const numeric = (a: string, b: string, dates?: readonly [string, string?]) => clashes(a, b, dates).filter(([kind]) => kind === 'numeric');

describe('two tolls of one disaster in other words: a numeric clash', () => {
  it('"died" / "lost their lives"', () => {
    expect(alertsWithEvidence('At least nine people died and dozens were hurt in a crush at the spring fair in Tavira on Monday evening, police said.', 'Six persons lost their lives in the crush at the spring fair in Tavira on Monday evening.').filter((c) => c.kind === 'numeric')).toEqual([
      { kind: 'numeric', band: MEDIUM_PLUS, evidence: ['At least nine people', 'Six persons'] },
    ]);
  });
});

describe('no clash', () => {
  it.each([
    ['the same toll in other words', 'Nine people died in a crush at the spring fair in Tavira on Monday, police said.', 'Nine persons lost their lives at the spring fair in Tavira on Monday.'],
    ['a lower bound the other figure meets', 'At least six people died in a crush at the spring fair in Tavira on Monday, police said.', 'Nine persons lost their lives at the spring fair in Tavira on Monday.'],
    ['the injured against the dead', 'Nine people were injured in a crush at the spring fair in Tavira on Monday, police said.', 'Six persons lost their lives at the spring fair in Tavira on Monday.'],
    ['a named group against people in general', 'Two stewards were killed in a crush at the spring fair in Tavira on Monday, police said.', 'Six persons lost their lives at the spring fair in Tavira on Monday.'],
  ])('%s', (_, a, b) => {
    expect(numeric(a, b, ['2026-04-08'])).toEqual([]);
  });

  it('a toll updated a day later', () => {
    expect(numeric('At least six people died in a crush at the spring fair in Tavira on Monday, police said.', 'The death toll from the crush at the spring fair in Tavira rose to nine on Tuesday.', ['2026-04-07', '2026-04-08'])).toEqual([]);
  });
});
