/**
 * "as" after a verb of regarding opens a complement (Quirk et al. 1985, § 16.46), and a passive of "consider" with such
 * a complement is a judgement made, not a deliberation pending. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const states = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => [c.proposition.predicate?.lemma, c.proposition.state]);

describe('verbs of regarding with "as"', () => {
  it.each([
    ['The soldiers are considered by army rules as absent from duty.', ['consider', 'affirmed']],
    ['The plan was considered by the council as too costly.', ['consider', 'affirmed']],
    ['The plan is considered a risk.', ['consider', 'affirmed']],
  ])('%s', (text, first) => {
    expect(states(text)[0]).toEqual(first);
  });
  it('a deliberation under way stays pending (hard negative)', () => {
    expect(states('The plan is being considered by the council.')[0]).toEqual(['consider', 'pending']);
    expect(states('The council is considering the plan.')[0]).toEqual(['consider', 'pending']);
  });
  it('"as" opening a clause of time after another verb is still a clause of its own (hard negative)', () => {
    expect(states('The fans cheered as the team won the cup.').map((s) => s[0])).toEqual(['cheer', 'win']);
  });
  it('two judgements of different properties are no status conflict', () => {
    expect(reportedBetween('The soldiers are considered by army rules as absent from duty.', 'The soldiers are not considered a threat to the public.')).toEqual([]);
  });
});

describe('one judgement affirmed and denied', () => {
  it('the same complement affirmed and denied is a polarity conflict', () => {
    expect(reportedBetween('The soldiers are considered a threat to the public.', 'The soldiers are not considered a threat to the public.').map((c) => c.kind)).toEqual(['polarity']);
  });
});

describe('two verbs of regarding', () => {
  it('"not viewed as a threat" / "considered as absent": two judgements, no polarity clash', () => {
    expect(reportedBetween('The soldiers are not viewed as a security threat.', 'The soldiers are considered by army rules as absent from duty.')).toEqual([]);
  });
});
