/**
 * Truth-value disputes (issue 15): one report calls a story, picture or claim a hoax, fake or untrue; another asserts
 * its content or calls it genuine. Kind polarity: one proposition's truth held and denied, both decided. Sentences
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence, analyzeTwoReports } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

function all(a: string, b: string): { kind: string; band: string }[] {
  return analyzeTwoReports(a, b).conflicts.map((c) => ({ kind: c.kind, band: c.band }));
}

describe('called false against asserted', () => {
  it('"the video of a shark … is a hoax" / "a shark swam along the highway": polarity', () => {
    expect(
      reported('The viral video of a shark swimming on the flooded highway is a hoax, experts said.', 'A shark swam along the flooded highway near Houston, a witness said.'),
    ).toEqual([{ kind: 'polarity', band: 'medium', evidence: ['is a hoax', 'swam'] }]);
  });

  it('"the story that the lighthouse keeper won the lottery is not true" / "won the lottery": polarity', () => {
    expect(
      reported('The council said the story that the lighthouse keeper won the lottery is not true.', 'The lighthouse keeper won the lottery last month, his neighbours said.'),
    ).toEqual([{ kind: 'polarity', band: 'medium', evidence: ['is not true', 'won'] }]);
  });
});

describe('called false against called true', () => {
  it('"the photo of the frozen waterfall is fake" / "is genuine": polarity', () => {
    expect(reported('Officials said the photo of the frozen waterfall was fake.', 'The photographer said the photo of the frozen waterfall is genuine.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['was fake', 'is genuine'] },
    ]);
  });

  it('"is not a hoax" reads as true: against "is a hoax", polarity', () => {
    expect(reported('The letter from the astronaut is a hoax, the museum said.', 'The letter from the astronaut is not a hoax, his family said.')).toEqual([
      { kind: 'polarity', band: expect.stringMatching(/^(medium|high)$/), evidence: ['is a hoax', 'is not a hoax'] },
    ]);
  });
});

describe('hard negatives', () => {
  it('both call it a hoax: no conflict', () => {
    expect(all('The letter from the astronaut is a hoax, the museum said.', 'The letter from the astronaut was a hoax, historians said.')).toEqual([]);
  });

  it('a different thing called fake: no conflict', () => {
    expect(all('The photo of the frozen waterfall was fake, officials said.', 'A shark swam along the flooded highway near Houston, a witness said.')).toEqual([]);
  });

  it('"fake" as an ordinary adjective: no conflict', () => {
    expect(all('Fake handbags were seized at the harbour on Monday.', 'Customs officers seized handbags at the harbour on Monday.')).toEqual([]);
  });

  it('a hedge ("may be a hoax") against an assertion: at most low', () => {
    expect(reported('The video of a shark on the flooded highway may be a hoax, experts said.', 'A shark swam along the flooded highway near Houston, a witness said.')).toEqual([]);
  });

  it('the same denial twice ("denies" / "is false"): no conflict', () => {
    expect(all('The mayor denied that a shark swam along the flooded highway.', 'The story of a shark on the flooded highway is false, experts said.')).toEqual([]);
  });

  it('an alleged content against the hoax call: at most low', () => {
    expect(reported('The video of a shark on the flooded highway is a hoax, experts said.', 'A shark allegedly swam along the flooded highway, a blogger claimed.')).toEqual([]);
  });

  it('only the time clause shared ("reports she sang at the gala before she left the city are false" / "she left the city"): no conflict', () => {
    expect(all('Reports that the singer sang at the gala before she left the city are false, her agent said.', 'The singer left the city on Sunday, her driver said.')).toEqual([]);
  });

  it('a pronoun referent ("this is a hoax") matches nothing: no conflict', () => {
    expect(all('This is a hoax, the museum said.', 'The letter from the astronaut arrived in March, his family said.')).toEqual([]);
  });

  it('only the outlet named ("the Gazette story is not true"): its content is unknown, no conflict', () => {
    expect(all('The Gazette story is "not true," the mayor said.', 'The Gazette printed an interview with the mayor on Monday.')).toEqual([]);
  });

  it('a conditional on the asserting side ("would have swum"): no conflict', () => {
    expect(all('The video of a shark on the flooded highway is a hoax, experts said.', 'A shark would have swum along the flooded highway, a biologist said.')).toEqual([]);
  });
});

describe('the time clause is not the referent', () => {
  it('"reports she sang at the gala before she left the city are false" / "she sang at the gala": polarity', () => {
    // The agent's "are false" is her firm denial (a negated clause held at 'asserted'), so the clash is high.
    expect(reported('Reports that the singer sang at the gala before she left the city are false, her agent said.', 'The singer sang at the gala on Friday, a guest said.')).toEqual([
      { kind: 'polarity', band: 'high', evidence: ['false', 'sang'] },
    ]);
  });
});
