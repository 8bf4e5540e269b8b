/**
 * A cancelling verb done to an event noun ("the launch of the lifeboat was abandoned") says the event did not take
 * place, against a claim that it did (detect/event-readings.ts cancelledReadings, lexicon/event-phases.ts
 * CANCELLING_VERBS). Sentences invented for this file; expectations written before the first run. Hard negatives: the
 * same cancellation twice, another thing launched, another vote, a cancelling dated apart from the event, a negated
 * cancelling, another of the kind ("new" / "old").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function alerts(a: string, b: string) {
  const documents = [
    { id: 'a', source: { name: 'Harbour Daily' }, text: a },
    { id: 'b', source: { name: 'Northwire' }, text: b },
  ];
  return analyze({ documents }).conflicts.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));
}

describe('a cancelled event against the event held', () => {
  it('"the launch of the lifeboat was abandoned" / "the lifeboat was launched"', () => {
    expect(alerts('The launch of the lifeboat was abandoned.', 'The lifeboat was launched at 3 a.m.')).toEqual([
      { kind: 'polarity', evidence: ['launch', 'launched'] },
    ]);
  });

  it('"the vote on the timetable was scrapped" / "councillors voted on the timetable"', () => {
    expect(alerts('The vote on the timetable was scrapped.', 'Councillors voted on the timetable on Tuesday.').map((c) => c.kind)).toEqual(['polarity']);
  });

  it('an event still to come against its cancelling stays status', () => {
    expect(alerts('The vote on the timetable will be held on Tuesday.', 'The vote on the timetable was scrapped.').map((c) => c.kind)).toEqual(['status']);
  });

  it.each([
    ['the same cancellation twice', 'The launch of the lifeboat was abandoned.', 'The launch of the lifeboat was abandoned, the crew said.'],
    ['another thing launched', 'The launch of the lifeboat was abandoned.', 'The inflatable was launched at 3 a.m.'],
    ['another vote', 'The vote on the timetable was scrapped.', 'Councillors voted on the bus fares on Tuesday.'],
    ['dated apart', 'The vote on the timetable was scrapped on May 4.', 'Councillors voted on the timetable on March 2.'],
    ['a negated cancelling', 'The launch of the lifeboat was not cancelled.', 'The lifeboat was launched at 3 a.m.'],
    ['another of the kind', 'The launch of the new lifeboat was abandoned.', 'The old lifeboat was launched at 3 a.m.'],
  ])('%s: none', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});

describe('the cancelled event is the head of the phrase, not a participle before it (Quirk § 17.104)', () => {
  it('"called off its guided swims" cancels swims: "has guided groups since 2019" is no clash', () => {
    expect(alerts('Lakeside Swims has called off all its guided swims at Thirlby until further notice.', 'Lakeside Swims has guided groups in the fells since 2019.')).toEqual([]);
  });
  it('"called off its guided swims" against the swims held is still a clash', () => {
    expect(alerts('Lakeside Swims called off its guided swims at Thirlby on Saturday.', 'Lakeside Swims swam at Thirlby on Saturday with its groups.').map((c) => c.kind)).toEqual(['polarity']);
  });
});
