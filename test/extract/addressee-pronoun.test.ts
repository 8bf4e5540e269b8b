/**
 * A reporting verb whose first object is the addressee ("tell", "inform", "notify") with a clause and no "that": a
 * short run of words ended by a subject-case pronoun is the addressee, and the pronoun opens what is said ("told coast
 * guard officers he had lost …"). Every sentence is invented for this file; before the change each positive read the
 * verb of telling as the author's own act, with "officers he" as its object.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ holder: c.attribution.holderKind === 'author' ? null : c.attribution.holder, predicate: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));

describe('addressee, then a clause opened by a subject pronoun', () => {
  it.each([
    ['The skipper told coast guard officers he had lost his rudder.', 'The skipper', 'lose', 'his rudder'],
    ['The club informed league officials it would appeal the ban.', 'The club', 'appeal', 'ban'],
    ['The firm notified regulators it had found a flaw in the software.', 'The firm', 'find', 'flaw'],
  ])('%s', (text, holder, predicate, theme) => expect(read(text)).toEqual([{ holder, predicate, theme }]));
});

describe('hard negatives: no clause, so the verb of telling is the act', () => {
  it.each([
    ['The firm informed its staff of the move.', 'inform', 'its staff'],
    ['The mayor told stories about the war.', 'tell', 'stories'],
    ['The guide told hikers it rained often.', 'tell', undefined],
  ])('%s', (text, predicate, theme) => expect(read(text)).toEqual([{ holder: null, predicate, theme }]));
});
