/**
 * The invented battery of this session (states, outcomes, presence and absence; worded differently on the two sides),
 * run as undated two-report pairs. Positives state the kind found; hard negatives expect no medium-or-high alert. The
 * rows under "known misses" are what the engine does not yet find: each is written to fail, so fixing one shows here.
 */
import { describe, expect, it } from 'vitest';
import { strongestOfUndated, MEDIUM_PLUS } from '../helpers/two-reports.js';

const alert = (a: string, b: string) => {
  const c = strongestOfUndated(a, b);
  return c && c.band !== 'low' ? { kind: c.kind, band: c.band } : null;
};

describe('battery: clashes found', () => {
  it.each([
    ["No one was injured in the fire at the warehouse, officials said.", "Four firefighters were injured in the fire at the warehouse.", "polarity"],
    ["No leaks have been detected at the reactor.", "A small leak was detected at the reactor.", "polarity"],
    ["No survivors have been found in the rubble.", "Rescuers found two survivors in the rubble.", "polarity"],
    ["No bodies have been recovered from the river.", "Divers recovered a body from the river.", "polarity"],
    ["No passengers were hurt in the derailment.", "Six passengers were hurt in the derailment.", "polarity"],
    ["No weapons were found in the car.", "Police found a pistol in the car.", "polarity"],
    ["No one on board the ferry was injured.", "Three passengers on the ferry were taken to hospital with injuries.", "polarity"],
    ["The union has called off Friday's strike.", "Friday's strike will go ahead, the union said.", "status"],
    ["The final was postponed because of rain.", "The final went ahead despite the rain.", "opposition"],
    ["The tanker was refloated on Sunday.", "The tanker remains aground.", "status"],
    ["The ferry was freed by tugs.", "The ferry is still stuck on the sandbank.", "status"],
    ["The summit has been called off.", "The summit will go ahead as planned.", "status"],
    ["Organisers of the Harbour Marathon have postponed this year's race to October.", "The Harbour Marathon has been cancelled.", "status"],
    ["Broadcaster NTV fired presenter Lena Ost on Friday.", "Presenter Lena Ost has resigned from NTV after nine years.", "opposition"],
    ["The regulator lifted its ban on night flights on Friday.", "The regulator extended its ban on night flights until March.", "opposition"],
    ["The ministry lifted its ban on rice exports on Monday, citing a strong harvest.", "The government extended its ban on rice exports until the end of June.", "opposition"],
    ["The concert has been cancelled, the promoter said.", "The organisers have postponed the concert to May.", "status"],
    ["The climbers have been rescued from the glacier.", "The climbers remain trapped on the glacier.", "status"],
  ] as const)('%s / %s', (a, b, kind) => {
    expect(alert(a, b)).toEqual({ kind, band: MEDIUM_PLUS });
  });
});

describe('battery: hard negatives', () => {
  it.each([
    ["No one was injured in the fire.", "Nobody was hurt in the fire."],
    ["No passengers were injured in the crash.", "A crew member was treated for minor injuries after the crash."],
    ["The festival was postponed to September.", "The festival went ahead in September."],
    ["Some services were cancelled on Monday.", "Most services were running on Monday."],
    ["No further leaks have been detected at the plant.", "A leak was found at the plant last week."],
    ["The tanker ran aground on Friday.", "The tanker was refloated on Saturday."],
    ["The ship remained stuck on Friday.", "The ship was refloated on Sunday."],
    ["The union called off Friday's strike.", "The union called off the strike, its leader said."],
    ["Friday's strike will go ahead.", "The strike planned for Friday will take place."],
    ["No weapons were found in the car.", "Police found a pistol in the suspect's house."],
    ["No survivors have been found.", "No one survived the crash."],
    ["Trains will run normally on Monday.", "Some buses will be cancelled on Monday."],
    ["The concert was cancelled.", "The football match was postponed."],
    ["Applications to the university rose.", "Applications to the college fell."],
    ["The museum drew a record number of visitors.", "Visitor numbers at the zoo fell."],
    ["Air defences destroyed all eight missiles.", "Two drones hit the base."],
    ["NTV fired presenter Lena Ost.", "Presenter Jan Berg resigned from NTV."],
    ["No one on board was injured.", "Two people on the ground were injured."],
    ["The regulator lifted its ban on night flights.", "The regulator extended its ban on fishing."],
    ["Card data was not accessed.", "Email addresses of customers were stolen."],
    ["No pollution has been detected.", "Booms have been laid around the ship."],
    ["The final was postponed.", "The final was postponed to Sunday because of rain."],
    ["The match went ahead as planned.", "The match went ahead despite the rain."],
    ["The ferry remains stuck.", "The ferry is still aground."],
    ["The summit was called off.", "Officials said the summit had been cancelled."],
    ["No damage was reported at the plant.", "No damage was found at the plant."],
    ["Four firefighters were injured in the fire.", "Four firefighters were hurt in the fire."],
    ["The airline suspended flights to Lagos in March.", "The airline resumed flights to Lagos in June."],
    ["The tanker was refloated on Sunday.", "The tanker was towed to port on Sunday."],
    ["No passengers were hurt in the derailment.", "The driver was hurt in the derailment."],
    ["The climbers have been rescued from the glacier.", "Two other climbers remain missing."],
  ] as const)('%s / %s', (a, b) => {
    expect(alert(a, b)).toBeNull();
  });
});

describe('battery: known misses and false alarms (each fails today)', () => {
  it.fails.each([
    ["Customer passwords were not accessed in the attack.", "Hackers stole the passwords of some customers in the attack.", "polarity"],
    ["No damage has been found at the dam.", "Engineers found cracks at the dam.", "polarity"],
    ["No oil has been spilled from the tanker.", "Oil has been spotted leaking from the tanker.", "polarity"],
    ["Trains will run normally on Monday.", "Most trains will be cancelled on Monday.", "opposition"],
    ["The match was abandoned.", "The match went ahead as planned.", "status"],
    ["Applications to the university rose this year.", "The number of applications to the university fell this year.", "opposition"],
    ["The museum drew a record number of visitors last year.", "Visitor numbers at the museum fell last year.", "opposition"],
    ["Air defences destroyed all eight missiles before they reached the city.", "Two missiles hit the city.", "opposition"],
    ["Failures in chemistry rose for a third year.", "The share of pupils who failed chemistry fell sharply.", "opposition"],
    ["No pollution has been detected near the wreck.", "Oil has been spotted near the wreck.", "polarity"],
  ] as const)('missed: %s / %s', (a, b, kind) => {
    expect(alert(a, b)?.kind).toBe(kind);
  });

  it.fails.each([
    ["No leaks were detected at the reactor on Monday.", "A leak was detected at the reactor in 2019."],
  ] as const)('false alarm: %s / %s', (a, b) => {
    expect(alert(a, b)).toBeNull();
  });
});
