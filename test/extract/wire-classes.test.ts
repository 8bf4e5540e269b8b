// Invented wire-style sentences, one per construction class issue 12 lists, written with their expected claims
// before the engine was run on them (none paraphrases a line of the gold suite). Each is scored by the gold
// suite's own comparison rules (test/fixtures/extraction/README.md), so a failure names the field that is wrong.
import { describe, expect, it } from 'vitest';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[], string?][] = [
  // subjects
  ['appositive subject', 'Marta Okafor, a spokeswoman for the water utility, said crews had repaired the main pipe on Tuesday.', [{ holder: 'Marta Okafor', actor: 'crews', predicate: 'repair', theme: 'pipe', dates: ['Tuesday'] }]],
  ['appositive actor', "Tomas Lind, the club's captain, has left the team.", [{ actor: 'Lind', predicate: 'leave', theme: 'team' }]],
  ['fronted according to', 'According to the national weather service, the storm dumped 30 centimetres of snow on Denver.', [{ holder: 'national weather service', actor: 'storm', predicate: 'dump', theme: 'snow', quantities: [n(30, 'cm', 'snow')], places: ['Denver'] }]],
  ['fronted according to, money', 'According to the state auditor, the agency overspent its budget by $2 million last year.', [{ holder: 'state auditor', actor: 'agency', predicate: 'overspend', theme: 'budget', quantities: [n(2_000_000, 'USD', null)], dates: ['last year'] }]],
  ['cleft with who', 'It was a local fisherman who pulled the boy from the river.', [{ actor: 'fisherman', predicate: 'pull', theme: 'boy' }]],
  ['cleft with that', 'It was the referee that stopped the fight in the third round.', [{ actor: 'referee', predicate: 'stop', theme: 'fight' }]],
  ['passive with by-agent', 'The national record was broken by a Kenyan teenager in Nairobi on Saturday.', [{ actor: 'teenager', predicate: 'break', theme: 'record', dates: ['Saturday'], places: ['Nairobi'] }]],
  ['agentless passive', 'Two suspects were detained at the airport in Lisbon.', [{ predicate: 'detain', theme: 'suspects', quantities: [n(2, null, 'suspects')], places: ['Lisbon'] }]],
  ['the board of X', 'The board of Halvorsen Shipping fired its chief executive on Monday.', [{ actor: 'board', predicate: 'fire', theme: 'executive', dates: ['Monday'] }]],
  ['place inside the subject', 'The mayor of Lyon opened a new tram line on Friday.', [{ actor: 'mayor', predicate: 'open', theme: 'line', dates: ['Friday'], places: ['Lyon'] }]],
  // reporting frames
  ['addressee and zero that', 'The finance minister told parliament the deficit had narrowed to 3 percent.', [{ holder: 'finance minister', actor: 'deficit', predicate: 'narrow', quantities: [n(3, '%', null)] }]],
  ['participial aside before said', 'The coach, speaking after the match, said two players had suffered knee injuries.', [{ holder: 'coach', actor: 'players', predicate: 'suffer', theme: 'injuries', quantities: [n(2, null, 'players')] }]],
  ['anonymous holder with addressee', 'Officials at the port told reporters the ship would sail on Thursday.', [{ holder: 'officials', anonymous: true, actor: 'ship', predicate: 'sail', dates: ['Thursday'] }]],
  ['announce with an object', 'The airline announced the cancellation of 200 flights.', [{ actor: 'airline', predicate: 'announce', theme: 'cancellation', quantities: [n(200, null, 'flights')] }]],
  ['add with an object', 'The senator added a clause to the bill.', [{ actor: 'senator', predicate: 'add', theme: 'clause' }]],
  ['said in a statement that', 'The company said in a statement that it had recalled 12,000 cars.', [{ holder: 'company', actor: 'company', predicate: 'recall', theme: 'cars', quantities: [n(12_000, null, 'cars')] }]],
  ['zero that with future', 'The minister said the hospital would reopen next week.', [{ holder: 'minister', actor: 'hospital', predicate: 'reopen', dates: ['next week'] }]],
  ['inverted frame', 'The fire started in a kitchen, the fire brigade said.', [{ holder: 'fire brigade', actor: 'fire', predicate: 'start' }]],
  // predicates
  ['reduced relative on the subject', 'A man wanted for questioning over the fire was arrested in Leeds on Thursday.', [{ predicate: 'arrest', theme: 'man', dates: ['Thursday'], places: ['Leeds'] }]],
  ['non-restrictive relative', 'The hospital, which opened in 1998, will close its maternity ward next month.', [
    { actor: 'hospital', predicate: 'close', theme: 'ward', dates: ['next month'] },
    { actor: 'hospital', predicate: 'open', dates: ['1998'] },
  ]],
  ['participle after the object', 'Rescuers found a hiker trapped under the rocks.', [{ actor: 'rescuers', predicate: 'find', theme: 'hiker' }]],
  ['percent change', 'Shares in the carmaker fell 4 percent in early trading.', [{ actor: 'shares', predicate: 'fall', quantities: [n(4, '%', null)] }]],
  ['rate to a figure', 'The central bank raised its key rate to 4.5 percent.', [{ actor: 'bank', predicate: 'raise', theme: 'rate', quantities: [n(4.5, '%', null)] }]],
  ['counted noun', 'The ministry hired 1,200 new teachers this year.', [{ actor: 'ministry', predicate: 'hire', theme: 'teachers', quantities: [n(1200, null, 'teachers')], dates: ['this year'] }]],
  ['bare amount', 'The city paid $4.5 million for the land.', [{ actor: 'city', predicate: 'pay', quantities: [n(4_500_000, 'USD', null)] }]],
  ['temperature', 'Temperatures reached 41 degrees Celsius in Seville on Sunday.', [{ actor: 'temperatures', predicate: 'reach', quantities: [n(41, '°C', null)], dates: ['Sunday'], places: ['Seville'] }]],
  ['sport result', 'Valdez won the marathon in Boston on Monday.', [{ actor: 'Valdez', predicate: 'win', theme: 'marathon', dates: ['Monday'], places: ['Boston'] }]],
  ['more than a count', 'The clinic vaccinated more than 5,000 children last month.', [{ actor: 'clinic', predicate: 'vaccinate', theme: 'children', quantities: [n(5000, null, 'children')], dates: ['last month'] }]],
  ['duration', 'The airport closed its main runway for six hours on Sunday.', [{ actor: 'airport', predicate: 'close', theme: 'runway', quantities: [n(6, 'hour', null)], dates: ['Sunday'] }]],
  // "after 58 years": a length of time after an unstated start (the shop's opening), not 58 years after the report.
  ['after a length of time', 'The bakery will close on Friday after 58 years.', [{ actor: 'bakery', predicate: 'close', quantities: [n(58, 'year', null)], dates: ['Friday'] }]],
  ['percent rise', 'Turnout rose to 68 percent in the second round.', [{ actor: 'turnout', predicate: 'rise', quantities: [n(68, '%', null)] }]],
  // state
  ['rejected', 'Voters in Ohio rejected the tax measure on Tuesday.', [{ actor: 'voters', predicate: 'reject', theme: 'measure', state: 'refused', dates: ['Tuesday'], places: ['Ohio'] }]],
  ['negative determiner', "Inspectors found no defects in the aircraft's engines.", [{ actor: 'inspectors', predicate: 'find', theme: 'defects', state: 'negated' }]],
  ['still + progressive', 'Firefighters are still battling the blaze near Valencia.', [{ actor: 'firefighters', predicate: 'battle', theme: 'blaze', state: 'pending', places: ['Valencia'] }]],
  ['denial with a clause', 'The striker denied that he had taken a bribe.', [{ holder: 'striker', actor: 'striker', predicate: 'take', theme: 'bribe', state: 'negated' }]],
  ['has yet to', 'The union has yet to accept the pay offer.', [{ actor: 'union', predicate: 'accept', theme: 'offer', state: 'pending' }]],
  ['veto', 'The president vetoed the spending bill.', [{ actor: 'president', predicate: 'veto', theme: 'bill', state: 'refused' }]],
  ['not yet', 'Investigators have not yet determined the cause of the crash.', [{ actor: 'investigators', predicate: 'determine', theme: 'cause', state: 'pending' }]],
  ['declined to comment', 'The defendant declined to comment.', [{ actor: 'defendant', predicate: 'decline' }]],
  ['refused to, the object of the refused act', 'The regulator refused to approve the merger.', [{ actor: 'regulator', predicate: 'refuse', theme: 'merger', state: 'refused' }]],
  // subordinate clauses
  ['when clause', 'The bus overturned near Cuzco on Friday when its brakes failed.', [
    { actor: 'bus', predicate: 'overturn', dates: ['Friday'], places: ['Cuzco'] },
    { actor: 'brakes', predicate: 'fail' },
  ]],
  ['after clause with its own date', 'Prices rose sharply after the government cut fuel subsidies in January.', [
    { actor: 'prices', predicate: 'rise' },
    { actor: 'government', predicate: 'cut', theme: 'subsidies', dates: ['January'] },
  ]],
  ['fronted as clause', 'As the water rose, residents fled to the hills.', [
    { actor: 'residents', predicate: 'flee' },
    { actor: 'water', predicate: 'rise' },
  ]],
  ['after clause with its own place', 'The plane landed safely in Madrid after an engine caught fire shortly after takeoff.', [
    { actor: 'plane', predicate: 'land', places: ['Madrid'] },
    { actor: 'engine', predicate: 'catch', theme: 'fire' },
  ]],
  // second batch, longer wire sentences
  ['plural head before of and a name', 'Shares of Norvik Energy jumped 12 percent on Thursday after the firm reported record profits.', [
    { actor: 'Shares', predicate: 'jump', quantities: [n(12, '%', null)], dates: ['Thursday'] },
    { actor: 'firm', predicate: 'report', theme: 'profits' },
  ]],
  ['trailing frame with a place', 'More than 3,000 people have been evacuated from their homes in northern Chile, authorities said.', [{ holder: 'authorities', anonymous: true, predicate: 'evacuate', theme: 'people', quantities: [n(3000, null, 'people')], places: ['Chile'] }]],
  ['court sentence', 'A court in Madrid sentenced two men to 15 years in prison for the kidnapping.', [{ actor: 'court', predicate: 'sentence', theme: 'men', quantities: [n(2, null, 'men'), n(15, 'year', null)], places: ['Madrid'] }]],
  ['not confirmed', 'The government has not confirmed the reports.', [{ actor: 'government', predicate: 'confirm', theme: 'reports', state: 'negated' }]],
  ['body holder, trailing', 'Turkish forces killed at least 30 militants in air strikes in northern Iraq, the army said.', [{ holder: 'army', actor: 'forces', predicate: 'kill', theme: 'militants', quantities: [n(30, null, 'militants')], places: ['Iraq'] }]],
  ['agentless passive with a count', 'Two suspects were detained at the border crossing on Sunday.', [{ predicate: 'detain', theme: 'suspects', quantities: [n(2, null, 'suspects')], dates: ['Sunday'] }]],
  // speakers
  ['pronoun holder', 'She said the strike would continue until Friday.', [{ holder: 'Ines Moreau', actor: 'strike', predicate: 'continue', dates: ['Friday'] }], "Ines Moreau leads the nurses' union."],
  ['description holder', 'The 58-year-old told reporters she had not seen the letter.', [{ holder: 'Hanna Berg', actor: 'Hanna Berg', predicate: 'see', theme: 'letter', state: 'negated' }], 'Hanna Berg resigned as health minister on Monday.'],
  ['a body named by its common noun', 'Police said on Monday that the driver had been drinking.', [{ holder: 'police', actor: 'driver', predicate: 'drink' }]],
];

describe('invented wire sentences, scored by the gold suite rules', () => {
  it.each(cases)('%s: %s', (_name, text, want, context) => expect(wrongFields(text, want, context)).toEqual([]));
});

// Still wrong, kept so a fix shows: the engine names the phrasal verb by its one-word synonym ("exclude"). It names
// the fields that fail today.
describe('known failures of the invented set', () => {
  it('did not rule out: predicate given as its synonym', () =>
    expect(wrongFields('The health ministry did not rule out further restrictions.', [{ actor: 'ministry', predicate: 'rule out', theme: 'restrictions', state: 'pending' }])).toEqual(['predicate']));
});
