// A fifth invented wire set (83 sentences: hospitals, rail, sport, courts, shipping, weather, music, finance, policing),
// written with its expected claims before the engine was run on it and scored by the gold suite's own comparison
// rules (test/helpers/wire-fields.ts). It mixes the constructions issue 12 lists: appositive subjects, a fronted
// "According to X,", clefts, by-agents, "the board of X", reporting verbs with an addressee and no "that", frames
// between subject and verb, reduced and non-restrictive relatives, when/after/as clauses with their own dates and
// places, negation on the object, "still" + progressive, denials, pronouns after a named antecedent, phrasal verbs,
// sentence-final frames after a clause with no auxiliary, titles before names, scores and "N of the M" counts.
// First run (at a1b223c, before any change): 61 of 83 entirely right, 22 failing (the known list). Three expectations
// were corrected to the project's rules after the first run, never to the engine's output on a field it got wrong:
// "cancelled", "called off" and "pulled out of" are refusals of the event (state "refused": REFUSAL_VERBS in
// src/lexicon/polarity-cues.ts, Karttunen 1971). Three items with an '-ing' or '-ly' word first ("Shipping rates",
// "Kelly", "Building work") were added after the first four sentence-final frames passed, before any code changed.
import { describe, expect, it } from 'vitest';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[], string?][] = [
  // subjects: appositives, According to, clefts, by-agents, the board of X
  ['appositive subject, person', "Maria Santos, the hospital's chief surgeon, performed the operation on Tuesday.", [{ actor: 'Santos', predicate: 'perform', theme: 'operation', dates: ['Tuesday'] }]],
  ['appositive subject, company', "Halvorsen Rail, the country's largest freight operator, cut 400 jobs in March.", [{ actor: 'Halvorsen Rail', predicate: 'cut', theme: 'jobs', quantities: [n(400, null, 'jobs')], dates: ['March'] }]],
  ['appositive holder', 'Lars Berg, a spokesman for the fire service, said two firefighters were injured.', [{ holder: 'Berg', predicate: 'injure', theme: 'firefighters', quantities: [n(2, null, 'firefighters')] }]],
  ['According to, anonymous', 'According to witnesses, the gunman fired at least ten shots.', [{ holder: 'witnesses', anonymous: true, actor: 'gunman', predicate: 'fire', theme: 'shots', quantities: [n(10, null, 'shots')] }]],
  ['cleft with who', 'It was the goalkeeper who saved the penalty.', [{ actor: 'goalkeeper', predicate: 'save', theme: 'penalty' }]],
  ['cleft under a trailing frame', 'It was a faulty signal that caused the derailment, investigators said.', [{ holder: 'investigators', anonymous: true, actor: 'signal', predicate: 'cause', theme: 'derailment' }]],
  ['cleft on a place', 'It was in Marseille that the suspects were arrested.', [{ predicate: 'arrest', theme: 'suspects', places: ['Marseille'] }]],
  ['by-agent with a year', 'The bridge was designed by a Danish firm in 1998.', [{ actor: 'firm', predicate: 'design', theme: 'bridge', dates: ['1998'] }]],
  ['by-agent, counted theme', 'Three climbers were rescued by helicopter crews on Saturday.', [{ actor: 'crews', predicate: 'rescue', theme: 'climbers', quantities: [n(3, null, 'climbers')], dates: ['Saturday'] }]],
  ['by-agent with a place', 'The treaty was signed by the foreign ministers in Vienna.', [{ actor: 'ministers', predicate: 'sign', theme: 'treaty', places: ['Vienna'] }]],
  ['the board of the X', 'The board of the football club sacked the manager on Sunday.', [{ actor: 'board', predicate: 'sack', theme: 'manager', dates: ['Sunday'] }]],
  ['the board of governors', 'The board of governors rejected the plan on Thursday.', [{ actor: 'board', predicate: 'reject', theme: 'plan', state: 'refused', dates: ['Thursday'] }]],
  // reporting verbs with an addressee and no "that"; parentheticals between subject and verb
  ['told X + zero that', 'The minister told parliament the hospital would close in May.', [{ holder: 'minister', actor: 'hospital', predicate: 'close', dates: ['May'] }]],
  ['told reporters + passive', 'Ms Okafor told reporters the vaccine had been tested on 2,000 volunteers.', [{ holder: 'Okafor', predicate: 'test', theme: 'vaccine', quantities: [n(2000, null, 'volunteers')] }]],
  ['frame between subject and verb', 'The airport, police said, was closed for six hours.', [{ holder: 'police', predicate: 'close', theme: 'airport', quantities: [n(6, 'hour', null)] }]],
  ['participial aside before said', 'The mayor, speaking on local radio, said the bridge would reopen next week.', [{ holder: 'mayor', actor: 'bridge', predicate: 'reopen', dates: ['next week'] }]],
  // reduced and non-restrictive relatives
  ['non-restrictive who', 'The senator, who chairs the finance committee, voted against the bill.', [
    { actor: 'senator', predicate: 'vote' },
    { actor: 'senator', predicate: 'chair', theme: 'committee' },
  ]],
  ['reduced relative on the subject', 'A man wanted for fraud was arrested in Geneva on Friday.', [{ predicate: 'arrest', theme: 'man', places: ['Geneva'], dates: ['Friday'] }]],
  ['reduced relative, active main verb', 'Goods seized at the border included 300 rifles.', [{ actor: 'goods', predicate: 'include', theme: 'rifles', quantities: [n(300, null, 'rifles')] }]],
  ['participial aside on the subject', 'The tanker, loaded with crude oil, ran aground off Malta on Monday.', [{ actor: 'tanker', predicate: 'run', places: ['Malta'], dates: ['Monday'] }]],
  ['reduced relative on the object', 'Police found a car registered to the suspect.', [{ actor: 'police', predicate: 'find', theme: 'car' }]],
  ['non-restrictive which, money', 'The new stadium, which cost $1.2 billion, opened on Saturday.', [
    { actor: 'stadium', predicate: 'open', dates: ['Saturday'] },
    { actor: 'stadium', predicate: 'cost', quantities: [n(1_200_000_000, 'USD', null)] },
  ]],
  ['non-restrictive which, date', 'The drought, which began in April, has destroyed half of the wheat crop.', [
    { actor: 'drought', predicate: 'destroy', theme: 'crop' },
    { actor: 'drought', predicate: 'begin', dates: ['April'] },
  ]],
  ['non-restrictive which, count', 'The storm, which hit the coast on Monday, left 20,000 homes without power.', [
    { actor: 'storm', predicate: 'leave', theme: 'homes', quantities: [n(20_000, null, 'homes')] },
    { actor: 'storm', predicate: 'hit', theme: 'coast', dates: ['Monday'] },
  ]],
  // when / after / as clauses with their own dates and places
  ['when clause after the main date', 'The train derailed near Lille on Tuesday when a rail snapped.', [
    { actor: 'train', predicate: 'derail', places: ['Lille'], dates: ['Tuesday'] },
    { actor: 'rail', predicate: 'snap' },
  ]],
  ['after clause, transitive', 'Two climbers died on Sunday after an avalanche struck their camp.', [
    { actor: 'climbers', predicate: 'die', quantities: [n(2, null, 'climbers')], dates: ['Sunday'] },
    { actor: 'avalanche', predicate: 'strike', theme: 'camp' },
  ]],
  ['fronted as clause with a place', 'As the floodwaters rose in Dresden, residents moved to higher ground.', [
    { actor: 'residents', predicate: 'move' },
    { actor: 'floodwaters', predicate: 'rise', places: ['Dresden'] },
  ]],
  ['fronted when clause with date and place', 'When the power failed at the plant in Ohio on Monday, workers evacuated the building.', [
    // The "when" clause places the evacuation too (extract/occasion-clause.ts, since session 37); its day stays its own.
    { actor: 'workers', predicate: 'evacuate', theme: 'building', places: ['Ohio'] },
    { actor: 'power', predicate: 'fail', places: ['Ohio'], dates: ['Monday'] },
  ]],
  // negation on the object, still + progressive, denials
  ['no trace of', 'Divers found no trace of the missing boat.', [{ actor: 'divers', predicate: 'find', theme: 'boat', state: 'negated' }]],
  ['revealed no', 'The inspection revealed no damage to the hull.', [{ actor: 'inspection', predicate: 'reveal', theme: 'damage', state: 'negated' }]],
  ['reported no + date', 'The hospital reported no new cases on Thursday.', [{ actor: 'hospital', predicate: 'report', theme: 'cases', state: 'negated', dates: ['Thursday'] }]],
  ['made no arrests', 'Police have made no arrests.', [{ actor: 'police', predicate: 'make', theme: 'arrests', state: 'negated' }]],
  ['still + progressive, count and date', 'The two airlines were still negotiating on Friday.', [{ actor: 'airlines', predicate: 'negotiate', state: 'pending', quantities: [n(2, null, 'airlines')], dates: ['Friday'] }]],
  ['still + progressive, no object', 'Rescuers are still searching for survivors.', [{ actor: 'rescuers', predicate: 'search', state: 'pending' }]],
  ['still + progressive, reported', 'The museum said it was still counting the damage.', [{ holder: 'museum', actor: 'museum', predicate: 'count', theme: 'damage', state: 'pending' }]],
  ['denied that, pronoun subject', 'The senator denied that she had met the lobbyist.', [{ holder: 'senator', actor: 'senator', predicate: 'meet', theme: 'lobbyist', state: 'negated' }]],
  ['denied that, thing subject', 'The company denied that its software had leaked customer data.', [{ holder: 'company', actor: 'software', predicate: 'leak', theme: 'data', state: 'negated' }]],
  ['denied + gerund', 'The goalkeeper denied fixing the match.', [{ holder: 'goalkeeper', actor: 'goalkeeper', predicate: 'fix', theme: 'match', state: 'negated' }]],
  ['denied + noun object', 'The ministry denied the report.', [{ actor: 'ministry', predicate: 'deny', theme: 'report' }]],
  // pronoun subjects after a named antecedent
  ['she, same sentence', 'Sofia Lind said she would run for mayor in 2025.', [{ holder: 'Lind', actor: 'Lind', predicate: 'run', dates: ['2025'] }]],
  ['it, same sentence', 'The union said it would strike on Monday.', [{ holder: 'union', actor: 'union', predicate: 'strike', dates: ['Monday'] }]],
  ['he, next sentence', 'He resigned on Friday.', [{ actor: 'Eriksen', predicate: 'resign', dates: ['Friday'] }], 'Tomas Eriksen is the chief executive of a bank.'],
  ['it, next sentence', 'It cut 900 jobs in June.', [{ actor: 'Nordbank', predicate: 'cut', theme: 'jobs', quantities: [n(900, null, 'jobs')], dates: ['June'] }], 'Nordbank reported a loss of $2 billion.'],
  // phrasal verbs
  ['set off, passive', 'The alarm was set off by a cat.', [{ actor: 'cat', predicate: 'set off', theme: 'alarm' }]],
  ['set off, active', 'Protesters set off fireworks outside the embassy.', [{ actor: 'protesters', predicate: 'set off', theme: 'fireworks' }]],
  // sentence-final frames after a clause without an auxiliary
  ['final frame, country actor', 'Norway won the relay, the federation said on Monday.', [{ holder: 'federation', actor: 'Norway', predicate: 'win', theme: 'relay', places: ['Norway'] }]],
  ['final frame, adverb', 'Rents rose sharply, the agency said on Tuesday.', [{ holder: 'agency', actor: 'rents', predicate: 'rise' }]],
  ['final frame, anonymous', 'The storm killed four people, officials said on Sunday.', [{ holder: 'officials', anonymous: true, actor: 'storm', predicate: 'kill', theme: 'people', quantities: [n(4, null, 'people')] }]],
  ['final frame, date in clause', 'Exports fell in April, the statistics office said.', [{ holder: 'statistics office', actor: 'exports', predicate: 'fall', dates: ['April'] }]],
  // titles before names
  ['noun + noun title, holder', 'Finance minister Karl Ruud said the budget would be cut.', [{ holder: 'Ruud', predicate: 'cut', theme: 'budget' }]],
  ['noun + noun title, sport', 'Team captain Joe Marsh scored twice on Saturday.', [{ actor: 'Marsh', predicate: 'score', dates: ['Saturday'] }]],
  ['three-word title, holder', 'Human rights lawyer Amal Reyes said the trial was unfair.', [{ holder: 'Reyes', actor: 'trial', predicate: 'be' }]],
  // scores
  ['score after a named object', 'Brazil beat Chile 2-0 in Santiago.', [{ actor: 'Brazil', predicate: 'beat', theme: 'Chile', places: ['Brazil', 'Chile', 'Santiago'] }]],
  ['won the match N-N', 'The home side won the match 3-1.', [{ actor: 'side', predicate: 'win', theme: 'match' }]],
  ['lost the X N-N + date', 'The visitors lost the semi-final 4-2 on Sunday.', [{ actor: 'visitors', predicate: 'lose', theme: 'semi-final', dates: ['Sunday'] }]],
  // counts
  ['two of the four', 'Rescuers freed two of the four miners on Tuesday.', [{ actor: 'rescuers', predicate: 'free', theme: 'miners', quantities: [n(2, null, null), n(4, null, 'miners')], dates: ['Tuesday'] }]],
  ['a fleet of N', 'The navy sent a fleet of 12 warships to the gulf.', [{ actor: 'navy', predicate: 'send', theme: 'fleet', quantities: [n(12, null, 'warships')] }]],
  ['million + counted', 'The museum received 1.5 million visitors last year.', [{ actor: 'museum', predicate: 'receive', theme: 'visitors', quantities: [n(1_500_000, null, 'visitors')], dates: ['last year'] }]],
  // plain
  ['age apposition, passive', 'John Mbeki, 45, was charged with murder on Tuesday.', [{ predicate: 'charge', theme: 'Mbeki', dates: ['Tuesday'] }]],
  ['possessive object + date', 'The central bank raised its main interest rate on Thursday.', [{ actor: 'bank', predicate: 'raise', theme: 'rate', dates: ['Thursday'] }]],
  ['measure + place', 'The river rose two metres in Budapest overnight.', [{ actor: 'river', predicate: 'rise', quantities: [n(2, 'm', null)], places: ['Budapest'] }]],
  // failing at the first run, fixed since (the commit that fixed each names it)
  ['after clause with a place', 'The singer cancelled the tour after she fell ill in Madrid.', [
    { actor: 'singer', predicate: 'cancel', theme: 'tour', state: 'refused' },
    { actor: 'singer', predicate: 'fall', places: ['Madrid'] },
  ]],
  ['pronoun subject in an after clause', 'The ship returned to port after it lost power.', [
    { actor: 'ship', predicate: 'return' },
    { actor: 'ship', predicate: 'lose', theme: 'power' },
  ]],
  ['final frame, -ing opener', 'Shipping rates climbed steeply, the exchange said on Friday.', [{ holder: 'exchange', actor: 'rates', predicate: 'climb' }]],
  ['final frame, -ly name', 'Kelly won the sprint, the federation said on Sunday.', [{ holder: 'federation', actor: 'Kelly', predicate: 'win', theme: 'sprint' }]],
  ['final frame, -ing noun subject', 'Building work stopped in May, the council said on Monday.', [{ holder: 'council', actor: 'work', predicate: 'stop', dates: ['May'] }]],
  ['told X + pronoun', 'The pilot told air traffic control he had lost an engine.', [{ holder: 'pilot', actor: 'pilot', predicate: 'lose', theme: 'engine' }]],
  ['informed X + pronoun', 'The company informed investors it would miss its profit target.', [{ holder: 'company', actor: 'company', predicate: 'miss', theme: 'target' }]],
  ['noun + noun title, actor', 'Radio presenter Mia Holm left the station on Friday.', [{ actor: 'Holm', predicate: 'leave', theme: 'station', dates: ['Friday'] }]],
  ['by-agent, perfect passive refusal', 'The proposal has been rejected by the union.', [{ actor: 'union', predicate: 'reject', theme: 'proposal', state: 'refused' }]],  // A known failure until "find" framed a clause before it (FrameNet Coming_to_believe, session 39).
  ['study found, parenthetical', 'The vaccine, the study found, cut infections by half.', [{ holder: 'study', actor: 'vaccine', predicate: 'cut', theme: 'infections' }]],
];

