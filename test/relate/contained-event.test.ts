/**
 * A short claim wholly told by a longer one (de Marneffe, Rafferty & Manning 2008 align the short hypothesis into the
 * premise): its participants all line up and the two own event words are one act or one a kind of the other, so a
 * date or place that differs is a clash even though the longer claim says much more. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/api/stages.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Claim } from '../../src/model/claim.js';
import { alignedEvent } from '../../src/relate/event-identity.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

const lexicon = buildLexicon();
const first = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase(), publishedAt: '2025-04-02' })[0]!;
const identity = (x: string, y: string) => alignedEvent(first('a', x), first('b', y), lexicon);

const LONG_VOYAGE = 'The freighter Aurora arrived in Lisbon harbour on 3 May 2019 after a long storm off the Azores.';

describe('contained event: the shorter claim is wholly told by the longer one', () => {
  it('"arrived … after a long storm" contains "reached" (a kind of arriving) with the same ship: one event', () => {
    const found = identity(LONG_VOYAGE, 'The Aurora reached Lisbon on 9 June 2019.');
    expect(found).toMatchObject({ oneEvent: true, contained: true, anchor: 'aurora', coverage: 1 });
  });

  it('a different date for the contained event is a temporal clash', () => {
    expect(reportedBetween(LONG_VOYAGE, 'The Aurora reached Lisbon on 9 June 2019.')).toEqual(oneClash('temporal'));
  });

  it('the same date, or the shorter claim merely omitting detail, is no clash', () => {
    expect(reportedBetween(LONG_VOYAGE, 'The Aurora reached Lisbon on 3 May 2019.')).toEqual([]);
    expect(reportedBetween(LONG_VOYAGE, 'The Aurora reached Lisbon.')).toEqual([]);
  });

  it('a shorter claim that adds a participant of its own is not contained', () => {
    const found = identity(LONG_VOYAGE, 'The Aurora reached Lisbon on 9 June 2019 with a new crew.');
    expect(found.contained).toBe(false);
    expect(reportedBetween(LONG_VOYAGE, 'The Aurora reached Lisbon on 9 June 2019 with a new crew.')).toEqual([]);
  });

  it('an unrelated act of the same ship is no containment ("arrived" / "was repainted")', () => {
    expect(identity(LONG_VOYAGE, 'The Aurora was repainted in Lisbon on 9 June 2019.').contained).toBe(false);
  });

  it('"re-" makes another occurrence: "elected in 2010" does not contain "re-elected in 2014"', () => {
    expect(identity('Mayor Keller was elected in 2010 after a close race.', 'Mayor Keller was re-elected in 2014.')).toMatchObject({ oneEvent: false, contained: false });
    expect(reportedBetween('Mayor Keller was first elected in 2010, and then re-elected in 2014 after a close race.', 'Mayor Keller was re-elected in 2014.')).toEqual([]);
  });
});

describe('contained event: the shorter claim tells an event of one of the longer claim\'s other clauses', () => {
  const LONG_SURGERY = 'Tomas Brandt, 52, had been flown to the Saint Anne Clinic in the town of Brno in Czechia for surgery to repair a torn valve.';

  it('"flown to the clinic for surgery to repair a valve" contains "had surgery to repair the valve": one event', () => {
    expect(identity(LONG_SURGERY, 'Tomas Brandt had his surgery to repair the valve at a clinic in Prague.')).toMatchObject({ oneEvent: true, contained: true, anchor: 'tomas' });
  });

  it('a different city for the contained event is a location clash; the same city, or a region containing it, is none', () => {
    expect(reportedBetween(LONG_SURGERY, 'Tomas Brandt had his surgery to repair the valve at a clinic in Prague.')).toEqual(oneClash('location'));
    expect(reportedBetween(LONG_SURGERY, 'Tomas Brandt had his surgery to repair the valve at a clinic in Brno.')).toEqual([]);
    expect(reportedBetween(LONG_SURGERY, 'Tomas Brandt had his surgery to repair the valve at a clinic in Czechia.')).toEqual([]);
  });

  it('another act of the same man (not an event of the longer sentence) is not contained', () => {
    expect(identity(LONG_SURGERY, 'Tomas Brandt gave a lecture on the valve at a clinic in Prague.').contained).toBe(false);
    expect(reportedBetween(LONG_SURGERY, 'Tomas Brandt gave a lecture on the valve at a clinic in Prague.')).toEqual([]);
  });
});
