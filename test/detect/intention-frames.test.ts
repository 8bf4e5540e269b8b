import { describe, expect, it } from 'vitest';
import { framedEvent } from '../../src/relate/intended-events.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);
const framed = (text: string) => {
  const claim = analyzeTwoReports(text, 'Unrelated weather was mild.').claims.find((c) => c.documentId === 'a')!;
  const event = framedEvent(claim);
  return event ? { verb: event.verb, denied: event.denied, theme: event.theme, byActor: event.byActor } : undefined;
};

// FrameNet Purpose and Cogitation: a negated intention to an event named by a noun denies the event; Process_start:
// "X will begin" asserts X. Sentences are made up for these tests.
describe('framedEvent: the event an intention or onset frame names by a noun', () => {
  it('reads "no plans for", "not considering", and an onset verb\'s subject', () => {
    expect(framed('Marlow Water has no plans for a hosepipe ban.')).toEqual({ verb: 'ban', denied: true, theme: ['hosepipe'], byActor: true });
    expect(framed('The ministry is not considering sanctions on the firm.')).toEqual({ verb: 'sanction', denied: true, theme: ['firm'], byActor: true });
    expect(framed('A strike at the port will begin on Monday.')).toEqual({ verb: 'strike', denied: false, theme: [], byActor: false });
  });

  it('an affirmed plan, or a plan for no event noun, is no frame', () => {
    expect(framed('Marlow Water has plans for a hosepipe ban.')).toBeUndefined();
    expect(framed('Marlow Water has no plans for the summer.')).toBeUndefined();
  });
});

describe('polarity: a denied intention against the event said to be coming', () => {
  const imposes = 'Marlow Water will impose a hosepipe ban from July.';

  it('clashes with "no plans for", "ruled out", "not considering" and an onset of one event', () => {
    expect(conflicts(imposes, 'Marlow Water has no plans for a hosepipe ban, its chief executive said.')).toEqual(['polarity:medium']);
    expect(conflicts(imposes, 'Marlow Water has ruled out a hosepipe ban.')).toEqual(['polarity:medium']);
    expect(conflicts('The ministry will impose sanctions on the firm.', 'The ministry is not considering sanctions on the firm.')).toEqual(['polarity:medium']);
    expect(conflicts('A strike at the port will begin on Monday.', "The dockers' union has no plans for a strike at the port.")).toEqual(['polarity:medium']);
  });

  it('another ban, another company, or a past ban: silent', () => {
    expect(conflicts(imposes, 'Marlow Water has no plans for a ban on night fishing.')).toEqual([]);
    expect(conflicts(imposes, 'Severn Water has no plans for a hosepipe ban.')).toEqual([]);
    expect(conflicts('Marlow Water imposed a hosepipe ban in 2022.', 'Marlow Water has no plans for a hosepipe ban this summer.')).toEqual([]);
  });

  it('the same denial twice, or in other words, agrees', () => {
    const denial = 'Marlow Water has no plans for a hosepipe ban.';
    expect(conflicts(denial, 'Marlow Water said it has no plans for a hosepipe ban.')).toEqual([]);
    expect(conflicts(denial, 'Marlow Water will not impose a hosepipe ban.')).toEqual([]);
  });
});
