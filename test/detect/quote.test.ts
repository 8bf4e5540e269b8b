import { describe, expect, it } from 'vitest';
import { detectQuote } from '../../src/detect/quote.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Attribution } from '../../src/model/claim.js';
import { makeClaim, predicateIn, quoteIn, span } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

const named = (holder: string): Partial<Attribution> => ({ holder, holderKind: 'named', stance: 'reported' });

interface QuoteClaim {
  text: string;
  quotes: [string, string | undefined][];
  holder?: Partial<Attribution>;
  verb?: [string, string];
  at?: number;
}

function claimWith({ text, quotes, holder, verb, at = 0 }: QuoteClaim) {
  return makeClaim({
    text,
    at,
    quotes: quotes.map(([words, speaker]) => quoteIn(text, words, speaker, at)),
    ...(holder ? { attribution: holder } : {}),
    ...(verb ? { proposition: { predicate: predicateIn(text, verb[0], verb[1], at) } } : {}),
  });
}

describe('detectQuote: misquotes', () => {
  const cases = [
    {
      name: 'a single word, same speaker, same act: "insolent" vs "impudent"',
      a: claimWith({ text: 'Peskov called the offer "insolent".', quotes: [['insolent', 'Peskov']], verb: ['called', 'call'] }),
      b: claimWith({ text: 'Peskov called the offer "impudent".', quotes: [['impudent', 'Peskov']], verb: ['called', 'call'] }),
      range: [0.7, 0.7],
      evidence: [span(25, 'insolent'), span(25, 'impudent')],
    },
    {
      name: 'one word changed in a sentence',
      a: claimWith({ text: 'Zelensky said: "We will not give up a single metre of our land."', quotes: [['We will not give up a single metre of our land.', 'Zelensky']] }),
      b: claimWith({ text: 'Zelensky said: "We will not give up a single inch of our land."', quotes: [['We will not give up a single inch of our land.', 'Zelensky']] }),
      range: [0.71, 0.72],
      evidence: [span(45, 'metre'), span(45, 'inch')],
    },
    {
      name: 'an inserted word borrows its neighbour so both sides have words',
      a: claimWith({ text: '"The talks were useful," Lavrov said.', quotes: [['The talks were useful,', 'Lavrov']] }),
      b: claimWith({ text: '"The talks were very useful," Lavrov said.', quotes: [['The talks were very useful,', 'Lavrov']] }),
      range: [0.64, 0.65],
      evidence: [span(11, 'were'), span(11, 'were very')],
    },
    {
      name: 'no speaker on the quotes, the same named holder; claim inside a longer document',
      a: claimWith({ text: '"We are ready to host the talks," Erdogan told reporters.', quotes: [['We are ready to host the talks', undefined]], holder: named('Erdogan'), at: 100 }),
      b: claimWith({ text: '"We are ready to hold the talks," Erdogan told reporters.', quotes: [['We are ready to hold the talks', undefined]], holder: named('Erdogan') }),
      range: [0.74, 0.75],
      evidence: [span(117, 'host'), span(17, 'hold')],
    },
    {
      name: 'a full name and a surname are one speaker; a phrase replaces a word',
      a: claimWith({ text: 'A Kremlin statement quoted Dmitry Peskov: "There is no decision yet."', quotes: [['There is no decision yet.', 'Dmitry Peskov']] }),
      b: claimWith({ text: 'Peskov told reporters: "There is no decision, so far."', quotes: [['There is no decision, so far.', 'Peskov']] }),
      range: [0.62, 0.63],
      evidence: [span(64, 'yet'), span(46, 'so far')],
    },
    {
      name: 'one person under two titles: harbour master Elin Vask vs port authority chief Elin Vask',
      a: claimWith({ text: 'Harbour master Elin Vask said: "The quay will reopen in May."', quotes: [['The quay will reopen in May.', 'harbour master Elin Vask']] }),
      b: claimWith({ text: 'Port authority chief Elin Vask said: "The quay will reopen in June."', quotes: [['The quay will reopen in June.', 'Port authority chief Elin Vask']] }),
      range: [0.6, 0.75],
      evidence: [span(56, 'May'), span(62, 'June')],
    },
    {
      name: 'an identical quote is set aside and the near-identical one reported',
      a: claimWith({ text: 'Lavrov said "we are open" and "the talks were useful".', quotes: [['we are open', 'Lavrov'], ['the talks were useful', 'Lavrov']] }),
      b: claimWith({ text: 'Lavrov said "we are open" and "the talks were very useful".', quotes: [['we are open', 'Lavrov'], ['the talks were very useful', 'Lavrov']] }),
      range: [0.64, 0.65],
      evidence: [span(41, 'were'), span(41, 'were very')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectQuote(c.a, c.b, context);
      expect(hit?.kind).toBe('quote');
      expect(hit!.strength).toBeGreaterThanOrEqual(c.range[0]!);
      expect(hit!.strength).toBeLessThanOrEqual(c.range[1]!);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectQuote: no misquote', () => {
  const cases = [
    {
      name: 'the identical quote repeated',
      a: claimWith({ text: '"We will attend the talks," Erdogan said.', quotes: [['We will attend the talks,', 'Erdogan']] }),
      b: claimWith({ text: 'Erdogan said: "We will attend the talks."', quotes: [['We will attend the talks.', 'Erdogan']] }),
    },
    {
      name: 'the same words in another case and punctuation',
      a: claimWith({ text: 'Erdogan said: "We will attend!"', quotes: [['We will attend!', 'Erdogan']] }),
      b: claimWith({ text: 'Erdogan said "we will attend".', quotes: [['we will attend', 'Erdogan']] }),
    },
    {
      name: 'two different statements by one speaker',
      a: claimWith({ text: 'Lavrov said: "The talks were useful."', quotes: [['The talks were useful.', 'Lavrov']] }),
      b: claimWith({ text: 'Lavrov said: "Sanctions must be lifted first."', quotes: [['Sanctions must be lifted first.', 'Lavrov']] }),
    },
    {
      name: 'a near-identical quote by a different speaker (attribution, not quote)',
      a: claimWith({ text: 'Zelensky said: "We will not give up a single metre of our land."', quotes: [['We will not give up a single metre of our land.', 'Zelensky']] }),
      b: claimWith({ text: 'Shmyhal said: "We will not give up a single inch of our land."', quotes: [['We will not give up a single inch of our land.', 'Shmyhal']] }),
    },
    {
      name: 'single words by one speaker in different acts',
      a: claimWith({ text: 'Peskov called the offer "insolent".', quotes: [['insolent', 'Peskov']], verb: ['called', 'call'] }),
      b: claimWith({ text: 'Peskov described the talks as "useful".', quotes: [['useful', 'Peskov']], verb: ['described', 'describe'] }),
    },
    {
      name: 'a short fragment against a much longer quote',
      a: claimWith({ text: 'Macron called it "a mistake".', quotes: [['a mistake', 'Macron']] }),
      b: claimWith({ text: 'Macron said: "It was a mistake that will cost the country dearly."', quotes: [['It was a mistake that will cost the country dearly.', 'Macron']] }),
    },
    {
      name: 'anonymous holders copied onto the quotes name no speaker',
      a: claimWith({ text: 'Some reports quoted officials as saying "the deal is off".', quotes: [['the deal is off', 'some reports']], holder: { holder: 'some reports', holderKind: 'anonymous', stance: 'reported' } }),
      b: claimWith({ text: 'Some reports quoted officials as saying "the deal is done".', quotes: [['the deal is done', 'some reports']], holder: { holder: 'some reports', holderKind: 'anonymous', stance: 'reported' } }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectQuote(c.a, c.b, context)).toBeNull();
      expect(detectQuote(c.b, c.a, context)).toBeNull();
    });
  }
});
