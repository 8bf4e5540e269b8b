/**
 * An event one report holds only as unconfirmed ("an unconfirmed explosion at a pipeline", "unverified reports of a
 * shooting") against a report stating it happened: a status clash, and one event for matching. Every sentence is
 * invented for this file; hard negatives: the same uncertainty twice, another thing placed elsewhere, a hedged or
 * negated statement, an update told in the sentence, a hearsay noun with no event.
 */
import { describe, expect, it } from 'vitest';
import { unconfirmedEventHit } from '../../src/detect/unconfirmed.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { DEFAULT_MIN_MATCH, matchScore, opposesIn } from '../../src/match/index.js';
import { unconfirmedEvents } from '../../src/relate/unconfirmed-events.js';
import { alertsWithEvidence, analyzeTwoReports, MEDIUM_PLUS } from '../helpers/two-reports.js';

const STATED = 'A gas pipeline near Dorval exploded early on Monday, police said.';

describe('reading an unconfirmed event', () => {
  it.each([
    ['An unconfirmed explosion at a gas pipeline in the north lifted prices.', 'unconfirmed explosion', ['explode'], ['ga', 'pipelin']],
    ['Traders cited unverified reports of a refinery fire near the coast.', 'unverified reports of a refinery fire', ['fire'], ['refineri', 'coast']],
    ['Uncorroborated accounts of an attack on the convoy were shared online.', 'Uncorroborated accounts of an attack', ['attack'], ['convoi']],
  ])('%s', (text, span, verbs, participants) => {
    const [claim] = analyzeTwoReports(text, 'Nothing else happened today.').claims.filter((c) => c.documentId === 'a');
    const [event] = unconfirmedEvents(claim!);
    expect(event?.span.text).toBe(span);
    expect(event?.verbs).toEqual(verbs);
    expect([...(event?.participants ?? [])].sort()).toEqual(participants.sort());
  });

  it.each([
    ['a hearsay noun with no event', 'Unconfirmed reports circulated on Monday about the mayor.'],
    ['an update told in the same sentence', 'An initially unconfirmed explosion at a gas pipeline was later confirmed by police.'],
    ['no modifier of uncertainty', 'A confirmed explosion at a gas pipeline lifted prices.'],
  ])('none: %s', (_, text) => {
    const claims = analyzeTwoReports(text, 'Nothing else happened today.').claims.filter((c) => c.documentId === 'a');
    expect(claims.flatMap((c) => unconfirmedEvents(c))).toEqual([]);
  });
});

describe('an unconfirmed event against the event stated as happened: status', () => {
  it.each([
    ['An unconfirmed explosion at a gas pipeline in the north briefly lifted prices on Monday.', STATED, ['unconfirmed explosion', 'exploded']],
    ['Gas prices climbed after unverified reports of a gas pipeline explosion in the north.', STATED, ['unverified reports of a gas pipeline explosion', 'exploded']],
    ['Traders pointed to uncorroborated accounts of a gas pipeline explosion.', STATED, ['uncorroborated accounts of a gas pipeline explosion', 'exploded']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'status', band: MEDIUM_PLUS, evidence }]);
  });

  it('names the unconfirmed side first whichever order the pair comes in', () => {
    const claims = analyzeTwoReports('An unconfirmed explosion at a gas pipeline lifted prices.', STATED).claims;
    const [a, b] = [claims.find((c) => c.documentId === 'a')!, claims.find((c) => c.documentId === 'b')!];
    expect(unconfirmedEventHit(a, b)?.evidence.map((e) => e.text)).toEqual(['unconfirmed explosion', 'exploded']);
    expect(unconfirmedEventHit(b, a)?.evidence.map((e) => e.text)).toEqual(['exploded', 'unconfirmed explosion']);
    expect(unconfirmedEventHit(a, b)?.strength).toBeCloseTo(0.6, 5);
  });

  it('the pair reaches the match threshold through the unconfirmed reading', () => {
    const lexicon = buildLexicon();
    const claims = analyzeTwoReports('Gas futures rose on unconfirmed rumours of a gas pipeline explosion after a weekly report showed stocks fell.', STATED).claims;
    const [a, b] = [claims.find((c) => c.documentId === 'a')!, claims.find((c) => c.documentId === 'b')!];
    expect(matchScore(a, b, opposesIn(lexicon), lexicon)).toBeGreaterThanOrEqual(DEFAULT_MIN_MATCH);
  });

  it.each([
    ['the same uncertainty twice', 'An unconfirmed explosion at a gas pipeline lifted prices.', 'Unverified reports of a gas pipeline explosion near Dorval spread on Monday.'],
    ['another thing placed elsewhere', 'An unconfirmed explosion at a chemical plant in the south lifted prices.', STATED],
    ['a hedged statement', 'An unconfirmed explosion at a gas pipeline lifted prices.', 'A gas pipeline near Dorval may have exploded on Monday.'],
    ['a negated statement', 'An unconfirmed explosion at a gas pipeline lifted prices.', 'The gas pipeline near Dorval did not explode, police said.'],
    ['an update in the unsure sentence', 'An initially unconfirmed explosion at a gas pipeline was later confirmed by police.', STATED],
    ['another event of the same thing', 'An unconfirmed explosion at a gas pipeline lifted prices.', 'A gas pipeline near Dorval leaked early on Monday, police said.'],
  ])('no conflict: %s', (_, a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'status')).toEqual([]);
  });
});
