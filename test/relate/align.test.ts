import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/api/stages.js';
import type { Claim } from '../../src/model/claim.js';
import { alignClaims } from '../../src/relate/align.js';
import type { ClaimAlignment, SlotAlignment, SlotName } from '../../src/relate/types.js';

const one = (id: string, text: string): Claim => {
  // The clause's own claim: a relative clause or participle on a noun adds a background claim beside it.
  const claims = extractClaims({ id, text, source: id.toUpperCase(), publishedAt: '2026-05-10' }).filter((c) => c.background === undefined);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};
const align = (x: string, y: string): ClaimAlignment => alignClaims(one('a', x), one('b', y));
const slot = (r: ClaimAlignment, name: SlotName): SlotAlignment => r.slots.find((s) => s.slot === name)!;
const event = (r: ClaimAlignment) => r.event && { relation: r.event.relation, a: r.event.a.text, b: r.event.b.text, lemmas: r.event.lemmas };

describe('alignClaims: the event link', () => {
  it.each([
    ['synonym', 'Guards freed the detainee on Monday.', 'Guards released the detainee on Monday.', 'freed', 'released', ['free', 'release']],
    ['synonym', 'A missile hit the depot.', 'A missile struck the depot.', 'hit', 'struck', ['hit', 'strike']],
    ['light-verb', 'Inspectors inspected the plant.', 'Inspectors carried out an inspection of the plant.', 'inspected', 'carried out an inspection', ['inspect', 'inspect']],
    ['light-verb', 'The minister made a decision on the merger.', 'The minister decided on the merger.', 'made a decision', 'decided', ['decide', 'decide']],
    ['light-verb', 'The witness gave testimony to the committee.', 'The witness testified to the committee.', 'gave testimony', 'testified', ['testify', 'testify']],
    ['light-verb', 'Police made 12 arrests after the brawl.', 'Police arrested five people after the brawl.', 'made 12 arrests', 'arrested', ['arrest', 'arrest']],
    ['light-verb', 'The two sides held talks in Geneva.', 'The two sides talked in Geneva.', 'held talks', 'talked', ['talks', 'talk']],
    ['derivation', 'A grand jury indicted the mayor.', 'The indictment of the mayor was unsealed on Friday.', 'indicted', 'indictment', ['indict', 'indict']],
    // A support verb's passive subject is its event noun (NomBank's support "file"): the light-verb reading.
    ['light-verb', 'A grand jury indicted the mayor.', 'The indictment of the mayor was filed on Friday.', 'indicted', 'indictment of the mayor was filed', ['indict', 'indict']],
    ['converse', 'Acme sold the factory to Borg.', 'Borg bought the factory from Acme.', 'sold', 'bought', ['sell', 'buy']],
    ['cause', 'The storm killed 12 people.', 'Twelve people died in the storm.', 'killed', 'died', ['kill', 'die']],
    ['antonym', 'Prices rose in Lisbon last month.', 'Prices fell in Lisbon last month.', 'rose', 'fell', ['rise', 'fall']],
    ['antonym', 'The road remains closed.', 'The road reopened on Tuesday.', 'closed', 'reopened', ['close', 'reopen']],
    ['antonym', 'The company hired 200 workers.', 'The company fired 200 workers.', 'hired', 'fired', ['hire', 'fire']],
  ] as const)('%s: "%s" / "%s"', (relation, x, y, a, b, lemmas) => {
    expect(event(align(x, y))).toEqual({ relation, a, b, lemmas });
  });

  it('a cause link points from the cause to its result, whichever claim comes first', () => {
    expect(align('The storm killed 12 people.', 'Twelve people died in the storm.').event?.direction).toBe('a-to-b');
    expect(align('Twelve people died in the storm.', 'The storm killed 12 people.').event?.direction).toBe('b-to-a');
  });

  it('every link span is the exact text of the original range', () => {
    const text = 'Inspectors carried out an inspection of the plant.';
    const r = alignClaims(one('a', 'Inspectors inspected the plant.'), one('b', text));
    expect(r.links.length).toBe(3);
    for (const l of r.links) expect(text.slice(l.b.start, l.b.end)).toBe(l.b.text);
  });
});

