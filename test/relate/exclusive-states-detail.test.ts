import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

/**
 * Two claims set one thing in states that exclude each other only when they speak of one thing. Detail that only one
 * side gives (its date, its place, a passive's by-agent) does not make the things differ; detail both give must agree.
 */
const strongest = strongestOfUndated;

describe('exclusive states with detail on one side only', () => {
  it.each([
    ['a date on one side, a by-agent on the other', 'The reporter was freed on Tuesday.', 'The reporter is still being held by the militia.', 'status'],
    ['an active release with its date', 'Rebels freed the aid workers on Sunday.', 'The aid workers are still being held.', 'status'],
    ['a place on one side (opposite verbs: the opposition detector)', 'The ferry terminal in Brindisi was closed.', 'The ferry terminal is open.', 'opposition'],
  ])('%s: a conflict at medium', (_, x, y, kind) => {
    const conflict = strongest(x, y);
    expect(conflict?.kind).toBe(kind);
    // The opposition row scores 0.80 under session 23's refit, on the medium / high boundary: either band.
    expect(conflict?.band).toMatch(/^(medium|high)$/);
    expect(conflict!.score).toBeGreaterThanOrEqual(0.6);
    expect(conflict!.score).toBeLessThan(0.82);
  });

  it.each([
    ['two dates: a sequence', 'The ferry terminal was closed on Monday.', 'The ferry terminal was open on Tuesday.'],
    ['two places that say which terminal: two terminals', 'The ferry terminal in Lyon is closed.', 'The ferry terminal in Marseille is open.'],
    ['two places that say which police force: two arrests', 'Police in Lyon arrested two men.', 'Police in Marseille arrested five men.'],
    ['two different detainees', 'The first reporter was freed.', 'The second reporter is still being held.'],
    ['held before the release', 'The reporter was freed on Tuesday.', 'The reporter was held for three weeks before that.'],
    ['the patient of one state is the agent of the other', 'The aid workers were freed.', 'The kidnappers were held by police.'],
    ['other words name another reason', 'The museum was closed on Monday for cleaning.', 'The museum is open to visitors.'],
  ])('%s: no conflict', (_, x, y) => {
    expect(strongest(x, y)).toBeUndefined();
  });
});

/**
 * Which thing by a place ("the terminal in Lyon") is decided only for places the gazetteer knows the containers of:
 * two unknown names (a town it lacks, a region it lacks) may be one place within the other, so they are compared.
 */
describe('a place that says which thing', () => {
  it.each([
    ['one terminal, its country named on one side', 'The ferry terminal in Marseille is closed.', 'The ferry terminal in France is open.'],
    ['a place the gazetteer does not know may contain the other', 'The ferry terminal in Marseille is closed.', 'The ferry terminal in Provence is open.'],
    ['the place as the setting of the act, not of the thing', 'The ferry terminal closed in Brindisi.', 'The ferry terminal is open.'],
  ])('%s: still compared', (_, x, y) => {
    expect(strongest(x, y)?.kind).toBe('opposition');
  });

  it('a count for one police force in one place clashes', () => {
    const conflict = strongest('Police in Lyon arrested two men.', 'Police in Lyon arrested five men.');
    expect(conflict?.kind).toBe('numeric');
  });
});
