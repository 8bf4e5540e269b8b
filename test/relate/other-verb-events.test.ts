/**
 * One event told with different verbs (issue 10's first phenomenon): WordNet synonyms, a synset the two claims'
 * shared agent or theme fixes the sense of, a troponym and its hypernym, a verb and what it entails. Sentences
 * invented for this file, across domains. Hard negatives: the same value twice, another thing acted on, another
 * event of the same people, and the direction of entailment (a murder is a killing, a killing need not be a murder:
 * "killed" against "did not murder" is no clash).
 */
import { describe, expect, it } from 'vitest';
import { MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const clash = (kind: string) => [{ kind, band: MEDIUM_PLUS }];

describe('one event, another verb: a clash of the kind', () => {
  it.each([
    ['temporal', 'seized / captured (a synset both verbs hold among their first senses)', 'Rebels seized the airport outside Goma on 4 May 2023.', 'Rebels captured the airport outside Goma on 9 May 2023.'],
    ['numeric', 'axed / cut', 'The carmaker axed 300 jobs at its plant in Leeds.', 'The carmaker cut 40 jobs at its plant in Leeds.'],
    ['numeric', 'killed / died (cause)', 'Gunmen killed 12 villagers near Kano on Sunday.', 'Four villagers died near Kano on Sunday.'],
    ['location', 'wed / married', 'The singer wed her manager in Lisbon in June 2019.', 'The singer married her manager in Porto in June 2019.'],
    ['numeric', 'purchased / bought', 'The senator purchased the ranch for $4 million.', 'The senator bought the ranch for $2.5 million.'],
    ['temporal', 'acquired / bought (hypernym)', 'The museum acquired the Vermeer in 1998.', 'The museum bought the Vermeer in 2004.'],
    ['numeric', 'detained / arrested', 'Police detained 30 protesters outside parliament.', 'Police arrested 12 protesters outside parliament.'],
    ['numeric', 'destroyed / wrecked', 'The hurricane destroyed 200 homes in Galveston.', 'The hurricane wrecked 50 homes in Galveston.'],
    ['temporal', 'sacked / dismissed (a synset of many members)', 'The club sacked its head coach in March 2021.', 'The club dismissed its head coach in October 2021.'],
    ['numeric', 'stole / took (hypernym)', 'Thieves stole three paintings from the gallery in Oslo.', 'Thieves took seven paintings from the gallery in Oslo.'],
    ['location', 'perished / died (a synset of many members)', 'The climber perished in Nepal in 2014.', 'The climber died in Peru in 2014.'],
    ['polarity', 'resigned / did not quit (synonyms)', 'The health minister resigned on Friday.', 'The health minister did not quit.'],
    ['polarity', 'shelled / did not bombard (the general act denied)', 'The army shelled the border town overnight.', 'The army did not bombard the border town.'],
    ['polarity', 'murdered / did not kill (the general act denied)', 'A jealous neighbour murdered the landlord.', 'The neighbour did not kill the landlord.'],
    ['polarity', 'snored / did not sleep (entailment)', 'The night guard snored through his shift.', 'The night guard did not sleep during his shift.'],
    ['polarity', 'demolished / did not destroy (the general act denied)', 'The council demolished the old cinema on Elm Street.', 'The council did not destroy the old cinema on Elm Street.'],
  ])('%s: %s', (kind, _, a, b) => {
    expect(reportedBetween(a, b)).toEqual(clash(kind));
  });
});

describe('one event, another verb: hard negatives', () => {
  it.each([
    ['the same date', 'Rebels seized the airport outside Goma on 4 May 2023.', 'Rebels captured the airport outside Goma on 4 May 2023.'],
    ['one toll through cause', 'Gunmen killed 12 villagers near Kano on Sunday.', 'Twelve villagers died near Kano on Sunday.'],
    ['the same figure', 'The carmaker axed 300 jobs at its plant in Leeds.', 'The carmaker cut 300 jobs at its plant in Leeds.'],
    ['another thing cut', 'The carmaker cut 300 jobs at its plant in Leeds.', 'The carmaker cut prices by 10 percent at its plant in Leeds.'],
    ['another event of the same couple', 'The singer married her manager in Lisbon in 2019.', 'The singer divorced her manager in Porto in 2023.'],
    ['killed and wounded: two outcomes', 'Gunmen killed 12 villagers near Kano on Sunday.', 'Gunmen wounded 30 villagers near Kano on Sunday.'],
    ['bought, then sold', 'The museum bought the Vermeer in 1998.', 'The museum sold the Vermeer in 2004.'],
    ['synonyms, one day', 'The health minister resigned on Friday.', 'The health minister quit on Friday.'],
    ['the specific act denied: the general may still hold', 'The army bombed the border town overnight.', 'The army did not shell the border town.'],
    ['killed, not murdered', 'A reckless driver killed the landlord.', 'The driver did not murder the landlord.'],
    ['slept, without snoring', 'The night guard slept through his shift.', 'The night guard did not snore during his shift.'],
    ['quit another thing', 'The health minister resigned on Friday.', 'The health minister did not quit smoking.'],
  ])('%s: none', (_, a, b) => {
    expect(reportedBetween(a, b)).toEqual([]);
  });
});
