/**
 * One set counted by two reports of one story with different verbs ("the leak exposed the records of 90,000
 * patients" / "intruders obtained data on 400,000 patients"): a numeric conflict when each report counts that noun
 * once (or marks one count as the whole set: "all 31", "a total of", "carrying", "on board") and the two share an
 * anchor. Every sentence is invented for this file. Not yet found (left out below): a cull against a slaughter (the
 * one verb names an outcome, the other none) and a count after a verb the extractor misses ('number 1,200 workers').
 */
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';
import { countedSetPairs } from '../../src/match/counted-sets.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const report = (a: string, b: string) =>
  analyze({ documents: [{ id: 'a', source: { name: 'First Wire' }, text: a }, { id: 'b', source: { name: 'Second Wire' }, text: b }] }).conflicts;

const numeric = (a: string, b: string) => report(a, b).filter((c) => c.kind === 'numeric' && c.band !== 'low');

describe('one set counted with two verbs', () => {
  it.each([
    ['Intruders obtained the medical records of 400,000 patients at Halvern Clinic, the clinic said on Monday.', 'The leak at Halvern Clinic exposed the files of about 90,000 patients, officials said.'],
    ['All 31 fishermen were rescued from the trawler Maren Dawn.', 'Coastguards lifted 24 fishermen off the Maren Dawn overnight.'],
    ['The ferry Aldo Queen was carrying 212 passengers when it struck a sandbank.', 'The Aldo Queen ran aground with 340 passengers aboard, the operator said.'],
    ['The recall by Brisco covers 60,000 vehicles sold since March.', 'Brisco is calling back 210,000 vehicles over a brake fault.'],
    ['Hackers stole the passwords of 3 million subscribers to Veltro Telecom.', 'The breach at Veltro Telecom affected 700,000 subscribers, the company said.'],
    ['The Kestrel Bank closure will cost 900 jobs across Wales.', 'Kestrel Bank is cutting 2,400 jobs as it closes branches.'],
    ['Volunteers at Lake Orrin planted 8,000 trees on Saturday.', 'A total of 25,000 trees went into the ground at Lake Orrin this weekend.'],
    ['The Marrow Valley flood forced 6,000 residents from their homes.', 'Some 15,000 residents were evacuated in the Marrow Valley.'],
    ['Police in Dunmore seized 40 rifles in the raid.', 'The Dunmore raid recovered 130 rifles, officers said.'],
    ['The Sarn Airways flight had 96 passengers on board when it landed in fog.', 'The Sarn Airways jet was carrying 153 passengers.'],
    // Nouns of one counted-noun group (lexicon/counted-nouns.ts).
    ['The recall by Brisco covers 60,000 vehicles sold since March.', 'Brisco is calling back 210,000 cars over a brake fault.'],
    // The shared name stands in the attribution only.
    ['Courier firm Pellmark said on Friday that thieves had opened the boxes of 12,000 clients.', 'The theft at Pellmark affected the parcels of about 1,500 clients, the regulator said.'],
    ['Ferry operator Lindqvist Lines said its vessel had evacuated 410 passengers.', 'The Lindqvist Lines ship was carrying 95 passengers when the fire broke out.'],
    ['Courier firm Pellmark said on Friday that thieves had opened the parcels of 12,000 clients.', 'The theft at Pellmark affected the parcels of about 1,500 clients, the regulator said.'],
  ])('numeric: %s / %s', (a, b) => {
    const hits = numeric(a, b);
    expect(hits).toHaveLength(1);
    expect(['medium', 'high']).toContain(hits[0]!.band);
  });

  it.each([
    // Two counts of the noun in one report: no unique referent.
    ['Police questioned 60 passengers of the Aldo Queen, and 14 passengers were hurt.', 'The Aldo Queen ran aground with 340 passengers aboard, the operator said.'],
    ['Intruders obtained the records of 400,000 patients at Halvern Clinic and sold the records of 2,000 patients.', 'The leak at Halvern Clinic exposed the files of about 90,000 patients, officials said.'],
    // Different nouns.
    ['Hackers stole the passwords of 3 million subscribers to Veltro Telecom.', 'The breach at Veltro Telecom affected 700,000 accounts, the company said.'],
    // One group noun per document, but the group is of people in general.
    ['The Marrow Valley flood forced 6,000 individuals from their homes.', 'Some 150 persons were treated in hospital in the Marrow Valley.'],
    // Different stories: no shared anchor.
    ['Intruders obtained the medical records of 400,000 patients at Halvern Clinic.', 'The leak at Brightwater Hospital exposed the files of about 90,000 patients.'],
    // Compatible bounds and approximations.
    ['The flood at Marrow Valley forced more than 6,000 residents from their homes.', 'Some 6,400 residents were evacuated in the Marrow Valley.'],
    ['Hackers stole the passwords of about 3 million subscribers to Veltro Telecom.', 'The breach at Veltro Telecom affected 2.9 million subscribers.'],
    // A part and a whole.
    ['The Aldo Queen was carrying 212 passengers when it struck a sandbank.', 'Of the passengers on the Aldo Queen, 40 were children.'],
    // A new increment.
    ['Volunteers at Lake Orrin planted 8,000 trees on Saturday.', 'Volunteers at Lake Orrin planted another 2,000 trees on Sunday.'],
    // Generic people nouns.
    ['The Marrow Valley flood forced 6,000 people from their homes.', 'Some 150 people were treated in hospital in the Marrow Valley.'],
    // Outcomes that exclude a shared set.
    ['All 31 fishermen from the Maren Dawn were rescued.', 'Four fishermen from the Maren Dawn are still missing.'],
    ['Eleven miners were killed in the Carrow pit collapse.', 'Twenty miners were injured in the Carrow pit collapse.'],
    // One doer's two acts on parts of one kind.
    ['Halvern Clinic vaccinated 400 patients on Monday.', 'Halvern Clinic admitted 90 patients on Monday.'],
    // The same count twice.
    ['Coastguards lifted 24 fishermen off the Maren Dawn overnight.', 'All 24 fishermen on the Maren Dawn were rescued.'],
  ])('no numeric: %s / %s', (a, b) => {
    expect(numeric(a, b)).toEqual([]);
  });
});

