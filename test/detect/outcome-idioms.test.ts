/**
 * An outcome denied to everyone against one told of some, when the told side says it without the frame's verb: "was
 * taken to hospital", "needed hospital treatment", "was treated by paramedics", "taken ill", "treated for food
 * poisoning" (lexicon/event-frames.ts; detect/outcome-denials.ts), and denials that open on "No one on board", "None of
 * the four", "Neither". Pairs come from the story (match/story-pairs.ts). Every sentence is invented for this file.
 * Hard negatives: a hospital visit as a precaution against "no one was injured", two stories, two days, one denial
 * told twice, treatment with no carer named, injuries that needed no treatment, an injury against no illness.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const LEAD = 'A coach overturned on the A9 near Dalwhinnie on Friday.';
const found = (a: string, b: string, leadB = LEAD) =>
  analyzeTwoReports(`${LEAD} ${a}`, `${leadB} ${b}`)
    .conflicts.filter((c) => c.band !== 'low')
    .map((c) => ({ kind: c.kind, evidence: c.evidence.map((e) => e.span.text) }));

describe('denied to everyone, told of some in other words', () => {
  it.each([
    ['injured / taken to hospital with injuries', 'No one on board was injured.', 'Two passengers were taken to hospital with minor injuries.'],
    ['hospital treatment / taken to hospital', 'None of the four needed hospital treatment.', 'Three of them were taken to hospital.'],
    ['hurt / treated by paramedics', 'Nobody was hurt.', 'Two walkers were treated by paramedics.'],
    ['taken ill / treated for food poisoning', 'No one was taken ill.', 'Three people were treated for food poisoning.'],
    ['medical treatment / taken to hospital', 'Neither needed medical treatment.', 'One woman was taken to hospital in Inverness.'],
  ])('%s', (_, a, b) => expect(found(a, b).map((c) => c.kind)).toEqual(['polarity']));

  it('the evidence is each side\u2019s outcome', () => {
    expect(found('Nobody was hurt.', 'Two walkers were treated by paramedics.')[0]!.evidence).toEqual(['Nobody was hurt', 'treated']);
  });
});

describe('hard negatives', () => {
  it.each([
    ['a precaution is no injury', 'No one on board was injured.', 'Two passengers were taken to hospital as a precaution.'],
    ['one denial told twice', 'No one on board was injured.', 'Nobody was hurt.'],
    ['treatment with no carer or place named', 'None of the four needed hospital treatment.', 'Three of them were treated for shock.'],
    ['no treatment needed, some injured', 'Neither needed medical treatment.', 'Two men were injured.'],
    ['no illness, an injury treated', 'No one was taken ill.', 'Two men were treated for burns.'],
  ])('%s', (_, a, b) => expect(found(a, b)).toEqual([]));

  it('two stories', () => {
    expect(found('No one on board was injured.', 'Two passengers were taken to hospital with minor injuries.', 'A ferry ran aground off Skye on Friday.')).toEqual([]);
  });
  it('two days', () => {
    expect(found('Nobody was hurt on Friday.', 'Two walkers were treated by paramedics on Sunday.')).toEqual([]);
  });
});
