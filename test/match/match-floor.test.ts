import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { DEFAULT_MIN_MATCH, matchScore, opposesIn, pairMatch } from '../../src/match/index.js';
import type { Claim } from '../../src/model/claim.js';

// Invented reports: one act by different doers, one doer's acts, and unrelated events, so that the pairs span
// matches below and above the floor with and without different actors.
const TEXTS = [
  'The Harbour Rowing Club opened a boathouse in Leith on Monday. Police arrested six protesters outside the mill.',
  'The city council opened a boathouse in Leith on Tuesday. Protesters said police fired tear gas near the mill.',
  'The Green Alliance rejected the budget. Dockers blocked the port for three hours, the union said.',
  'The Green Alliance accepted the budget on Friday. Farmers blocked the motorway for two days.',
];

const lexicon = buildLexicon();
const claims: Claim[] = TEXTS.flatMap((text, i) => extractClaims({ id: `d${i}`, text }));
const pairs = claims.flatMap((a, i) => claims.slice(i + 1).map((b) => [a, b] as const)).filter(([a, b]) => a.documentId !== b.documentId);

describe('pairMatch: the floor only saves work, it never changes which pairs are compared or their match', () => {
  it('the invented reports give pairs on both sides of the floor, some with two different actors', () => {
    const scores = pairs.map(([a, b]) => matchScore(a, b, opposesIn(lexicon), lexicon));
    expect(scores.some((s) => s >= DEFAULT_MIN_MATCH)).toBe(true);
    expect(scores.some((s) => s < DEFAULT_MIN_MATCH)).toBe(true);
    const differ = pairs.filter(([a, b]) => a.proposition.actor && b.proposition.actor && a.proposition.actor.key !== b.proposition.actor.key);
    expect(differ.length).toBeGreaterThan(4);
  });

  it.each([0.3, DEFAULT_MIN_MATCH, 0.6, 0.75])('at floor %s every pair is kept exactly when its full match reaches it, with that match', (minMatch) => {
    for (const [a, b] of pairs) {
      const full = matchScore(a, b, opposesIn(lexicon), lexicon);
      expect(pairMatch(a, b, { minMatch, opposes: opposesIn(lexicon), lexicon })).toBe(full >= minMatch ? full : null);
    }
  });
});
