/**
 * A time clause tells the occasion of the main clause's act (extract/occasion-clause.ts; Quirk et al. 1985 § 15.25):
 * "were killed when a coach overturned near Tula on Sunday" happened near Tula, and so does an outcome of harm told
 * "after" its incident; the day stays with the clause. Sentences invented for this file; expectations written before
 * the first run (a first version also gave the main clause the clause's day, which split two reports' tolls of one
 * capsizing dated apart into two events). Hard negatives: an act done after an event (an arrest) keeps no place of the
 * event; a main clause placed or dated on its own keeps its own occasion; two tolls of two different incidents, one toll told
 * twice, and a rounded toll are no clash.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { alertKinds } from '../helpers/two-reports.js';

const main = (text: string) => extractClaims({ id: 'd', text, source: 'S', publishedAt: '2026-06-10T12:00:00Z' }).find((c) => c.mainClaimId === undefined)!;
const occasion = (text: string) => {
  const c = main(text);
  return { times: c.times.map((t) => t.span.text), places: c.places.map((p) => p.name) };
};


describe('the occasion a time clause gives its main clause', () => {
  it('a "when" clause places the main act; its day stays with the clause', () => {
    expect(occasion('Nine passengers were killed when a coach overturned near Tula on Sunday.')).toEqual({ times: [], places: ['Tula'] });
  });

  it('an "after" clause places an outcome of harm', () => {
    expect(occasion('Two hikers died after a ledge gave way near Zermatt on Saturday.')).toEqual({ times: [], places: ['Zermatt'] });
  });

  it('an act done after an event keeps no time or place of it', () => {
    expect(occasion('A man was arrested after a fire gutted a warehouse in Derby on Friday.')).toEqual({ times: [], places: [] });
  });

  it('a main clause dated on its own takes no place from the clause', () => {
    expect(occasion('The outage began at 9 p.m. on Friday, when a transformer in Braga caught fire.')).toEqual({ times: ['9 p.m. on Friday'], places: [] });
  });

  it('a main clause placed on its own keeps its own place', () => {
    expect(occasion('Two climbers were rescued at Argentière when an avalanche struck near Chamonix.')).toEqual({ times: [], places: ['Argentière'] });
  });

  it('two tolls of one capsizing told on two days still clash on the toll', () => {
    expect(alertKinds('At least 30 people died when a ferry capsized off Lesbos on Monday.', 'Twelve people died when a ferry capsized off Lesbos on Tuesday.')).toEqual(['numeric', 'temporal']);
  });

  it('two tolls of one occasion told with different verbs clash', () => {
    expect(alertKinds('Nine passengers were killed when a coach overturned near Tula on Sunday.', 'Four people died after a coach overturned near Tula on Sunday.')).toEqual(['numeric']);
  });

  it('tolls of two incidents in two towns are no clash', () => {
    expect(alertKinds('Three people died when a bus crashed in Leeds on Monday.', 'Five people died when a tram derailed in Sheffield on Monday.')).toEqual([]);
  });

  it('one toll told twice is no clash', () => {
    expect(alertKinds('Three people died when a bus crashed in Leeds on Monday.', 'Three passengers were killed when a bus crashed in Leeds on Monday.')).toEqual([]);
  });

  it('a rounded count of one occasion is no clash', () => {
    expect(alertKinds('About 40 people were hurt when a stand collapsed at the stadium in Porto on Sunday.', 'Forty-one people were injured when a stand collapsed at the stadium in Porto on Sunday.')).toEqual([]);
  });
});
