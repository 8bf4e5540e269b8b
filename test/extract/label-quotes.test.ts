/**
 * A quote after a verb that credits a label to its subject ("She called the ruling 'a disgrace'") was said by that
 * subject, a pronoun standing for the person named before (src/extract/label-quotes.ts). Every sentence is invented
 * for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { oneClash, reportedBetween } from '../helpers/two-reports.js';

function speakers(text: string): (string | undefined)[] {
  const report = analyze({ documents: [{ id: 'd', source: { name: 'Harbour Wire' }, text }] });
  return report.claims.flatMap((c) => c.quotes.map((q) => q.speaker));
}

describe('the subject of a label verb speaks the quote', () => {
  it('a pronoun subject stands for the person named in the sentence before', () => {
    expect(speakers("The library will shut its east wing in March, chief librarian Owen Pryce said. He called the cuts 'a slow act of vandalism'.")).toEqual([
      'Owen Pryce',
    ]);
  });

  it('hard negative: a pronoun with no one named before stays uncredited', () => {
    expect(speakers("She called the verdict 'a scandal for the whole town'.")).toEqual(['Harbour Wire']);
  });

  it('a named subject with a title speaks its own quote', () => {
    expect(speakers("Harbour master Ines Koval described the berth as 'unsafe for any vessel'.")).toEqual(['Ines Koval']);
  });

  it('"hailed … as" credits the quote too', () => {
    expect(speakers("Mayor Petra Holm hailed the new tram line as 'a gift to the east side'.")).toEqual(['Mayor Petra Holm']);
  });

  it('hard negative: a pronoun standing for a group, not a named person, credits no one', () => {
    expect(speakers("Dock unions met the port board on Monday. They called the budget 'a gamble with pensions'.")).toEqual(['Harbour Wire']);
  });

  it('hard negative: a verb that labels nothing ("visited") credits no one', () => {
    expect(speakers("Engineer Lars Ahl visited the site marked 'danger zone' on the map.")).toEqual(['Harbour Wire']);
  });

  it('hard negative: a speaker written with the quote keeps it ("…," Ruiz said)', () => {
    expect(speakers("Minister Ada Ruiz called the plan bold. 'It is a gamble worth taking,' her deputy Tom Sill said.")).toEqual(['her deputy Tom Sill']);
  });
});

describe('one label, two wordings, is a misquote', () => {
  it('"she called it \'X\'" after her name against her name with another word is a quote clash', () => {
    expect(
      reportedBetween(
        "The ferry service to Arnholm will end in April, operator chief Nora Lindqvist said. She called the decision 'painful for every family on the island'.",
        "Operator chief Nora Lindqvist called the decision 'cruel for every family on the island'.",
      ),
    ).toEqual(oneClash('quote'));
  });

  it('hard negative: the same wording twice is no clash', () => {
    expect(
      reportedBetween(
        "The ferry service to Arnholm will end in April, operator chief Nora Lindqvist said. She called the decision 'painful for every family on the island'.",
        "Operator chief Nora Lindqvist called the decision 'painful for every family on the island'.",
      ),
    ).toEqual([]);
  });

  it('hard negative: two different people labelling the decision differently is no misquote', () => {
    expect(
      reportedBetween(
        "The ferry service to Arnholm will end in April, operator chief Nora Lindqvist said. She called the decision 'painful for every family on the island'.",
        "Islander council head Jonas Berg called the decision 'cruel for every family on the island'.",
      ),
    ).toEqual([]);
  });
});
