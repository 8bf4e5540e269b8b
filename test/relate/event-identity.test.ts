/**
 * One event told in different words (issue 10): two claims whose participants line up outside the slot that differs
 * (the figure, the date, the place) describe one event even when their verbs differ. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { extractClaims } from '../../src/api/stages.js';
import { detectPair } from '../../src/detect/registry.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Claim } from '../../src/model/claim.js';
import { alignedEvent } from '../../src/relate/event-identity.js';
import { eventMentions } from '../../src/relate/events.js';

const lexicon = buildLexicon();
const first = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase(), publishedAt: '2025-04-02' })[0]!;
const identity = (x: string, y: string) => alignedEvent(first('a', x), first('b', y), lexicon);

/** Medium-or-high conflicts between the two reports, as two bare files of unknown kind are first checked. */
function reported(a: string, b: string) {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1]).map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('alignedEvent: one event by the alignment of its participants', () => {
  it('a light verb says too little to set an event apart: "was held" / "took place" with one theme', () => {
    const found = identity('The conference was held in Vienna.', 'The conference took place in Prague.');
    expect(found.oneEvent).toBe(true);
    expect(found.coverage).toBe(1);
    expect(found.anchor).toBe('conference');
  });

  it('an event verb named as an event noun on the other side ("shot" / "in the shooting")', () => {
    const found = identity('Four people were shot at the market on Sunday.', 'Nine people were wounded in the shooting at the market on Sunday.');
    expect(found.oneEvent).toBe(true);
    expect(found.contained).toBe(true);
    expect(found.coverage).toBeCloseTo(2 / 3, 5);
  });

  it('two unrelated acts of one participant are two events ("arrived" / "spoke")', () => {
    const found = identity('The minister arrived in Vienna on Monday.', 'The minister spoke in Prague on Tuesday.');
    expect(found.oneEvent).toBe(false);
  });

  it('opposite acts are no identity by alignment (the opposition detector has them)', () => {
    expect(identity('The museum opened in Vienna on Monday.', 'The museum closed in Prague on Monday.').oneEvent).toBe(false);
  });

  it('participants that do not line up are two events, whatever the shared setting', () => {
    const found = identity('The floods killed 9 people in the valley.', 'About 1,200 people were moved to shelters in the valley.');
    expect(found.oneEvent).toBe(false);
  });

  it('one specific counted thing with a light verb on one side is one count ("carrying" / "there were … aboard")', () => {
    const found = identity('The bus was carrying 45 pupils when it overturned.', 'There were fewer than 20 pupils aboard the bus when it overturned.');
    expect(found.sameCount).toBe(true);
    expect(identity('The company hired 200 workers in March.', 'The company trained 50 workers in March.').sameCount).toBe(false);
  });

  it('one shared word in two senses is two events: leaving a town / a battle that left 25 dead', () => {
    const found = identity('Rebels left the town of Vassa in March.', 'Police fought rebels in a battle that left 25 dead in the town of Vassa in May.');
    expect(found.oneEvent).toBe(false);
  });

  it('a shared generic word alone anchors nothing ("people")', () => {
    expect(identity('Many people were seen at the station.', 'People were held at the border.').oneEvent).toBe(false);
  });
});

/** What the detectors find on one pair once it is compared, with the alignment share the finding reports. */
function detected(x: string, y: string) {
  const found = detectPair(first('a', x), first('b', y), { lexicon });
  return found && { kind: found.best.kind, evidence: found.best.evidence.map((s) => s.text), alignedEvent: found.alignedEvent };
}

describe('a support verb with a noun spelt as its verb', () => {
  const mentions = (text: string) => eventMentions(first('a', text), buildLexicon()).map((m) => `${m.source}:${m.span.text}:${m.word.lemma}`);

  it('is the event when the noun is plural or follows an article or a figure', () => {
    expect(mentions('Police made 12 arrests after the brawl.')).toEqual(['light-verb:made 12 arrests:arrest', 'predicate:made:make']);
    expect(mentions('Troops launched a raid on the village.')).toEqual(['light-verb:launched a raid:raid', 'predicate:launched:launch']);
  });

  it('is no event in a bare idiom ("took part", "took place")', () => {
    expect(mentions('The minister took part in the talks.').some((m) => m.startsWith('light-verb'))).toBe(false);
    expect(mentions('The festival took place in Vienna.').some((m) => m.startsWith('light-verb'))).toBe(false);
  });
});

