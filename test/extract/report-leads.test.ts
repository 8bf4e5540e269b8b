/**
 * A reporting verb after a to-infinitive frame of its subject ("are pleased to confirm", "would like to announce",
 * "can confirm") is the subject's report. Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const read = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holder, lemma: c.proposition.predicate?.lemma }));

describe('frames before a reporting verb', () => {
  it.each([
    ['The trust is delighted to announce that the ferry will resume.', 'The trust', 'resume'],
    ['The club is very pleased to confirm that the match will go ahead.', 'The club', 'proceed'],
    ['Police can confirm that a man was arrested.', 'Police', 'arrest'],
    ['The council would like to confirm that the road will reopen.', 'The council', 'reopen'],
    ['The firm wants to say that the recall is over.', 'The firm', 'be'],
    ['We are sorry to report that the owl died.', 'We', 'die'],
  ])('%s', (text, holder, lemma) => {
    expect(read(text)).toEqual([{ holder, lemma }]);
  });
  it('an infinitive of plan is no report (hard negative)', () => {
    expect(read('The council plans to announce the closure.')).toEqual([{ holder: 'Wire', lemma: 'announce' }]);
  });
  it('a report told with a frame and one told plainly compare what they report', () => {
    expect(reportedBetween('The trust is delighted to announce that the fair raised £19,500.', 'The trust said the fair raised £12,000.').map((c) => c.kind)).toEqual(['numeric']);
  });
});
