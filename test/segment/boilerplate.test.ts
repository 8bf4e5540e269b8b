import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { isBoilerplate } from '../../src/segment/boilerplate.js';
import { tokenize } from '../../src/segment/tokens.js';

const furniture = (text: string) => isBoilerplate(text, tokenize(text));

describe('boilerplate: page furniture is told from story sentences', () => {
  it.each([
    ['contact line', 'Reach the desk at tips@harbourgazette.example.com'],
    ['contact with a reader action', 'Questions about this series? Please write to editors@ledger.example.org'],
    ['call to action', 'Tap here to get alerts on your phone.'],
    ['call to action', 'Subscribe to our weekend edition.'],
    ['call to action', 'Follow the live blog for updates.'],
    ['two-word action', 'Sign up to receive the morning briefing.'],
    ['labelled credit', 'Image: Port Authority handout'],
    ['labelled caption', 'Video: Crowds gather outside the stadium'],
    ['notice label', 'Warning: the footage below is distressing.'],
    ['page label', 'Sponsored content'],
    ['rights notice', '© 2025 Northern Courier Ltd'],
    ['byline', 'By Priya Raman and Tom Okafor, Staff Writers'],
  ])('%s: %s', (_, text) => expect(furniture(text)).toBe(true));

  it.each([
    ['a noun that looks like an action', 'Share prices fell 4 percent on Tuesday.'],
    ['"watch" as a noun', 'Watch maker Tissot cut 200 jobs in Le Locle.'],
    ['"by" + a date', 'By Tuesday, the river had risen two metres.'],
    ['"by" + a name and a verb', 'By Monday Mr Okafor had resigned.'],
    ['an address inside a report', 'The ministry said on its website www.health.example.gov that cases had doubled since May.'],
    ['a label word in a story', 'The photo showed three soldiers near the border.'],
    ['a long sentence that opens with an action word', 'Follow-up inspections at the plant found no further leaks, the regulator said in a statement.'],
    ['"contact" as a noun', 'Contact between the two delegations ended in March.'],
  ])('not furniture, %s: %s', (_, text) => expect(furniture(text)).toBe(false));

  it('is reported as a skip with its own reason, and the story sentence beside it still yields a claim', () => {
    const text = 'The harbour reopened on Friday after the storm. Click here to read more.';
    const report = analyze({ documents: [{ id: 'a', text, source: 'A' }] });
    expect(report.skipped.map((s) => [s.span.text, s.reason])).toEqual([['Click here to read more.', 'boilerplate']]);
    expect(report.claims.map((c) => c.proposition.predicate?.lemma)).toEqual(['reopen']);
  });
});
