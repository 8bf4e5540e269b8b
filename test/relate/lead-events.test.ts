/**
 * Two reports' leads that share a participant tell one story's main event (relate/lead-events.ts), so a date, place
 * or figure they give for it can clash even when each outlet words the event differently. Every sentence is invented
 * for this file; the expectations were written before the first run. Hard negatives: the same sentences when one of
 * them is not its report's lead, leads that set their event a stated time from another (a sequence of two events),
 * a lead that tells when an event was found out, one-sentence texts (no lead), and leads that agree.
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';
import { leadsOfOneStory, toldInSequence } from '../../src/relate/lead-events.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const report = (id: string, text: string) => ({ id, source: { name: `${id.toUpperCase()} Wire` }, text, publishedAt: '2026-03-14' });
function alerts(a: string, b: string) {
  const { claims, conflicts } = analyze({ documents: [report('a', a), report('b', b)] });
  const text = (id: string) => claims.find((c) => c.id === id)!.text;
  return conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, a: text(c.claims[0]), b: text(c.claims[1]), score: c.score }));
}

const MINE_A = 'A rock fall trapped nine miners at the Corvo copper mine on Thursday, regional officials said. Rescue teams were still digging on Friday.';
const MINE_B = 'The gallery at the Corvo mine caved in on Tuesday night, shortly after a shift change, the mine operator said. Relatives waited at the gate.';

describe('two leads anchored on one participant are one event', () => {
  it('a date told with different verbs clashes (temporal, medium or high)', () => {
    const found = alerts(MINE_A, MINE_B);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('temporal');
    expect(found[0]!.a).toContain('trapped nine miners');
    expect(found[0]!.b).toContain('caved in on Tuesday night');
    expect(found[0]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it('a place told with different verbs clashes (location)', () => {
    const a = 'Three inmates escaped from Harwick prison in Dorset on Saturday evening, the prison service said. A search is under way.';
    const b = 'Police are hunting three prisoners who broke out of Harwick prison in Devon on Saturday, a spokesman said. Roadblocks were set up overnight.';
    expect(alerts(a, b).map((x) => x.kind)).toEqual(['location']);
  });

  it('the leads are marked, and only in texts of two or more sentences', () => {
    const claims = extractClaims(report('a', MINE_A));
    expect(claims.filter((c) => c.lead === true).map((c) => c.proposition.predicate?.lemma)).toEqual(['trap']);
    expect(extractClaims(report('b', 'A rock fall trapped nine miners at the Corvo copper mine on Thursday.')).some((c) => c.lead === true)).toBe(false);
  });
});

describe('hard negatives', () => {
  it('the same sentence outside its report\'s lead is not assumed to be the event', () => {
    const b = 'Relatives waited at the gate on Wednesday. The gallery at the Corvo mine caved in on Tuesday night, the mine operator said.';
    expect(alerts(MINE_A, b)).toEqual([]);
  });

  it('one-sentence texts have no lead', () => {
    expect(alerts('A rock fall trapped nine miners at the Corvo copper mine on Thursday.', 'The gallery at the Corvo mine caved in on Tuesday night.')).toEqual([]);
  });

  it('a lead that sets its event a stated time after another tells a sequence of two events', () => {
    const a = 'Marta Kos finished second in the first round of the Velden mayoral election on Sunday, officials said. Turnout was low.';
    const b = 'Marta Kos won the Velden mayoral runoff on Sunday, two weeks after finishing second in the first round, officials said. She takes office in May.';
    expect(alerts(a, b)).toEqual([]);
    expect(toldInSequence(extractClaims(report('b', b))[0]!)).toBe(true);
    expect(toldInSequence(extractClaims(report('a', a))[0]!)).toBe(false);
  });

  it('finding out about an event is another event than the event', () => {
    const a = 'Thieves broke into the Ostrava Museum of Clocks on Saturday night, police said. Four watches were taken.';
    const b = 'Staff discovered the damage at the Ostrava Museum of Clocks on Monday morning, police said. The museum stayed shut.';
    const [ca, cb] = [extractClaims(report('a', a))[0]!, extractClaims(report('b', b))[0]!];
    expect(ca.lead && cb.lead).toBe(true);
    expect(leadsOfOneStory(ca, cb, buildLexicon())).toBe(false);
    expect(alerts(a, b)).toEqual([]);
  });

  it('a lead that gives the news dates the news, not the event', () => {
    const a = 'Brightline unveiled its Kestrel e-bike on Tuesday at a launch in Leeds, the company said. Reviews were mixed.';
    const b = 'The Kestrel e-bike from Brightline goes on sale on March 26, the company said. It will cost 1,900 pounds.';
    expect(alerts(a, b).map((x) => x.kind)).not.toContain('temporal');
  });

  it('a lead that dates its event\'s start or end dates another time than one telling the event', () => {
    const a = 'Talks between the two unions began in Leeds on Monday. Both sides attended.';
    expect(alerts(a, 'Talks between the two unions collapsed in Leeds on Thursday. Both sides left.').map((x) => x.kind)).not.toContain('temporal');
  });

  it('two leads dating one phase of the event still clash', () => {
    const a = 'Talks between the two unions began in Leeds on Monday. Both sides attended.';
    expect(alerts(a, 'Talks between the two unions started in Leeds on Tuesday. Both sides attended.').map((x) => x.kind)).toContain('temporal');
  });

  it('leads that agree on the date and place raise nothing', () => {
    const b = 'The gallery at the Corvo mine caved in on Thursday, the mine operator said. Relatives waited at the gate.';
    expect(alerts(MINE_A, b)).toEqual([]);
  });

  it('two leads of one report are not two reports', () => {
    const [first] = extractClaims(report('a', MINE_A));
    expect(leadsOfOneStory(first!, first!, buildLexicon())).toBe(false);
  });
});
