/**
 * One act told in other words by two reports that credit it to different doers (issues 10 and 11): a kind of the act
 * and the act on one single thing ("was shot by" / "killed"), a transfer's recipient against the doer of its converse
 * ("was sold to" / "bought"), and the hard negatives: co-doers and helpers named beside the doer, a set of things,
 * one party on both sides, a resale. Invented sentences only, through `analyze` with two reports.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, MEDIUM_PLUS, reportedBetween } from '../helpers/two-reports.js';

const actorClash = (evidence: string[]) => [{ kind: 'actor', band: MEDIUM_PLUS, evidence }];

describe('analyze: a kind of the act and the act, done to one single thing by two doers', () => {
  it('"the bear was shot by a hunter" / "a farmer killed the bear"', () => {
    expect(alertsWithEvidence('The bear was shot by a hunter, rangers said.', 'A farmer killed the bear, police said.')).toEqual(actorClash(['hunter', 'A farmer']));
  });

  it('"the stray dog was rescued by a postman" / "a neighbour saved the stray dog"', () => {
    expect(alertsWithEvidence('The stray dog was rescued by a postman on Monday, the shelter said.', 'A neighbour saved the stray dog on Monday, the vet said.')).toEqual(actorClash(['postman', 'A neighbour']));
  });

  it('hard negative: two dated acts ("bought by Volkar in 2019" / "Apex acquired the mill in 2023")', () => {
    expect(reportedBetween('The mill was bought by Volkar in 2019, the union said.', 'Apex acquired the mill in 2023, the paper said.')).toEqual([]);
  });

  it('hard negative: a set of things ("12 deer") may be killed by several doers', () => {
    expect(reportedBetween('Hunters shot 12 deer in the park, rangers said.', 'Farmers killed 12 deer in the park, police said.')).toEqual([]);
  });

  it('hard negative: a person and a body she may speak for ("Ms Vask" / "the port authority")', () => {
    expect(reportedBetween('Ms Vask bought the Ridley mill, the union said.', 'The port authority acquired the Ridley mill, the paper said.')).toEqual([]);
  });
});

describe('analyze: co-doers and helpers named beside the doer are no rival doers', () => {
  it('hard negative: "Volkar and Apex bought the mill" / "Apex acquired the mill"', () => {
    expect(reportedBetween('Volkar and Apex bought the Ridley mill, the union said.', 'Apex acquired the Ridley mill, the paper said.')).toEqual([]);
  });

  it('hard negative: "shot by a hunter, assisted by a ranger" / "the ranger shot the bear"', () => {
    expect(reportedBetween('The bear was shot by a hunter, assisted by a ranger, officials said.', 'The ranger shot the bear, police said.')).toEqual([]);
  });

  it('hard negative: "Hale, together with her brother, found the coin" / "her brother found the coin"', () => {
    expect(reportedBetween('Ann Hale, together with her brother Tom, found the gold coin, the museum said.', 'Tom Hale found the gold coin, the finder said.')).toEqual([]);
  });

  it('a teller is no co-doer: "Police said protesters fired first" / "Police fired first"', () => {
    expect(alertsWithEvidence('Police said protesters fired first.', 'Police fired first, witnesses said.')).toEqual(actorClash(['protesters', 'Police']));
  });
});

describe('analyze: the recipient of a transfer against the doer of its converse', () => {
  it('"was sold to a private buyer" / "the city gallery bought" the painting', () => {
    expect(alertsWithEvidence('The painting was sold to a private buyer in Ohio, the auction house said.', 'The city gallery bought the painting, its director said.')).toEqual(actorClash(['private buyer', 'The city gallery']));
  });

  it('"was lent to the Tate" / "the painting was borrowed by the Louvre"', () => {
    expect(alertsWithEvidence('The portrait was lent to the Tate for the summer, the owner said.', 'The portrait was borrowed by the Louvre for the summer, a curator said.')).toEqual(actorClash(['Tate', 'Louvre']));
  });

  it('hard negative: one party on both sides ("sold to the city gallery" / "the city gallery bought")', () => {
    expect(reportedBetween('The painting was sold to the city gallery, the auction house said.', 'The city gallery bought the painting, its director said.')).toEqual([]);
  });

  it('hard negative: the recipient named in apposition is the buyer ("sold to a developer, Kade Homes" / "Kade Homes bought")', () => {
    expect(reportedBetween('The pool building was sold to a developer, Kade Homes, the council said.', 'Kade Homes bought the pool building, its chief executive said.')).toEqual([]);
  });

  it('hard negative: a set of things ("40 sheep") may go to several buyers', () => {
    expect(reportedBetween('The farm sold 40 sheep to a dealer, the auctioneer said.', 'A butcher bought 40 sheep, the market said.')).toEqual([]);
  });

  it('hard negative: a description may describe the named party ("a private buyer" / "Gallery Nord")', () => {
    expect(reportedBetween('The painting was sold to a private buyer, the auction house said.', 'Gallery Nord bought the painting, its director said.')).toEqual([]);
  });

  it('hard negative: a resale ("sold to a dealer, Hale" / "bought from Hale")', () => {
    expect(reportedBetween('The painting was sold to a dealer, Max Hale, the auction house said.', 'The city gallery bought the painting from Max Hale, its director said.')).toEqual([]);
  });
});

describe('analyze: an occasion is no single thing one doer acts on', () => {
  it('hard negative: "the council is planning a news conference" / "the mayor has scheduled a press conference"', () => {
    expect(reportedBetween('Kelso council is planning a news conference on Friday, a paper said.', 'Mayor Ann Drummond has scheduled a press conference for Friday, her office said.')).toEqual([]);
  });
});

describe('analyze: the doer of an act against the holder of its agent noun', () => {
  it('"Anna Berg won the chess final" / "Mia Holt was declared the winner of the chess final"', () => {
    expect(alertsWithEvidence('Anna Berg won the chess final in Leeds, organisers said.', 'Mia Holt was declared the winner of the chess final in Leeds, a judge said.')).toEqual(actorClash(['Anna Berg', 'Mia Holt']));
  });

  it('"Anna Berg won the chess final" / "The winner of the chess final was Mia Holt"', () => {
    expect(alertsWithEvidence('Anna Berg won the chess final in Leeds, organisers said.', 'The winner of the chess final in Leeds was Mia Holt, a judge said.')).toEqual(actorClash(['Anna Berg', 'Mia Holt']));
  });

  it('hard negative: one person ("Anna Berg won" / "the winner was Anna Berg")', () => {
    expect(reportedBetween('Anna Berg won the chess final in Leeds, organisers said.', 'The winner of the chess final in Leeds was Anna Berg, a judge said.')).toEqual([]);
  });

  it('hard negative: another contest ("won the chess final" / "the winner of the quiz was Mia Holt")', () => {
    expect(reportedBetween('Anna Berg won the chess final in Leeds, organisers said.', 'The winner of the pub quiz in Leeds was Mia Holt, a judge said.')).toEqual([]);
  });

  it('hard negative: a description may describe the named winner ("a girl from York won" / "the winner was Mia Holt")', () => {
    expect(reportedBetween('A girl from York won the chess final in Leeds, organisers said.', 'The winner of the chess final in Leeds was Mia Holt, a judge said.')).toEqual([]);
  });
});
