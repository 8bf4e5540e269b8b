// A fourth invented wire set (76 sentences: shipping, farming, universities, aviation, mining, theatre, policing,
// energy, retail), written with exact expected claims before the engine was run on them and scored by the gold suite's
// own comparison rules (test/helpers/wire-fields.ts). It aims at what decides a theme: extra themes (a time, place,
// measure or amount after the verb), missing ones (an object after an adverb, a parenthetical, a control verb, in a
// relative clause), different ones (partitives, quantity nouns, compounds, possessives) and claims lost to openings.
// Before this set's classes were fixed, 21 of the 76 failed (14 now); two expectations were corrected to the suite's rules after
// the first run ("is located", "is ruined": a be-passive has the subject as theme and no actor).
import { describe, expect, it } from 'vitest';
import { extractWithSkips, SUITE_REFERENCE_DATE } from '../../scripts/eval-extraction-run.js';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[]][] = [
  ['possessive subject + measure', "The company's shares fell 12 percent on Tuesday.", [{ actor: 'shares', predicate: 'fall', quantities: [n(12, '%', null)], dates: ['Tuesday'] }]],
  ['measure after intransitive', 'The price of wheat rose sharply in Chicago on Monday.', [{ actor: 'price', predicate: 'rise', places: ['Chicago'], dates: ['Monday'] }]],
  ['time phrase after intransitive', 'The ferry sailed late on Sunday night.', [{ actor: 'ferry', predicate: 'sail', dates: ['Sunday'] }]],
  ['place after intransitive', 'The tanker ran aground near Singapore.', [{ actor: 'tanker', predicate: 'run', places: ['Singapore'] }]],
  ['bare amount after verb', 'The retailer lost £40 million last year.', [{ actor: 'retailer', predicate: 'lose', quantities: [n(40_000_000, 'GBP', null)], dates: ['last year'] }]],
  ['duration after verb', 'The strike lasted three weeks.', [{ actor: 'strike', predicate: 'last', quantities: [n(3, 'week', null)] }]],
  ['crowd of N', 'The band played to a crowd of 50,000 in Dublin.', [{ actor: 'band', predicate: 'play', quantities: [n(50000, null, 'crowd')], places: ['Dublin'] }]],
  ['ditransitive bare amount', 'The government gave the university an extra £10 million.', [{ actor: 'government', predicate: 'give', quantities: [n(10_000_000, 'GBP', null)] }]],
  ['adverb + time', 'The plane landed safely in Oslo on Friday.', [{ actor: 'plane', predicate: 'land', places: ['Oslo'], dates: ['Friday'] }]],
  ['per-day measure', 'The refinery produces 200,000 barrels of oil a day.', [{ actor: 'refinery', predicate: 'produce', theme: 'oil', quantities: [n(200000, 'bbl', 'oil')] }]],
  ['weekday object', 'The theatre will reopen on Saturday.', [{ actor: 'theatre', predicate: 'reopen', dates: ['Saturday'] }]],
  ['object after adverb', 'Police quickly sealed off the street.', [{ actor: 'police', predicate: 'seal off', theme: 'street' }]],
  ['object after manner adverb', 'The farmer reluctantly sold his land to the developer.', [{ actor: 'farmer', predicate: 'sell', theme: 'land' }]],
  ['agreed to buy', 'The university agreed to buy the former hospital site.', [{ actor: 'university', predicate: 'buy', theme: 'site' }]],
  ['progressive carry', 'The ferry was carrying more than 300 people.', [{ actor: 'ferry', predicate: 'carry', theme: 'people', quantities: [n(300, null, 'people')] }]],
  ['yet to pay', 'The airline has yet to pay compensation to the passengers.', [{ actor: 'airline', predicate: 'pay', theme: 'compensation', state: 'pending' }]],
  ['object after time adverb', 'Police on Tuesday arrested a man in Leeds.', [{ actor: 'police', predicate: 'arrest', theme: 'man', dates: ['Tuesday'], places: ['Leeds'] }]],
  ['employ N people', 'The mine employs about 3,000 people.', [{ actor: 'mine', predicate: 'employ', theme: 'people', quantities: [n(3000, null, 'people')] }]],
  ['delay by', 'Bad weather delayed the harvest by two weeks.', [{ actor: 'weather', predicate: 'delay', theme: 'harvest', quantities: [n(2, 'week', null)] }]],
  ['restore power', 'Engineers restored power to most homes by Sunday evening.', [{ actor: 'engineers', predicate: 'restore', theme: 'power', dates: ['Sunday'] }]],
  ['the rest of', 'Dockers unloaded the rest of the cargo on Friday.', [{ actor: 'dockers', predicate: 'unload', theme: 'cargo', dates: ['Friday'] }]],
  ['measure of X', 'Farmers in Punjab harvested 2 million tonnes of wheat.', [{ actor: 'farmers', predicate: 'harvest', theme: 'wheat', quantities: [n(2_000_000, 't', 'wheat')], places: ['Punjab'] }]],
  ['measure of X, participle', 'Customs officers seized two tonnes of cocaine hidden in a shipment of bananas.', [{ actor: 'officers', predicate: 'seize', theme: 'cocaine', quantities: [n(2, 't', 'cocaine')] }]],
  ['a large quantity of', 'Police recovered a large quantity of drugs from the house.', [{ actor: 'police', predicate: 'recover', theme: 'drugs' }]],
  ['half of', "The chief executive sold half of his shares.", [{ actor: 'executive', predicate: 'sell', theme: 'shares' }]],
  ['head of X, subject', 'The head of the mining company resigned on Monday.', [{ actor: 'head', predicate: 'resign', dates: ['Monday'] }]],
  ['compound police station', 'Rioters attacked a police station in Lyon overnight.', [{ actor: 'rioters', predicate: 'attack', theme: 'station', places: ['Lyon'] }]],
  ['possessive object', "The mine's owner paid the workers' wages late.", [{ actor: 'owner', predicate: 'pay', theme: 'wages' }]],
  ['dozens of, active', 'Dozens of students occupied the library on Wednesday.', [{ actor: 'students', predicate: 'occupy', theme: 'library', quantities: [n(24, null, 'students')], dates: ['Wednesday'] }]],
  ['board of, subject', 'The board of the airline approved the merger on Monday.', [{ actor: 'board', predicate: 'approve', theme: 'merger', dates: ['Monday'] }]],
  ['compound object', 'The council approved a new wind farm near the village.', [{ actor: 'council', predicate: 'approve', theme: 'farm' }]],
  ['possessive pronoun object', 'The company cut its prices on Monday.', [{ actor: 'company', predicate: 'cut', theme: 'prices', dates: ['Monday'] }]],
  ['According to X', 'According to the airline, the plane landed safely.', [{ holder: 'airline', actor: 'plane', predicate: 'land' }]],
  ['opening subordinate clause', 'Although sales rose in December, the retailer closed 12 shops in January.', [{ actor: 'retailer', predicate: 'close', theme: 'shops', quantities: [n(12, null, 'shops')], dates: ['January'] }, { actor: 'sales', predicate: 'rise', dates: ['December'] }]],
  ['opening when clause', 'When the storm reached the coast, fishermen pulled their boats onto the beach.', [{ actor: 'fishermen', predicate: 'pull', theme: 'boats' }, { actor: 'storm', predicate: 'reach', theme: 'coast' }]],
  ['opening prepositional phrase', 'After months of talks, the airline agreed a deal with its pilots.', [{ actor: 'airline', predicate: 'agree', theme: 'deal' }]],
  ['led by a quote', '"The harvest is ruined," said the farmer.', [{ holder: 'farmer', predicate: 'ruin', theme: 'harvest' }]],
  ['opening participle', 'Citing safety concerns, the regulator grounded the jets.', [{ actor: 'regulator', predicate: 'ground', theme: 'jets' }]],
  ['long opening adverbial', 'Despite heavy rain across much of the region, farmers planted most of their maize.', [{ actor: 'farmers', predicate: 'plant', theme: 'maize' }]],
  ['appositive subject', 'Anna Kowal, a lecturer at the university, won the prize.', [{ actor: 'Kowal', predicate: 'win', theme: 'prize' }]],
  ['workers at X reject', 'Workers at the plant rejected the pay offer.', [{ actor: 'workers', predicate: 'reject', theme: 'offer', state: 'refused' }]],
  ['subject pronoun + intransitive + time', 'It happened shortly after midnight.', [{ predicate: 'happen' }]],
  ['be + place (agentless passive)', 'The mine is located in northern Chile.', [{ predicate: 'locate', theme: 'mine', places: ['Chile'] }]],
  ['verb + some distance', 'The plane flew 300 miles off course.', [{ actor: 'plane', predicate: 'fly', quantities: [n(300, 'mile', null)] }]],
  ['verb + this week', 'Shares in the retailer jumped this week.', [{ actor: 'shares', predicate: 'jump', dates: ['this week'] }]],
  ['verb + home', 'Most of the students went home for the summer.', [{ actor: 'students', predicate: 'go' }]],
  ['became + complement', 'The farm became a symbol of the protest movement.', [{ actor: 'farm', predicate: 'become', theme: 'symbol' }]],
  ['copula noun', 'The theatre is the oldest in the country.', [{ actor: 'theatre', predicate: 'be' }]],
  ['pronoun object', 'The company sold it to a rival in 2019.', [{ actor: 'company', predicate: 'sell', theme: 'it', dates: ['2019'] }]],
  ['reflexive', 'The gunman killed himself after the attack.', [{ actor: 'gunman', predicate: 'kill', theme: 'himself' }]],
  ['prices rise to', 'Oil prices rose to $90 a barrel on Monday.', [{ actor: 'prices', predicate: 'rise', quantities: [n(90, 'USD', null)], dates: ['Monday'] }]],
  ['verb up measure', 'Sales were up 4 percent in the third quarter.', [{ actor: 'sales', predicate: 'be', quantities: [n(4, '%', null)] }]],
  ['object + to-infinitive', 'The university asked students to leave the campus.', [{ actor: 'university', predicate: 'ask', theme: 'students' }]],
  ['head of X object', 'Police questioned the head of the security firm.', [{ actor: 'police', predicate: 'question', theme: 'head' }]],
  ['N of the object', 'The strike closed three of the five mines.', [{ actor: 'strike', predicate: 'close', theme: 'mines', quantities: [n(3, null, null), n(5, null, 'mines')] }]],
  ['each of', 'The inspectors visited each of the farms.', [{ actor: 'inspectors', predicate: 'visit', theme: 'farms' }]],
  ['percent of object', 'The company owns 40 percent of the mine.', [{ actor: 'company', predicate: 'own', theme: 'mine', quantities: [n(40, '%', null)] }]],
  ['compound head', 'The regulator opened a safety investigation into the airline.', [{ actor: 'regulator', predicate: 'open', theme: 'investigation' }]],
  ['name object', 'The club sacked coach Peter Lindqvist on Monday.', [{ actor: 'club', predicate: 'sack', theme: 'Lindqvist', dates: ['Monday'] }]],
  ['object with participle', 'Rescuers found a woman trapped under the rubble.', [{ actor: 'rescuers', predicate: 'find', theme: 'woman' }]],
  ['according after', 'The mine will close in March, according to the company.', [{ holder: 'company', actor: 'mine', predicate: 'close', dates: ['March'] }]],
  ['most of, passive', 'Most of the crops were destroyed by frost.', [{ actor: 'frost', predicate: 'destroy', theme: 'crops' }]],
  ['bare by-agent before a date (added with the fix)', 'The man was shot by police on Monday.', [{ actor: 'police', predicate: 'shoot', theme: 'man', dates: ['Monday'] }]],
  // fixed by extract15 ('group' a partitive of a set, lexicon/quantifying-nouns.ts)
  ['a group of, passive', 'A group of miners was trapped underground.', [{ predicate: 'trap', theme: 'miners' }]],
  // fixed with irregular plural heads (quantity-nouns.ts isPluralHead: "aircraft")
  ['fleet of', 'The carrier bought a fleet of 20 new aircraft.', [{ actor: 'carrier', predicate: 'buy', theme: 'fleet', quantities: [n(20, null, 'aircraft')] }]],
];