describe('one event in different words: the event-bound detectors fire', () => {
  it('location: "was held in Vienna" / "took place in Prague"', () => {
    expect(detected('The conference was held in Vienna.', 'The conference took place in Prague.')).toEqual({
      kind: 'location', evidence: ['Vienna', 'Prague'], alignedEvent: 1,
    });
  });

  it('temporal: "was held on 12 June 2024" / "took place on 19 June 2024"', () => {
    expect(detected('The festival was held on 12 June 2024.', 'The festival took place on 19 June 2024.')).toEqual({
      kind: 'temporal', evidence: ['12 June 2024', '19 June 2024'], alignedEvent: 1,
    });
  });

  it('the verbs alone still decide for two unrelated acts: no clash for "arrived" / "spoke"', () => {
    expect(detected('The minister arrived in Vienna on Monday.', 'The minister spoke in Prague on Monday.')).toBeNull();
  });

  it('numeric: the finding carries the share of participants aligned when alignment alone made one event', () => {
    const found = detected('Rescuers pulled 12 survivors from the rubble of the hotel on Sunday.', 'Nine survivors were found in the rubble of the hotel on Sunday.');
    expect(found?.kind).toBe('numeric');
    // "pulled" and "found" are unrelated verbs; survivors, rubble and hotel line up, "rescuers" does not.
    expect(found?.alignedEvent).toBe(0.75);
  });

  it('a pair whose verbs share a stem reports alignedEvent 1 (the verbs decided)', () => {
    expect(detected('The summit was held in Vienna.', 'The summit was held in Prague.')?.alignedEvent).toBe(1);
  });

  it('numeric with a bound: "was carrying 45 pupils" / "there were fewer than 20 pupils aboard"', () => {
    expect(reported('The bus was carrying 45 pupils when it overturned.', 'There were fewer than 20 pupils aboard the bus when it overturned.')).toEqual([
      { kind: 'numeric', evidence: ['45 pupils', 'fewer than 20 pupils'] },
    ]);
  });

  it('numeric, one counted thing moved by two light verbs: "were brought" / "were taken"', () => {
    expect(reported('Officials said more than 40 bodies were brought to the hospital after the raid.', 'Officials said only 15 bodies were taken to the hospital after the raid.')).toEqual([
      { kind: 'numeric', evidence: ['more than 40 bodies', '15 bodies'] },
    ]);
  });

  it('numeric, deaths: "were shot dead" / "died in the shooting"', () => {
    expect(reported('Four people were shot dead at the market on Sunday.', 'Nine people died in the shooting at the market on Sunday.').map((c) => c.kind)).toEqual(['numeric']);
  });
});

describe('the alignedEvent factor in the report', () => {
  const factor = (a: string, b: string) => {
    const report = analyze({
      documents: [
        { id: 'a', source: { name: 'A' }, publishedAt: '2025-04-02', text: a },
        { id: 'b', source: { name: 'B' }, publishedAt: '2025-04-02', text: b },
      ],
    });
    return report.conflicts.map((c) => [c.kind, c.factors.find((f) => f.name === 'alignedEvent')?.value]);
  };

  it('shows the aligned share when alignment alone made one event', () => {
    const found = factor('Rescuers pulled 12 survivors from the rubble of the hotel on Sunday.', 'Nine survivors were found in the rubble of the hotel on Sunday.');
    expect(found).toEqual([['numeric', 0.75]]);
  });

  it('is 1 when the verbs relate: "shot dead" is a killing, the cause of dying (resultatives.ts)', () => {
    expect(factor('Four people were shot dead at the market on Sunday.', 'Nine people died in the shooting at the market on Sunday.')).toEqual([['numeric', 1]]);
  });

  it('is 1 when the verbs are one', () => {
    expect(factor('Police arrested 12 people after the brawl.', 'Police arrested five people after the brawl.')).toEqual([['numeric', 1]]);
  });
});

describe('hard negatives stay clean', () => {
  it('two acts of one participant at two places', () => {
    expect(reported('The minister arrived in Vienna on Monday.', 'The minister spoke in Prague on Monday.')).toEqual([]);
  });

  it('places at two levels are containment', () => {
    expect(reported('The conference was held in Germany.', 'The conference took place in Munich.')).toEqual([]);
  });

  it('overlapping bounds are compatible ("about 300" / "more than 250")', () => {
    expect(reported('There were about 300 people at the rally in the square.', 'More than 250 people were at the rally in the square.')).toEqual([]);
  });

  it('shot is not dead: "four were shot" / "nine died in the shooting" count different people', () => {
    expect(reported('Four people were shot at the market on Sunday.', 'Nine people died in the shooting at the market on Sunday.')).toEqual([]);
  });

  it('two counts of different things in one story (pupils / teachers)', () => {
    expect(reported('The bus was carrying 45 pupils when it overturned.', 'Three teachers were aboard the bus when it overturned.')).toEqual([]);
  });

  it('one counted thing in two unrelated acts ("hired" / "trained")', () => {
    expect(reported('The company hired 200 workers in March.', 'The company trained 50 workers in March.')).toEqual([]);
  });

  it('pupils aboard and pupils injured are two counts', () => {
    expect(reported('The bus was carrying 45 pupils when it overturned.', 'Twenty pupils were injured when the bus overturned.')).toEqual([]);
  });

  it('a death toll and people moved to shelters', () => {
    expect(reported('The floods killed 9 people in the valley.', 'About 1,200 people were moved to shelters in the valley.')).toEqual([]);
  });

  it('a later update of a toll', () => {
    expect(reported('Five people were killed in the collapse of the bridge.', 'The death toll from the collapse of the bridge later rose to 12.')).toEqual([]);
  });

  it('a forecast and the outcome', () => {
    expect(reported('Organisers expect 5,000 runners to take part in the race.', 'About 2,000 runners took part in the race.')).toEqual([]);
  });
});
