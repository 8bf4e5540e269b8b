/**
 * Restatements seen on real multi-report stories (issue 15), each on invented sentences: one state told twice in
 * other words is no clash, and the clash next to it still is.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTwoReports } from '../helpers/two-reports.js';

function reported(a: string, b: string) {
  const report = analyzeTwoReports(a, b);
  return report.conflicts.filter((c) => c.band !== 'low' && c.documents[0] !== c.documents[1]).map((c) => c.kind);
}

describe('two refusals of different things', () => {
  it('"declined to take questions" / "declined to comment" is no polarity clash', () => {
    expect(reported('The ministry declined to take questions about the contract.', 'The ministry declined to comment.')).toEqual([]);
  });

  it('"refused to sign the order" / "signed the order" still clashes', () => {
    expect(reported('The governor refused to sign the order.', 'The governor signed the order.')).toEqual(['polarity']);
  });
});

describe('"yet to" and a negated perfect say the same', () => {
  it('"is yet to respond" / "has not responded" is no status clash', () => {
    expect(reported('The club is yet to respond to the complaint.', 'The club has not responded to the complaint.')).toEqual([]);
    expect(reported('The club has yet to respond to the complaint.', "The club hasn't responded to the complaint.")).toEqual([]);
  });

  it('"has not yet decided" / "will not renew" (pending against refused) still clashes', () => {
    expect(reported('The council has not yet decided whether to renew the lease.', 'The council will not renew the lease, the mayor said.')).toEqual(['status']);
  });
});

describe('"within" bounds a figure from above', () => {
  it('"less than 2km away" / "within 10km" is no numeric clash', () => {
    expect(reported('The rebels are now less than 2km from the capital.', 'The rebels are now within 10km of the capital.')).toEqual([]);
  });

  it('"15km away" / "within 10km" still clashes', () => {
    expect(reported('The rebels are now 15km from the capital.', 'The rebels are now within 10km of the capital.')).toEqual(['numeric']);
  });
});

describe('a duty or a judgement is no statement of fact', () => {
  it('"should not have performed" / "performed" is no polarity clash', () => {
    expect(reported('The surgeon should not have performed the operation.', 'The surgeon performed the operation.')).toEqual([]);
  });

  it('"must not sell the land" / "sold the land" is no polarity clash', () => {
    expect(reported('The council must not sell the land.', 'The council sold the land.')).toEqual([]);
  });

  it('"did not perform" / "performed" still clashes', () => {
    expect(reported('The surgeon did not perform the operation.', 'The surgeon performed the operation.')).toEqual(['polarity']);
  });
});
