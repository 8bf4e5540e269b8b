/**
 * "a group of" is a partitive of a set (Quirk et al. 1985 § 5.8; WordNet 3.1 group n.01 "any number of entities
 * considered as a unit"), like "a series of": as an object or a passive subject, what is acted on is what follows
 * its "of". Every sentence is invented for this file; before the change each positive gave "group" as the theme.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ actor: c.proposition.actor?.text, predicate: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('the things after "a group of" are the theme', () => {
  it.each([
    ['Police arrested a group of protesters.', 'Police', 'arrest', 'protesters'],
    ['The storm hit a group of islands.', 'The storm', 'hit', 'islands'],
    ['A group of 30 tourists was stranded in the mountains.', undefined, 'strand', '30 tourists'],
  ])('%s', (text, actor, predicate, theme) => expect(read(text)).toEqual([{ actor, predicate, theme }]));
});

describe('hard negatives: "group" as a subject or without "of" stays the head', () => {
  it.each([
    ['A group of investors bought the hotel.', 'A group', 'buy', 'hotel'],
    ['The group bought a hotel in Rome.', 'The group', 'buy', 'hotel'],
    ['The airline grounded a fleet of 30 jets.', 'The airline', 'ground', 'fleet'],
  ])('%s', (text, actor, predicate, theme) => expect(read(text)).toEqual([{ actor, predicate, theme }]));
});