describe('invented wire set 4, scored by the gold suite rules', () => {
  it.each(cases)('%s: %s', (_name, text, want) => expect(wrongFields(text, want)).toEqual([]));
});

/** The predicates of the claims read from one sentence, in order. */
const predicates = (text: string): string[] => extractWithSkips('wire', text, SUITE_REFERENCE_DATE).claims.map((c) => c.proposition.predicate?.lemma ?? '');

// Hard negatives of this set's rules: each reads as the construction says, not as the new rule would.
describe('hard negatives', () => {
  it('a collective noun before "of" stays the theme (no quantifying noun)', () =>
    expect(wrongFields('The airline grounded a fleet of 30 jets.', [{ actor: 'airline', predicate: 'ground', theme: 'fleet', quantities: [n(30, null, 'jets')] }])).toEqual([]));
  it('a thing given after the recipient is the theme; only a bare amount is none', () =>
    expect(wrongFields('The council gave the school two new buses.', [{ actor: 'council', predicate: 'give', theme: 'buses', quantities: [n(2, null, 'buses')] }])).toEqual([]));
  it('a past form before a noun modifies it ("rose bushes")', () =>
    expect(wrongFields('The garden sells rose bushes.', [{ actor: 'garden', predicate: 'sell', theme: 'bushes' }])).toEqual([]));
  it('an "-ing" form with no object after "after" opens no clause', () => expect(predicates('The rebels fled after fighting in the north.')).toEqual(['flee']));
  it('"after being" + participle opens no clause of its own', () => expect(predicates('The miner was rescued after being trapped for two days.')).toEqual(['rescue']));
  it('coordinated nouns are one object, not a clause', () => expect(predicates('The storm damaged roads and bridges.')).toEqual(['damage']));
  it('a coordinated subject under a reporting verb stays one clause', () => expect(predicates('Police said the driver and a passenger were hurt.')).toEqual(['hurt']));
  it('a vague plural alone stays the passive theme', () =>
    expect(wrongFields('Hundreds were evacuated.', [{ predicate: 'evacuate', theme: 'Hundreds', quantities: [n(200, null, null)] }])).toEqual([]));
  it('"by" before a measure is no agent', () =>
    expect(wrongFields('Prices rose by 5 percent.', [{ actor: 'prices', predicate: 'rise', quantities: [n(5, '%', null)] }])).toEqual([]));
  it('positive: the -ing clause and the second clause are claims of their own', () => {
    expect(predicates('Police arrested the driver before questioning two passengers.')).toEqual(['arrest', 'question']);
    expect(predicates('The firm bought the plant and its workers kept their jobs.')).toEqual(['buy', 'keep']);
  });
});

