/**
 * A comment clause with a subject and a verb of saying ("…, as the council said on Monday", "As the coroner told the
 * inquest, …", "…, as one trader put it", "…, as first reported by the Gazette"; Quirk et al. 1985 §§ 15.53–15.56)
 * attributes the clause it comments on to that subject: the subject holds the claim, and the comment clause is no
 * claim of its own. An "as" clause whose verb has an object or a clause of its own ("as the company announced its
 * results", "as engineers had warned it would") is an adverbial clause, not a frame. Every sentence is invented for
 * this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => ({ predicate: c.proposition.predicate?.lemma, holder: c.attribution.holder }));

describe('a comment clause with a subject names the holder of the clause it comments on', () => {
  it.each([
    ['The bridge will reopen in March, as the council said on Monday.', 'reopen', 'the council'],
    ['As the coroner told the inquest, the fall was an accident.', 'be', 'the coroner'],
    ['Prices have doubled since the spring, as one trader put it to us.', 'double', 'one trader'],
    ['As Maria Lindqvist said, the vote was lost by a single seat.', 'lose', 'Maria Lindqvist'],
    ['The plant closed in 2019, as first reported by the Gazette.', 'close', 'the Gazette'],
    ['The match was played behind closed doors, as the league confirmed in a statement.', 'play', 'the league'],
    ['As the ferry operator told reporters, no sailings will run before Friday.', 'run', 'the ferry operator'],
  ])('%s', (text, predicate, holder) => {
    expect(read(text)).toEqual([{ predicate, holder }]);
  });

  it('the holder is credited with a quotation the comment clause frames', () => {
    const [claim] = extractClaims({ id: 'd', source: { name: 'The Courier' }, text: 'As the head teacher Ruth Amadi put it, "The roof is a danger to every child."' });
    expect(claim?.attribution.holder).toBe('the head teacher Ruth Amadi');
    expect(claim?.attribution.holderKind).toBe('named');
  });
});

describe('hard negatives: an "as" clause that is no comment on the other clause', () => {
  it.each([
    // A temporal "as" clause whose verb has an object of its own.
    ['Shares fell as the company announced its results.', [{ predicate: 'fall', holder: 'The Courier' }, { predicate: 'announce', holder: 'The Courier' }]],
    ['As she told her story, the room fell silent.', [{ predicate: 'fall', holder: 'The Courier' }, { predicate: 'tell', holder: 'The Courier' }]],
    // A verb of no saying.
    ['As the crowd cheered, the mayor cut the ribbon.', [{ predicate: 'cut', holder: 'The Courier' }, { predicate: 'cheer', holder: 'The Courier' }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a comment clause with a clause of its own ("as engineers had warned it would") holds nothing for its subject', () => {
    expect(read('The old roof collapsed, as engineers had warned it would.')[0]).toEqual({ predicate: 'collapse', holder: 'The Courier' });
  });

  it('a subjectless comment clause stays no claim and names no holder', () => {
    expect(read('The ferry arrived two hours late, as expected.')).toEqual([{ predicate: 'arrive', holder: 'The Courier' }]);
  });
});
