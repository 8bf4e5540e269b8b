/**
 * A story called false ("friends say reports she took a selfie are lies") against the story told ("the surgeon took a
 * selfie"): the calling claim's subject is whoever calls it false, not the story's doer, so matching does not count it
 * as another actor. Every sentence is invented for this file; hard negatives: the same call twice, another story.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../src/lexicon/index.js';
import { DEFAULT_MIN_MATCH, matchScore, opposesIn } from '../../src/match/index.js';
import { truthValueDispute } from '../../src/relate/truth-value.js';
import { alertsWithEvidence, analyzeTwoReports, MEDIUM_PLUS } from '../helpers/two-reports.js';

const TOLD = 'The site confirmed that surgeon Ann Marsh took a selfie in the operating room beside the sleeping singer.';
const CALLED_FALSE = 'Friends close to the surgeon, 56, say reports she took photo are lies.';

describe('a story called false matches the story told whoever calls it false', () => {
  it('the pair reaches the match threshold', () => {
    const lexicon = buildLexicon();
    const claims = analyzeTwoReports(TOLD, CALLED_FALSE).claims;
    const [a, b] = [claims.find((c) => c.documentId === 'a')!, claims.find((c) => c.documentId === 'b')!];
    expect(matchScore(a, b, opposesIn(lexicon), lexicon)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it('and is reported as a polarity clash on the act and the call', () => {
    expect(alertsWithEvidence(TOLD, CALLED_FALSE)).toEqual([{ kind: 'polarity', band: MEDIUM_PLUS, evidence: ['took', 'are lies'] }]);
  });

  it.each([
    ['the same call twice', 'Her lawyer said reports that she took a selfie were lies.', CALLED_FALSE],
    ['another story', 'The site confirmed that the hospital manager filmed a video in the hallway beside the lifts.', CALLED_FALSE],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b)).toEqual([]);
  });
});

describe('only a report called false sets the calling subject aside', () => {
  it.each([
    ['a report of the story', 'Friends of the sculptor say reports she carved the bronze statue are lies.', true],
    ['the thing itself', 'Friends of the sculptor say the bronze statue she carved is a fake.', false],
  ])('%s', (_, called, ofReport) => {
    const claims = analyzeTwoReports('The sculptor Ann Lee carved the bronze statue last spring.', called).claims;
    const [a, b] = [claims.find((c) => c.documentId === 'a')!, claims.find((c) => c.documentId === 'b')!];
    expect(truthValueDispute(a, b)?.ofReport).toBe(ofReport);
  });
});
