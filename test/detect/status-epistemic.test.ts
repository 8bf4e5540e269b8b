import { describe, expect, it } from 'vitest';
import { analyzeTwoReports, oneClash } from '../helpers/two-reports.js';

const kinds = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => c.kind);
const pendingOf = (text: string) => analyzeTwoReports(text, 'Unrelated: the harbour café opened a second room.').claims[0]!.proposition;

// An adjective of knowledge ("not yet clear how …") leaves its clause open; the adjective itself is no act to decide.
describe('status: a question left open by "not clear how …" is about its clause', () => {
  it('reads the adjective as the pending predicate, with the clause verbs as its events (the set-up of the rule)', () => {
    const p = pendingOf('It is not yet clear how the divers reached the cave.');
    expect([p.predicate?.lemma, p.state, p.events]).toEqual(['clear', 'pending', ['reach']]);
  });

  it('a verb of the same spelling ("were cleared") does not answer it', () => {
    expect(kinds('It is not yet clear how the divers reached the cave.', 'The divers were cleared by the coastguard to dive.')).toEqual([]);
    expect(kinds('The divers were cleared by the coastguard to dive.', 'It is still unclear how the divers reached the cave.')).toEqual([]);
  });

  it('the clause itself told as a fact is no decision either ("how they reached it" / "they reached it on foot")', () => {
    expect(kinds('It is not yet clear how the divers reached the cave.', 'The divers reached the cave on foot.')).toEqual([]);
  });

  it('a status verb left open is still set against its decision (positive control)', () => {
    const found = analyzeTwoReports('The council has not yet approved the harbour budget.', 'The council approved the harbour budget on Friday.').conflicts;
    expect(found.filter((c) => c.band !== 'low').map((c) => ({ kind: c.kind, band: c.band }))).toEqual(oneClash('status'));
  });
});
