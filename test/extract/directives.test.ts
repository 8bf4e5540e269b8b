import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const read = (text: string) => {
  const report = analyze(text);
  return { claims: report.claims.map((c) => c.proposition.predicate?.lemma), skipped: report.skipped.map((s) => [s.reason, s.span.text]) };
};

describe('directives: an imperative asserts nothing and is listed as skipped', () => {
  it('a bare imperative, with "please", "do not", "never" or a linking verb, yields no claim', () => {
    for (const text of ['Check your route before travelling.', 'Please do not travel unless necessary.', 'Never leave a child alone in a car.', 'Stay safe, everyone.', 'Let the children play.']) {
      expect(read(text)).toEqual({ claims: [], skipped: [['directive', text.slice(0, -1)]] });
    }
  });

  it('a reported imperative is a directive too: "Do not approach the man, police said.", "Cut the fares, say commuters."', () => {
    expect(read('Do not approach the man, police said.')).toEqual({ claims: [], skipped: [['directive', 'Do not approach the man, police said']] });
    expect(read('Cut the fares, say commuters.')).toEqual({ claims: [], skipped: [['directive', 'Cut the fares, say commuters']] });
  });

  it('a fact told inside a directive stays, no longer linked to the dropped claim, and ids stay consecutive', () => {
    const report = analyze('Thank you to everyone who came out on the green despite the rain. The fair raised £500.');
    expect(report.skipped.map((s) => s.reason)).toEqual(['directive']);
    expect(report.claims.map((c) => [c.id, c.proposition.predicate?.lemma, c.mainClaimId])).toEqual([['article:1', 'come', undefined], ['article:2', 'raise', undefined]]);
  });

  it('a subject the parser could read as a verb keeps its claim: "Train services", "Wait times", "Lead poisoning"', () => {
    expect(read('Train services were cancelled on Monday.')).toEqual({ claims: ['cancel'], skipped: [] });
    expect(read('Wait times rose to five hours.')).toEqual({ claims: ['rise'], skipped: [] });
    expect(read('Lead poisoning was ruled out.')).toEqual({ claims: ['exclude'], skipped: [] });
    expect(read('Help arrived within minutes.')).toEqual({ claims: ['arrive'], skipped: [] });
  });

  it('a clause with a subject, or not at the start of its sentence, is no directive', () => {
    expect(read('Just 20 people attended the meeting.').skipped).toEqual([]);
    expect(read('Officials told residents to stay indoors.').skipped).toEqual([]);
  });

  it('a word both noun and verb before a bare noun opens a headline\'s noun compound, not a command', () => {
    expect(read('Flood damage in the old town.')).toEqual({ claims: ['flood'], skipped: [] });
    expect(read('Storm warnings issued for the coast.').skipped).toEqual([]);
  });

  it('a directive next to a statement drops only the directive', () => {
    const report = analyze('The bridge is closed. Use the ferry instead.');
    expect(report.claims.map((c) => c.text)).toEqual(['The bridge is closed']);
    expect(report.skipped.map((s) => [s.reason, s.span.text])).toEqual([['directive', 'Use the ferry instead']]);
  });
});