describe('alignClaims: roles and slots', () => {
  it('sold to / bought from: a converse with the roles swapped, nothing differs', () => {
    const r = align('Acme sold the factory to Borg.', 'Borg bought the factory from Acme.');
    expect(r.roles).toBe('swapped');
    expect(r.slots.filter((s) => s.differs)).toEqual([]);
    expect(slot(r, 'agent')).toMatchObject({ aligned: true, differs: false, relation: 'converse', note: 'converse: roles swapped' });
  });

  it('sold to / bought from with the same agent on both sides: the event slot differs', () => {
    const r = align('Acme sold the factory to Borg.', 'Acme bought the factory from Borg.');
    expect(r.roles).toBe('same');
    expect(slot(r, 'event')).toMatchObject({ aligned: true, differs: true, relation: 'converse' });
  });

  it('beat / lost to: swapped when the loser is the other side, same when one team both beat and lost', () => {
    expect(align('Ajax beat Celtic in Amsterdam.', 'Celtic lost to Ajax in Amsterdam.').roles).toBe('swapped');
    expect(align('Ajax beat Celtic in Amsterdam.', 'Ajax lost to Celtic in Amsterdam.').roles).toBe('same');
  });

  it('killed / died: the victims of the cause are the subject of the result, and the counts align', () => {
    const r = align('The storm killed 12 people.', 'Twelve people died in the storm.');
    expect(slot(r, 'agent')).toMatchObject({ a: 'people', b: 'people', aligned: true, differs: false });
    expect(slot(r, 'quantity')).toEqual({ slot: 'quantity', a: '12 people', b: 'Twelve people', aligned: true, differs: false });
  });

  it('the same event with another count: the quantity slot differs', () => {
    const r = align('The storm killed 12 people.', 'The storm killed 20 people.');
    expect(slot(r, 'quantity')).toMatchObject({ aligned: true, differs: true });
  });

  it('the indictment of the mayor: the of-phrase is the theme', () => {
    const r = align('A grand jury indicted the mayor.', 'The indictment of the mayor was filed on Friday.');
    expect(slot(r, 'theme')).toEqual({ slot: 'theme', a: 'mayor', b: 'mayor', aligned: true, differs: false });
  });

  it('rose / fell: the event slot differs; agent, date and place align without differing', () => {
    const r = align('Prices rose in Lisbon last month.', 'Prices fell in Lisbon last month.');
    expect(r.slots.filter((s) => s.differs).map((s) => s.slot)).toEqual(['event']);
    expect(r.slots.filter((s) => s.aligned).map((s) => s.slot)).toEqual(['event', 'agent', 'date', 'place', 'state']);
    expect(r.coverage).toEqual({ a: 1, b: 1 });
  });

  it('is open / is closed: the copula\'s complement is the predicate, its subject the theme', () => {
    const r = align('The road is open.', 'The road is closed.');
    expect(event(r)).toEqual({ relation: 'antonym', a: 'open', b: 'closed', lemmas: ['open', 'close'] });
    expect(slot(r, 'theme')).toEqual({ slot: 'theme', a: 'road', b: 'road', aligned: true, differs: false });
    expect(slot(r, 'agent')).toMatchObject({ aligned: false, differs: false });
  });

  it('accepted / rejected the offer: the state slot differs', () => {
    const r = align('The council accepted the offer.', 'The council rejected the offer.');
    expect(slot(r, 'state')).toMatchObject({ a: 'affirmed', b: 'refused', aligned: true, differs: true });
    expect(r.links.find((l) => l.a.text === 'accepted')?.relation).toBe('antonym');
  });
});

