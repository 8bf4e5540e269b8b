/**
 * A bare weekday points the way of its clause's verb group: ahead in future time ("will reopen on Friday", "is due to
 * resume on Monday") and with "until" after a present state ("remains closed until Friday"), back otherwise (past
 * news: "reopened on Friday" is the last Friday). Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { timeDirection } from '../../src/extract/time-direction.js';
import { tokenize } from '../../src/segment/tokens.js';

// Tuesday 3 March 2026: the last Friday is 27 February, the coming one 6 March.
const TUESDAY = '2026-03-03';

const weekdays = (text: string, publishedAt = TUESDAY) =>
  analyze({ documents: [{ id: 'a', text, publishedAt }] }).claims.flatMap((c) =>
    c.times.map((t) => [c.proposition.predicate?.lemma, t.span.text, t.from]),
  );

describe('weekdays resolved by the clause verb group', () => {
  it.each([
    ['The museum will reopen on Friday, officials said.', [['reopen', 'Friday', '2026-03-06']]],
    ['The road will stay closed until Friday, the council said.', [['close', 'Friday', '2026-03-06']]],
    ['The ban remains in force until Friday.', [['remain', 'Friday', '2026-03-06']]],
    ['The airport is closed until Monday.', [['close', 'Monday', '2026-03-09']]],
    ['The hearing is due to resume on Monday.', [['resume', 'Monday', '2026-03-09']]],
    ['The hearing is to resume on Monday.', [['resume', 'Monday', '2026-03-09']]],
    ["It'll open on Sunday.", [['open', 'Sunday', '2026-03-08']]],
    // The simple present of a scheduled event (Quirk et al. 1985 § 4.21).
    ['The spring season opens at the showground on Saturday.', [['open', 'Saturday', '2026-03-07']]],
    // On or after: a future weekday that is the reference's own weekday is that day.
    ['The strike will end on Tuesday.', [['end', 'Tuesday', '2026-03-03']]],
  ])('ahead: %s', (text, expected) => {
    expect(weekdays(text)).toEqual(expected);
  });

  it.each([
    ['The museum reopened on Friday.', [['reopen', 'Friday', '2026-02-27']]],
    // A past state that lasted until a day: that day is behind.
    ['The bridge was closed until Friday.', [['close', 'Friday', '2026-02-27']]],
    // The future verb of a relative clause does not move the main clause's weekday.
    ['The minister, who will retire next year, resigned on Friday.', [['resign', 'Friday', '2026-02-27'], ['retire', 'next year', '2027-01-01']]],
    // "was due to" is past time: the plan lay behind.
    ['The hearing was due to resume on Monday.', [['resume', 'Monday', '2026-03-02']]],
    // A present state without "until": the weekday dates something past ("on Friday" the damage happened).
    ['The bridge is damaged after a lorry hit it on Friday.', [['hit', 'Friday', '2026-02-27']]],
  ])('back: %s', (text, expected) => {
    expect(weekdays(text)).toEqual(expected);
  });
});

describe('"this weekend" points the way of its clause too', () => {
  // Tuesday 3 March 2026: the weekend just gone is 28 Feb – 1 Mar, the coming one 7–8 March.
  const weekend = (text: string, publishedAt = TUESDAY) =>
    analyze({ documents: [{ id: 'a', text, publishedAt }] }).claims.flatMap((c) => c.times.map((t) => [t.span.text, t.from, t.to]));

  it.each([
    // Past time early in the week: the weekend just gone (Quirk et al. 1985 § 5.52, deictic "this").
    ['The fair drew record crowds this weekend, organisers said.', [['this weekend', '2026-02-28', '2026-03-01']]],
    ['Thousands of people walked the route this weekend.', [['this weekend', '2026-02-28', '2026-03-01']]],
    // A bare form is no sure present: an imperative, a past of the "cut" class, a word the tagger took for a verb.
    // (the relative clause "who walked …" is a claim of its own, with the same weekend)
    ['Thank you to everyone who walked the route with us this weekend.', [['this weekend', '2026-02-28', '2026-03-01'], ['this weekend', '2026-02-28', '2026-03-01']]],
    ['A family of four escaped unhurt this weekend when fire broke out on their boat.', [['this weekend', '2026-02-28', '2026-03-01']]],
    // The simple present of a verb that is no transitional event tells the moment of speaking, not a schedule.
    ['The trust welcomes the vote of the council this weekend.', [['this weekend', '2026-02-28', '2026-03-01']]],
  ])('back: %s', (text, expected) => {
    expect(weekend(text)).toEqual(expected);
  });

  it.each([
    ['The fair will open this weekend, organisers said.', [['this weekend', '2026-03-07', '2026-03-08']]],
    ['The fair is open this weekend.', [['this weekend', '2026-03-07', '2026-03-08']]],
    // The simple present of a scheduled event (Quirk et al. 1985 § 4.21) is ahead too.
    ['The national season opens at the showground this weekend.', [['this weekend', '2026-03-07', '2026-03-08']]],
    ['The league starts its spring fixtures this weekend.', [['this weekend', '2026-03-07', '2026-03-08']]],
  ])('ahead: %s', (text, expected) => {
    expect(weekend(text)).toEqual(expected);
  });

  it('a scheduled "this Saturday" and "this weekend" in the simple present agree (silent)', () => {
    const docs = analyze({
      documents: [
        { id: 'a', text: 'The rally season opens at Kelso this Saturday, the club said.', publishedAt: TUESDAY, source: { name: 'A', kind: 'wire' } },
        { id: 'b', text: 'The rally season opens at Kelso this weekend, the club said.', publishedAt: TUESDAY, source: { name: 'B', kind: 'newspaper' } },
      ],
    });
    expect(docs.conflicts.filter((c) => c.kind === 'temporal')).toEqual([]);
  });

  it('said on the weekend itself, "this weekend" is that weekend whatever the tense', () => {
    expect(weekend('The fair drew record crowds this weekend.', '2026-03-08')).toEqual([['this weekend', '2026-03-07', '2026-03-08']]);
  });

  it('"last weekend" and "next weekend" keep their own step', () => {
    expect(weekend('The fair drew record crowds last weekend.')).toEqual([['last weekend', '2026-02-28', '2026-03-01']]);
    // "next weekend" is the weekend of next week, as "next week" is the week after this one.
    expect(weekend('The fair will open next weekend.')).toEqual([['next weekend', '2026-03-14', '2026-03-15']]);
  });

  it('a past report and a Saturday of the weekend just gone agree (silent); the weekend after does not contain it', () => {
    const docs = (b: string) => analyze({ documents: [
      { id: 'a', source: { name: 'Organisers' }, text: 'Thousands of people danced in the rain at the folk fair this weekend.', publishedAt: TUESDAY },
      { id: 'b', source: { name: 'Local Paper' }, text: b, publishedAt: TUESDAY },
    ] }).conflicts.filter((c) => c.band !== 'low' && c.kind === 'temporal').length;
    expect(docs('Thousands of people danced in the rain at the folk fair on Saturday.')).toBe(0);
  });
});

describe('timeDirection', () => {
  const direction = (text: string, verb: string) => {
    const tokens = tokenize(text);
    const at = text.indexOf(verb);
    return timeDirection(tokens, { start: at, lower: verb.toLowerCase() });
  };
  it('reads modals, semi-auxiliaries, present states and past auxiliaries', () => {
    expect(direction('The plant will not reopen', 'reopen')).toBe('forward');
    expect(direction('The plant is going to close', 'close')).toBe('forward');
    expect(direction('The plant remains', 'remains')).toBe('present');
    expect(direction('The plant is still closed', 'closed')).toBe('present');
    expect(direction('The plant had closed', 'closed')).toBe('back');
    expect(direction('The plant closed', 'closed')).toBe('back');
    // "wants to" is no future auxiliary: the verb group stops at a lexical verb.
    expect(direction('The firm wants to close', 'close')).toBe('back');
  });
});

describe('reports of one reopening published on different days', () => {
  const temporal = (a: { text: string; publishedAt: string }, b: { text: string; publishedAt: string }) =>
    analyze({ documents: [{ id: 'a', source: { name: 'First Report' }, ...a }, { id: 'b', source: { name: 'Second Report' }, ...b }] })
      .conflicts.filter((c) => c.band !== 'low' && c.kind === 'temporal')
      .map((c) => c.evidence.map((e) => e.span.text));

  it('a plan for the coming Friday and the Friday it happened are one day (silent)', () => {
    // Thursday 5 March "will reopen on Friday" is 6 March; Saturday 7 March "reopened on Friday" is 6 March too.
    expect(temporal({ text: 'The museum will reopen on Friday.', publishedAt: '2026-03-05' }, { text: 'The museum reopened on Friday.', publishedAt: '2026-03-07' })).toEqual([]);
  });

  it('two coming weekdays for one reopening still clash', () => {
    expect(temporal({ text: 'The museum will reopen on Friday.', publishedAt: TUESDAY }, { text: 'The museum will reopen on Saturday.', publishedAt: TUESDAY })).toEqual([['Friday', 'Saturday']]);
  });
});
