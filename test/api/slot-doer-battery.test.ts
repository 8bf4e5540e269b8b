/**
 * The invented battery of issues 10/11 (one event told with different verbs; a different doer of one act), as
 * tests: each positive with its kind and a medium or high band, each hard negative with no medium or high conflict.
 * Lines the engine still misses are listed in the branch's report, not here. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { strongestOfUndated } from '../helpers/two-reports.js';

const POSITIVES: readonly (readonly [string, string, string])[] = [
  ["location", "The hijacked ship was seized off Somalia on Monday, the navy said.", "The hijacked ship was captured off Yemen on Monday, officials said."],
  ["temporal", "Two men stole the Vermeer portrait from the museum on Saturday night, police said.", "The Vermeer portrait was taken from the museum on Sunday night, prosecutors said."],
  ["temporal", "Pope Leo will visit Congo in May, the Vatican said.", "Pope Leo's visit to Congo is planned for October, church officials said."],
  ["temporal", "Volkar purchased the Ridley factory in March, the company said.", "Volkar bought the Ridley factory in June, a union official said."],
  ["numeric", "Officials slaughtered 40,000 birds at the farm near Zwolle, the ministry said.", "Officials killed 65,000 birds at the farm near Zwolle, the mayor said."],
  ["numeric", "The coastguard rescued 19 sailors from the Ocean Pride, the navy said.", "The coastguard saved 12 sailors from the Ocean Pride, the company said."],
  ["numeric", "The Bluewing jet carried 164 passengers, the airline said.", "The Bluewing jet transported 143 passengers, officials said."],
  ["numeric", "Rebels freed 30 hostages in Mali on Monday, the army said.", "Rebels released 18 hostages in Mali on Monday, a mediator said."],
  ["numeric", "The strike halted 900 trains on Monday, the operator said.", "The strike stopped 400 trains on Monday, the union said."],
  ["actor", "The Riverside bridge was struck by a loaded lorry on Friday, police said.", "A tour bus hit the Riverside bridge on Friday, witnesses said."],
  ["actor", "The crew of the Ocean Pride was rescued by a coastguard helicopter, officials said.", "A passing tanker saved the crew of the Ocean Pride, the owner said."],
  ["actor", "The Nimbus outage was caused by a faulty software update, the chief executive said.", "A cyberattack caused the Nimbus outage, the company's rival said."],
  ["actor", "The Spitfire was flown by Richard Holm, the organisers said.", "James Carver piloted the Spitfire, his family said."],
  ["actor", "The Ridley factory was bought by Volkar, the union said.", "Apex acquired the Ridley factory, the regional paper said."],
  ["actor", "The hostages were freed by French soldiers, the ministry said.", "Local police released the hostages, the mayor said."],
  ["actor", "The ambassador was killed by a sniper, officials said.", "A car bomb killed the ambassador, police said."],
  ["actor", "The winning goal was scored by Silva, the club said.", "Moreno scored the winning goal, the coach said."],
  ["attribution", "The leaked memo was written by the finance minister, the newspaper said.", "An aide to the premier wrote the leaked memo, officials said."],
  ["actor", "The Ridley factory was purchased by Volkar, the union said.", "Apex bought the Ridley factory, the regional paper said."],
];

const HARD_NEGATIVES: readonly (readonly [string, string])[] = [
  ["The coastguard rescued 19 sailors from the Ocean Pride, the navy said.", "A helicopter saved 12 of the sailors from the Ocean Pride, the company said."],
  ["Storm Helena struck Faro on Thursday night, forecasters said.", "Storm Helena hit Faro on Thursday night, the agency said."],
  ["Storm Helena struck southern Portugal on Thursday night, forecasters said.", "Storm Helena hit Faro in southern Portugal on Thursday night, the agency said."],
  ["The Northair jet landed in Iceland on Wednesday morning, the airline said.", "The Northair jet touched down in Keflavik, Iceland, on Wednesday morning, officials said."],
  ["A Northair flight diverted to Shannon on Wednesday, the airline said.", "A second Northair flight diverted to Keflavik on Wednesday, officials said."],
  ["A coastguard helicopter rescued 12 sailors from the Ocean Pride, the navy said.", "A passing tanker picked up the remaining 7 sailors from the Ocean Pride, the owner said."],
  ["Two men stole the Vermeer portrait from the museum, police said.", "The Vermeer portrait was stolen with the help of a museum guard, prosecutors said."],
  ["The Nimbus outage was caused by Nimbus, the regulator said.", "The Nimbus outage was caused by the company's own engineers, the chief executive said."],
  ["Police arrested the suspect in Lyon on Monday, the prosecutor said.", "The suspect was detained by officers in Lyon on Monday, his lawyer said."],
  ["The crew of the Ocean Pride was rescued by a coastguard helicopter, officials said.", "The crew of the Ocean Pride was saved by a helicopter, the owner said."],
  ["The Ridley factory was bought by Volkar, the union said.", "Volkar Holdings acquired the Ridley factory, the regional paper said."],
  ["The Spitfire was flown by Richard Holm, the organisers said.", "The veteran pilot flew the Spitfire, his family said."],
  ["Two men stole the Vermeer portrait from the museum, police said.", "Police believe a museum guard may have taken the Vermeer portrait, a newspaper said."],
  ["A loaded lorry struck the Riverside bridge on Friday, police said.", "A tour bus struck a pedestrian on Friday, witnesses said."],
  ["Northair flight 81 landed in Keflavik on Wednesday, the airline said.", "Northair flight 82 touched down in Shannon on Wednesday, officials said."],
  ["About 40,000 birds were slaughtered at the farm near Zwolle, the ministry said.", "Officials killed 41,000 birds at the farm near Zwolle, the mayor said."],
  ["Pope Leo will visit Congo in May, the Vatican said.", "Pope Leo's visit to Kinshasa is planned for May, church officials said."],
  ["A passing tanker picked up the crew of the Ocean Pride, the owner said.", "A helicopter flew the crew of the Ocean Pride to hospital, officials said."],
  ["A loaded lorry struck the Riverside bridge on Friday, police said.", "The Riverside bridge was inspected by engineers on Saturday, the city said."],
  ["Volkar purchased the Ridley factory in March, the company said.", "Volkar bought the Ridley factory in March 2024, a union official said."],
  ["The suspect was detained in Lyon on Monday, police said.", "The suspect was arrested in Lyon on Monday evening, his lawyer said."],
  ["The senator was hospitalized on Friday, her office said.", "The senator was released from hospital on Sunday, aides said."],
  ["Rebels freed 30 hostages in Mali on Monday, the army said.", "Rebels released about 30 hostages in Mali on Monday, a mediator said."],
  ["Police shot the gunman outside the bank, officials said.", "The gunman was shot by officers outside the bank, witnesses said."],
  ["The ambassador was killed by a sniper, officials said.", "A sniper working for the rebels killed the ambassador, police said."],
  ["Two men stole the Vermeer portrait from the museum, police said.", "A museum guard stole a Rembrandt sketch from the museum, prosecutors said."],
  ["The Ridley factory was bought by Volkar, the union said.", "Volkar's chief executive acquired the Ridley factory, the regional paper said."],
  ["The winning goal was scored by Silva, the club said.", "Silva scored the winning goal with a header, the coach said."],
];

describe('slot and doer conflicts across different verbs: positives', () => {
  it.each(POSITIVES)('%s: %s / %s', (kind, a, b) => {
    const found = strongestOfUndated(a, b);
    expect(found?.kind).toBe(kind);
    expect(found?.band).toMatch(/^(medium|high)$/);
  });
});

describe('slot and doer conflicts across different verbs: hard negatives', () => {
  it.each(HARD_NEGATIVES)('%s / %s', (a, b) => {
    const found = strongestOfUndated(a, b);
    expect(found === undefined || found.band === 'low').toBe(true);
  });
});