describe('alignClaims: entities, places, dates and quotes', () => {
  it('the Kremlin and Moscow are one agent through the shipped aliases', () => {
    const r = align('The Kremlin rejected the proposal.', 'Moscow rejected the proposal.');
    expect(r.links.find((l) => l.a.text === 'Kremlin')).toMatchObject({ b: { text: 'Moscow' }, relation: 'alias' });
    expect(slot(r, 'agent')).toEqual({ slot: 'agent', a: 'Kremlin', b: 'Moscow', aligned: true, differs: false });
  });

  it('a city inside the country named by the other side is no different place', () => {
    const r = align('The hearing was held in Porto on May 3.', 'The hearing was held in Portugal on May 3.');
    expect(slot(r, 'place')).toEqual({ slot: 'place', a: 'Porto', b: 'Portugal', aligned: true, differs: false });
    expect(slot(r, 'date')).toEqual({ slot: 'date', a: 'May 3', b: 'May 3', aligned: true, differs: false });
  });

  it('another city and another day for the same hearing: place and date differ', () => {
    const r = align('The hearing was held in Porto on May 3.', 'The hearing was held in Lisbon on May 5.');
    expect(r.slots.filter((s) => s.differs).map((s) => s.slot)).toEqual(['date', 'place']);
  });

  it('a partial quote inside the full one does not differ; a changed word does', () => {
    const full = 'The minister called the report "accurate and fair".';
    expect(slot(align(full, 'The minister called the report "accurate".'), 'quote')).toMatchObject({ aligned: true, differs: false });
    expect(slot(align(full, 'The minister called the report "misleading".'), 'quote')).toMatchObject({ aligned: true, differs: true });
  });
});

describe('alignClaims: hard negatives', () => {
  it('one act on two different things: the event is identical but the theme slot differs', () => {
    const r = align('The council approved the budget on Monday.', 'The council approved the stadium on Monday.');
    expect(r.event?.relation).toBe('identical');
    expect(slot(r, 'theme')).toMatchObject({ a: 'budget', b: 'stadium', aligned: true, differs: true });
    expect(r.coverage).toEqual({ a: 0.75, b: 0.75 });
  });

  it('a death toll and a count of people forced from their homes: no event link, so the counts do not align', () => {
    const r = align('The storm killed 12 people.', 'The storm forced 300 people from their homes.');
    expect(r.event).toBeUndefined();
    expect(slot(r, 'quantity')).toMatchObject({ aligned: false, differs: false, note: 'events not aligned' });
  });

  it('talks that collapsed and talks that resumed are no link between the events', () => {
    expect(align('Talks collapsed in Geneva on Monday.', 'Talks resumed in Geneva on Monday.').event).toBeUndefined();
  });

  it('antonyms are never labelled synonyms, though their vectors are close', () => {
    for (const [x, y] of [
      ['Prices rose in Lisbon last month.', 'Prices fell in Lisbon last month.'],
      ['Exports increased by 5 percent.', 'Exports decreased by 5 percent.'],
      ['The company hired 200 workers.', 'The company fired 200 workers.'],
    ] as const) {
      const r = align(x, y);
      expect(r.event?.relation).toBe('antonym');
      expect(r.links.filter((l) => l.relation === 'synonym' || l.relation === 'similar')).toEqual([]);
    }
  });

  it('seized / captured: WordNet relates them only through capture\'s third sense, so the link is a hypernym where one agent fixes the sense, else vector-similar', () => {
    const r = align('Police seized 40 kilograms of cocaine in Lisbon.', 'Police captured 40 kilograms of cocaine in Lisbon.');
    expect(r.event).toMatchObject({ relation: 'hypernym', direction: 'b-to-a', lemmas: ['seize', 'capture'] });
    const loose = align('Police seized 40 kilograms of cocaine in Lisbon.', 'The photographer captured the moment in Porto.');
    expect(loose.event?.relation).toBe('similar');
    expect(loose.event?.strength).toBeGreaterThan(0.7);
    expect(loose.event?.strength).toBeLessThan(0.8);
  });

  it('vector similarity never yields an identical, synonym or derivation link between different words', () => {
    const r = align('The mayor praised the new stadium in Porto.', 'The governor criticised the old arena in Braga.');
    const similar = r.links.filter((l) => l.relation === 'similar');
    expect(similar.length).toBeGreaterThan(0);
    for (const l of r.links) if (l.a.text.toLowerCase() !== l.b.text.toLowerCase()) expect(['identical', 'inflection', 'synonym', 'derivation']).not.toContain(l.relation);
  });
});

describe('alignClaims: events in subordinate clauses', () => {
  it('a verb of a relative clause can carry the event, but the main clause roles are not compared with it', () => {
    const r = align('Police arrested a man who stole a painting.', 'A man stole a painting.');
    expect(event(r)).toEqual({ relation: 'identical', a: 'stole', b: 'stole', lemmas: ['steal', 'steal'] });
    expect(slot(r, 'agent')).toMatchObject({ aligned: false, differs: false, note: 'event in a subordinate clause: its roles are not extracted' });
  });
});
