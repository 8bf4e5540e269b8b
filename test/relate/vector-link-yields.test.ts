/**
 * A vector link between two predicates ("visit" ~ "planned") yields to the same word spelt in the other claim ("the
 * visit … is planned"): the event noun then names the one event, and its date or place is compared (issue 10).
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/api/stages.js';
import { alignClaims } from '../../src/relate/align.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;
const links = (x: string, y: string) => alignClaims(first('a', x), first('b', y), lexicon).links.map((l) => `${l.a.text}~${l.b.text}:${l.relation}`);

describe('alignClaims: a vector event link yields to the same word in the other claim', () => {
  it('"will visit" is linked to "visit" (the event noun), not to "is planned"', () => {
    const found = links('Pope Leo will visit Congo in May, the Vatican said.', "Pope Leo's visit to Congo is planned for October, church officials said.");
    expect(found).toContain('visit~visit:identical');
    expect(found.some((l) => l.startsWith('visit~planned'))).toBe(false);
  });

  it('hard negative: with no such word the predicates keep their vector link', () => {
    const found = links('The minister was killed in Kabul on Tuesday.', 'The minister was slain in Herat on Tuesday.');
    expect(found[0]).toBe('killed~slain:similar');
  });
});

describe('one visit told as a verb and as a planned event noun', () => {
  it('"will visit Congo in May" vs "the visit to Congo is planned for October" is a temporal conflict', () => {
    expect(reportedBetween('Pope Leo will visit Congo in May, the Vatican said.', "Pope Leo's visit to Congo is planned for October, church officials said.")).toEqual([
      { kind: 'temporal', band: expect.stringMatching(/medium|high/) },
    ]);
  });

  it('hard negative: the same month and a city inside the country is no conflict', () => {
    expect(reportedBetween('Pope Leo will visit Congo in May, the Vatican said.', "Pope Leo's visit to Kinshasa is planned for May, church officials said.")).toEqual([]);
  });

  it('hard negative: another person\'s visit in October is another event', () => {
    expect(reportedBetween('Pope Leo will visit Congo in May, the Vatican said.', "The king's visit to Congo is planned for October, palace officials said.")).toEqual([]);
  });
});
