/**
 * Counts of those who took part in the story's event, told with verbs of taking part (WordNet {participate, take part},
 * {enter, participate}, {compete, vie, contend}: lexicon/event-frames.ts PARTICIPATING_VERBS): "212 panners took part"
 * / "fewer than 150 panners entered" count one set of participants whatever the verb. Sentences invented for this
 * file; expectations written before the first run (the contest-stage one failed at the first run and led to "heats"
 * as a stage; the last is still a false alarm, kept as an expected failure). Hard negatives: figures that fit, participants of two named parts
 * of the event ("in the heats" / "in the final"), and two groups' own acts ("200 workers went on strike" / "50 workers
 * returned to work", no verb of taking part).
 */
import { describe, expect, it } from 'vitest';
import { alertKinds } from '../helpers/two-reports.js';

describe('one set of participants counted twice (competed / participated already clashed before)', () => {
  it('took part against entered', () => {
    expect(alertKinds('Organisers of the Tarn panning open said 212 panners took part.', 'Fewer than 150 panners entered the Tarn panning open this year.')).toEqual(['numeric']);
  });

  it('competed against participated', () => {
    expect(alertKinds('Some 90 crews competed in the Loch Arkaig regatta.', 'At the Loch Arkaig regatta, 60 crews participated, the club said.')).toEqual(['numeric']);
  });
});

describe('no clash', () => {
  it('figures that fit', () => {
    expect(alertKinds('Organisers of the Tarn panning open said about 200 panners took part.', 'Some 205 panners entered the Tarn panning open this year.')).toEqual([]);
  });

  it('participants of two named parts of the event', () => {
    expect(alertKinds('At the Tarn panning open, 212 panners took part in the heats.', 'At the Tarn panning open, 40 panners took part in the final.')).toEqual([]);
  });

  // Known false alarm (numeric, high before this file): the two counts share a noun, a place and a day, which align
  // them as one event whatever the verbs. A rule that the counted doers of two acts no dictionary relates are two groups
  // fixed it but lost three in-sample conflicts ("15,000 people marched" / "6,000 people took part"), so it was dropped.
  it.fails('two groups\' own acts with no verb of taking part', () => {
    expect(alertKinds('At the Dunmore plant, 200 workers went on strike on Monday.', 'At the Dunmore plant, 50 workers returned to work on Monday.')).toEqual([]);
  });
});