// Still wrong, kept so a fix shows; each names the fields that fail today.
const known: [string, string, Want[], string[]][] = [
  ['pronoun after intransitive clause', 'The mine reopened after it was inspected.', [{ actor: 'mine', predicate: 'reopen' }, { predicate: 'inspect', theme: 'mine' }], ['#2 theme']],
  ['object after parenthetical', 'The airline has, for the first time, cancelled all its flights to Cairo.', [{ actor: 'airline', predicate: 'cancel', theme: 'flights', places: ['Cairo'] }], ['actor', 'theme', 'state']],
  ['plans to sell', 'The mining giant plans to sell its stake in the copper project.', [{ actor: 'giant', predicate: 'sell', theme: 'stake' }], ['actor']],
  ['non-restrictive relative', 'The ship, which carried 40 crew, sank off Crete on Sunday.', [{ actor: 'ship', predicate: 'sink', places: ['Crete'], dates: ['Sunday'] }, { actor: 'ship', predicate: 'carry', theme: 'crew', quantities: [n(40, null, 'crew')] }], ['#1 places']],
  ['one of the', 'Police arrested one of the suspects at the airport.', [{ actor: 'police', predicate: 'arrest', theme: 'suspects', quantities: [n(1, null, null)] }], ['quantities']],
  ['a series of', 'The police carried out a series of raids in Naples.', [{ actor: 'police', predicate: 'carry out', theme: 'raids', places: ['Naples'] }], ['predicate']],
  ['verb + each year', 'The festival attracts thousands of visitors each year.', [{ actor: 'festival', predicate: 'attract', theme: 'visitors', quantities: [n(1000, null, 'visitors')] }], ['quantities']],
  ['adverb clause after object', 'The airline suspended flights while the volcano erupted.', [{ actor: 'airline', predicate: 'suspend', theme: 'flights' }, { actor: 'volcano', predicate: 'erupt' }], ['#2 claim', '#2 holder', '#2 anonymous', '#2 actor', '#2 predicate', '#2 theme', '#2 state', '#2 quantities', '#2 dates', '#2 places']],
  ['hundreds of, object', 'The storm killed hundreds of cattle.', [{ actor: 'storm', predicate: 'kill', theme: 'cattle', quantities: [n(100, null, 'cattle')] }], ['quantities']],
  ['object with apposition', 'Police arrested a man, 34, at the scene.', [{ actor: 'police', predicate: 'arrest', theme: 'man' }], ['quantities']],
  ['long opening clause', 'Because the harbour was closed by the storm, the ferry company cancelled its morning sailings.', [{ actor: 'company', predicate: 'cancel', theme: 'sailings' }, { actor: 'storm', predicate: 'close', theme: 'harbour' }], ['#1 state']],
  ['quote-led said X', '"We have lost everything," said one farmer, whose barn burned down.', [{ holder: 'farmer', anonymous: true, actor: 'farmer', predicate: 'lose', theme: 'everything' }], ['anonymous']],
];

describe('known failures', () => {
  it.each(known)('%s: %s', (_name, text, want, fields) => expect(wrongFields(text, want)).toEqual(fields));
});
