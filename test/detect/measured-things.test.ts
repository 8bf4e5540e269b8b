/**
 * Two figures for one measured thing, worded differently (issues 10 and 11): the figure as a premodifier ("a
 * 40-kilogram anchor", "the £1.9 million footbridge") against the subject of a verb of measuring ("the anchor weighs
 * 95 kilograms"). The measured thing makes the pair one event whatever the verbs (match/measured-things.ts). Hard
 * negatives: compatible figures, another thing measured, someone else's thing, a part against the whole, two years'
 * figures, money raised towards a cost. Sentences invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS } from '../helpers/two-reports.js';

describe('one measured thing, two wordings: a numeric clash', () => {
  it.each([
    ['Walkers picked up a 450-gram rock near the quarry on Sunday.', 'The rock weighs 1.2 kilograms, the museum said.', ['450-gram', '1.2 kilograms']],
    ['Walkers picked up a 450-gram rock near the quarry on Sunday.', 'The rock, which weighs 1.2 kilograms, was handed to the museum.', ['450-gram', '1.2 kilograms']],
    ['A three-mile stretch of the coast path was closed after the landslip.', 'Rangers fenced off a 400-metre stretch on Tuesday, the trust said.', ['three-mile', '400-metre']],
    // A participle of measuring after its noun ("a pumpkin weighing …") measures that noun.
    ['A pumpkin weighing 310 kilograms won the heaviest-pumpkin class at the county show on Friday.', 'The winning pumpkin at the county show weighed 260 kilograms.', ['310 kilograms', '260 kilograms']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });
});

describe('hard negatives: no numeric clash', () => {
  it.each([
    // Compatible: "about 41" allows 40.
    ['Divers raised a 40-kilogram anchor from the wreck on Friday.', 'The anchor weighs about 41 kilograms, the harbour master said.'],
    // Another thing measured.
    ['Divers raised a 40-kilogram anchor from the wreck on Friday.', 'The chain weighs 95 kilograms, the harbour master said.'],
    // Someone else's thing: the owner is named on one side only.
    ['Patel sold a £400,000 flat in the town.', "Okafor's flat cost £250,000, the agent said."],
    // A part against the whole.
    ['The £2.6 million footbridge opened on Monday.', 'Its lighting cost £300,000, the engineer said.'],
    // Two years' figures.
    ['The harbour festival cost £80,000 in 2023.', 'The £120,000 festival returned in 2025.'],
    // Two stretches of two named things.
    ['A three-mile stretch of the coast path was closed after the landslip.', 'Rangers fenced off a 400-metre stretch of the canal towpath on Tuesday.'],
    // Two things weighed at one show, whatever else the claims share (the same verb, the show).
    ['A pumpkin weighing 310 kilograms won the heaviest-pumpkin class at the county show on Friday.', "The county show's heaviest cabbage weighed 28 kilograms."],
    ['The prize pumpkin at the county fair weighed 310 kilograms.', 'The heaviest cabbage at the county fair weighed 28 kilograms.'],
    // Money raised so far towards a cost.
    ['The appeal has raised £40,000 so far towards the church roof.', 'The new church roof will cost £90,000, the vicar said.'],
  ])('%s / %s', (a, b) => {
    expect(alertsWithEvidence(a, b).filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});

describe('stuff measured by "of" may be renamed: still a numeric clash', () => {
  it.each([
    ['Contractors removed 1,400 tonnes of silt from the mill pond.', 'About 400 tonnes of sediment were removed from the mill pond.', ['1,400 tonnes', 'About 400 tonnes']],
  ])('%s / %s', (a, b, evidence) => {
    expect(alertsWithEvidence(a, b)).toEqual([{ kind: 'numeric', band: MEDIUM_PLUS, evidence }]);
  });
});
