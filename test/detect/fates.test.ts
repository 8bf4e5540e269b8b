/**
 * Alive vs dead is a dispute real stories carry (issue 15, truth-value disputes): "was killed" / "is alive" of one
 * person now meet as one event; an active "killed 100 fighters" says nothing of its subject's own fate. Sentences
 * invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { alertsWithEvidence } from '../helpers/two-reports.js';

const reported = alertsWithEvidence;

describe('one person killed and alive', () => {
  it('"was killed in the strike" / "is alive": opposition', () => {
    expect(reported('The commander was killed in the strike.', 'The commander is alive.')).toEqual([{ kind: 'opposition', band: 'medium', evidence: ['killed', 'alive'] }]);
  });

  it('"had been killed" / "is alive and well": opposition', () => {
    expect(reported('The commander had been killed in the strike.', 'The commander is alive and well.')).toEqual([{ kind: 'opposition', band: 'medium', evidence: ['killed', 'alive'] }]);
  });

  it('someone else alive: no clash', () => {
    expect(reported('The commander was killed in the strike.', "The commander's brother is alive.")).toEqual([]);
  });

  it('an active "killed 100 fighters" / "is alive": no clash', () => {
    expect(reported('The claim that Dara killed 100 fighters might be exaggerated, he said.', 'Her supporters posted a video as proof that Dara is alive.')).toEqual([]);
  });
});

describe('an active act that leaves its object dead, against the object alive', () => {
  it('"rebels beheaded the young nurse Mara" / "Mara is alive": opposition', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('Rebels beheaded the young nurse Mara, local reports said.', 'A journalist stated that Mara is alive.')).toEqual([{ kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['beheaded', 'alive'] }]);
  });

  it('"gunmen murdered Lena Ortiz" / "Lena Ortiz is alive and well": opposition', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('Gunmen murdered Lena Ortiz outside the court.', 'Lena Ortiz is alive and well, her lawyer said.')).toEqual([{ kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['murdered', 'alive'] }]);
  });

  it('another person\'s fate ("beheaded the commander\'s brother" / "the commander is alive"): no clash', () => {
    expect(reported("Rebels beheaded the commander's brother, local reports said.", 'The commander is alive.')).toEqual([]);
  });

  it('the killer alive ("the commander killed 100 rebels" / "the commander is alive"): no clash', () => {
    expect(reported('The commander killed 100 rebels, local reports said.', 'The commander is alive.')).toEqual([]);
  });

  it('a name given by a reduced relative ("a nurse named Mara Lind") / "Mara Lind is alive": opposition', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('Rebels beheaded a nurse named Mara Lind.', 'Mara Lind is alive.')).toEqual([{ kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['beheaded', 'alive'] }]);
  });

  it('"the fighter known as Mara Lind" / "Mara Lind is alive": opposition', () => {
    // Band medium before session 20's refit, high after it: the band is the weights', the kind and evidence are the rule's.
    expect(reported('Militants have reportedly beheaded the young fighter known as Mara Lind.', 'Mara Lind is alive.')).toEqual([{ kind: 'opposition', band: expect.stringMatching(/^(medium|high)$/), evidence: ['beheaded', 'alive'] }]);
  });

  it('the name in a post-modifier ("a nurse near Mara Lind\'s house") / "Mara Lind is alive": no clash', () => {
    expect(reported("Rebels beheaded a nurse near Mara Lind's house.", 'Mara Lind is alive.')).toEqual([]);
  });
});