describe('invented wire set 5, scored by the gold suite rules', () => {
  it.each(cases)('%s: %s', (_name, text, want, context) => expect(wrongFields(text, want, context)).toEqual([]));
});

// Still wrong at the first run, kept so a fix shows; each names the fields that fail today.
const known: [string, string, Want[], string[], string?][] = [
  ['According to, place object', 'According to the coast guard, the trawler sank in the Irish Sea.', [{ holder: 'coast guard', actor: 'trawler', predicate: 'sink', places: ['Irish Sea'] }], ['theme', 'places']],
  ['assured X + zero that', 'The coach assured fans the team would play on Saturday.', [{ holder: 'coach', actor: 'team', predicate: 'play', dates: ['Saturday'] }], ['holder', 'actor', 'predicate', 'theme']],
  ['found nothing', 'The search of the house found nothing.', [{ actor: 'search', predicate: 'find', theme: 'nothing', state: 'negated' }], ['theme']],
  ['denied any + date', 'Mr Haddad denied any wrongdoing on Monday.', [{ actor: 'Haddad', predicate: 'deny', theme: 'wrongdoing', dates: ['Monday'] }], ['theme', 'state']],
  ['pronoun object in an after clause', 'The museum closed the gallery after thieves damaged it.', [
    { actor: 'museum', predicate: 'close', theme: 'gallery' },
    { actor: 'thieves', predicate: 'damage', theme: 'gallery' },
  ], ['#2 theme']],
  ['picked up', 'A fishing boat picked up the crew on Monday.', [{ actor: 'boat', predicate: 'pick up', theme: 'crew', dates: ['Monday'] }], ['predicate']],
  ['called off', 'Organisers called off the concert because of the storm.', [{ actor: 'organisers', predicate: 'call off', theme: 'concert', state: 'refused' }], ['predicate']],
  ['carried out', 'The army carried out air strikes near the border.', [{ actor: 'army', predicate: 'carry out', theme: 'strikes' }], ['predicate']],
  ['pulled out of', 'The company has pulled out of the deal.', [{ actor: 'company', predicate: 'pull out', state: 'refused' }], ['predicate']],
  ['turned down', 'Officials turned down the request.', [{ actor: 'officials', predicate: 'turn down', theme: 'request', state: 'refused' }], ['predicate']],
  ['shut down + place', 'The government shut down the factory in Gdansk.', [{ actor: 'government', predicate: 'shut down', theme: 'factory', places: ['Gdansk'] }], ['predicate']],
  ['a group of N, passive', 'A group of 30 tourists was stranded in the Alps.', [{ predicate: 'strand', theme: 'tourists', quantities: [n(30, null, 'tourists')], places: ['Alps'] }], ['places']],
];

describe('known failures', () => {
  it.each(known)('%s: %s', (_name, text, want, fields, context) => expect(wrongFields(text, want, context)).toEqual(fields));
});