describe('the anchor two claims share', () => {
  const pairs = (a: string, b: string) =>
    countedSetPairs([...extractClaims({ id: 'a', text: a, source: { name: 'A' } }), ...extractClaims({ id: 'b', text: b, source: { name: 'B' } })], buildLexicon()).length;
  const theft = 'The theft at Pellmark affected the parcels of about 1,500 clients, the regulator said.';

  it('a name in the attribution anchors the claim ("Pellmark said that thieves …")', () => {
    expect(pairs('Courier firm Pellmark said on Friday that thieves had opened the boxes of 12,000 clients.', theft)).toBe(1);
  });

  it('another name, or none, anchors nothing', () => {
    expect(pairs('Courier firm Dalworth said on Friday that thieves had opened the boxes of 12,000 clients.', theft)).toBe(0);
    expect(pairs('Thieves had opened the boxes of 12,000 clients.', theft)).toBe(0);
  });
});

describe('the match floor', () => {
  const a = 'Courier firm Pellmark said on Friday that thieves had opened the boxes of 12,000 clients.';
  const b = 'The theft at Pellmark affected the parcels of about 1,500 clients, the regulator said.';
  const kinds = (minMatch?: number) =>
    analyze({ documents: [{ id: 'a', text: a, source: { name: 'A' } }, { id: 'b', text: b, source: { name: 'B' } }] }, minMatch === undefined ? undefined : { minMatch }).conflicts.map((c) => c.kind);

  it('one set read below the default floor is still compared', () => {
    expect(kinds()).toEqual(['numeric']);
  });

  it('a floor the caller raised holds for it too', () => {
    expect(kinds(0.7)).toEqual([]);
  });

  it('only the pairs a new document is in, when asked', () => {
    const claims = [...extractClaims({ id: 'a', text: a, source: { name: 'A' } }), ...extractClaims({ id: 'b', text: b, source: { name: 'B' } })];
    const last = claims.length - 1;
    expect(countedSetPairs(claims, buildLexicon(), (i) => i === last)).toHaveLength(1);
    expect(countedSetPairs(claims, buildLexicon(), () => false)).toHaveLength(0);
  });
});
