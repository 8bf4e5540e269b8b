/**
 * A light (support) verb with an event noun against the plain verb or the nominalisation (issue 10): "carried out an
 * inspection" / "inspected", "the pilots' strike" / "the pilots struck". Sentences invented for this file, across
 * domains. Hard negatives: the same value twice, and one light verb with two different event nouns ("gave testimony" /
 * "gave an interview"), or one event noun acting on two different things ("an attack on the convoy" / "attacked a
 * checkpoint"): two events, whose dates, places and figures need not agree.
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const clash = (kind: string) => [{ kind, band: MEDIUM_PLUS }];

describe('light verb or event noun against the plain verb: a clash of the kind', () => {
  it.each([
    ['temporal', 'carried out an inspection / inspected', 'Inspectors carried out an inspection of the dam on 3 March 2022.', 'Inspectors inspected the dam on 17 March 2022.'],
    ['numeric', 'made a decision / decided', 'The board made a decision on the merger after 14 hours of talks.', 'The board decided on the merger after three hours of talks.'],
    ['location', 'gave testimony / testified', 'The witness gave testimony in Boston.', 'The witness testified in Chicago.'],
    ['polarity', 'conducted a review / did not review', 'The regulator conducted a review of the deal.', 'The regulator did not review the deal.'],
    ['temporal', 'indicted / the indictment was filed', 'Prosecutors indicted the mayor on 12 January 2020.', 'The indictment of the mayor was filed on 30 January 2020.'],
    ['numeric', 'struck / the strike lasted', 'The pilots struck for 48 hours.', "The pilots' strike lasted 12 hours."],
    ['location', 'launched an attack / attacked', 'The rebels launched an attack on the convoy near Mosul.', 'The rebels attacked the convoy near Basra.'],
    ['numeric', 'made arrests / arrested', 'Police made 16 arrests after the match.', 'Police arrested 40 people after the match.'],
    ['polarity', 'issued an apology / did not apologise', 'The company issued an apology to its customers.', 'The company did not apologise to its customers.'],
    ['temporal', 'held talks / negotiated', 'The ministers held talks in Geneva on 5 June 2021.', 'The ministers negotiated in Geneva on 9 June 2021.'],
    ['numeric', 'the evacuation took / was evacuated in', "The museum's evacuation took 40 minutes.", 'The museum was evacuated in 10 minutes.'],
    ['location', 'the explosion happened / exploded', 'The explosion of the tanker happened in Rotterdam.', 'The tanker exploded in Antwerp.'],
    ['location', 'attacked / launched an attack on (the event noun\'s object after "on")', 'The militia attacked the convoy near Mosul.', 'The militia launched an attack on the convoy near Basra.'],
    ['temporal', 'paid a visit / visited', 'The pope paid a visit to the refugee camp on 2 May 2019.', 'The pope visited the refugee camp on 20 May 2019.'],
  ])('%s: %s', (kind, _, a, b) => {
    expect(reportedBetween(a, b)).toEqual(clash(kind));
  });
});

describe('light verb or event noun: hard negatives', () => {
  it.each([
    ['the same date', 'Inspectors carried out an inspection of the dam on 3 March 2022.', 'Inspectors inspected the dam on 3 March 2022.'],
    ['the same count', 'Police made 16 arrests after the match.', 'Police arrested 16 people after the match.'],
    ['one light verb, two event nouns', 'The witness gave testimony in Boston.', 'The witness gave an interview in Chicago.'],
    ['one light verb, two event nouns, two dates', 'The ministers held talks in Geneva on 5 June 2021.', 'The ministers held a press conference in Geneva on 9 June 2021.'],
    ['one light verb, two event nouns, two counts', 'The agency made 16 arrests in the raid.', 'The agency made 40 seizures in the raid.'],
    ['another act on the same person', 'Prosecutors indicted the mayor on 12 January 2020.', 'The trial of the mayor opened on 30 March 2021.'],
    ['a review, not an approval', 'The regulator conducted a review of the deal.', 'The regulator did not approve the deal.'],
    ['an attack on another target', 'The rebels launched an attack on the convoy near Mosul.', 'The rebels attacked a checkpoint near Basra.'],
    ['one verb on two targets', 'The militia attacked the convoy near Mosul.', 'The militia attacked a checkpoint near Basra.'],
    ['an attack on another target, told with the plain verb first', 'The militia attacked the convoy near Mosul.', 'The militia launched an attack on a checkpoint near Basra.'],
    ['a strike told in two units', 'The pilots struck for 48 hours.', "The pilots' strike lasted two days."],
  ])('%s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
