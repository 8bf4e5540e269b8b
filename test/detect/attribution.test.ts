import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { detectAttribution } from '../../src/detect/attribution.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Attribution } from '../../src/model/claim.js';
import { makeClaim, quoteIn, span, spanIn } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

/** A named holder with its span, and the reporting verb's span when given. */
function holderIn(text: string, holder: string, verb?: string): Partial<Attribution> {
  return {
    holder,
    holderKind: 'named',
    holderSpan: spanIn(text, holder),
    stance: 'reported',
    ...(verb ? { verb, verbSpan: spanIn(text, verb) } : {}),
  };
}

const anonymous = (holder: string): Partial<Attribution> => ({ holder, holderKind: 'anonymous', stance: 'reported' });

function quoted(text: string, words: string, speaker: string | undefined, attribution?: Partial<Attribution>) {
  return makeClaim({ text, quotes: [quoteIn(text, words, speaker)], ...(attribution ? { attribution } : {}) });
}

function said(text: string, attribution: Partial<Attribution>) {
  return makeClaim({ text, attribution });
}

describe('detectAttribution: the same words, different speakers', () => {
  const peskov = 'Peskov said: "The invitation is an insult."';
  const lavrov = 'Lavrov said: "The invitation is an insult."';
  const zelensky = 'Zelensky said: "We will not give up a single metre of our land."';
  const shmyhal = 'Shmyhal said: "We will not give up a single inch of our land."';
  const erdogan = 'Erdogan said: "Turkey is ready to host the talks."';
  const fidan = 'Fidan told reporters: "Turkey is ready to host the talks."';
  const cases = [
    {
      name: 'an identical quote credited to Peskov and to Lavrov',
      a: quoted(peskov, 'The invitation is an insult.', 'Peskov', holderIn(peskov, 'Peskov', 'said')),
      b: quoted(lavrov, 'The invitation is an insult.', 'Lavrov', holderIn(lavrov, 'Lavrov', 'said')),
      strength: 0.8,
      evidence: [span(0, 'Peskov'), span(0, 'Lavrov')],
    },
    {
      name: 'a near-identical quote, no holder spans: the quotes are the evidence',
      a: quoted(zelensky, 'We will not give up a single metre of our land.', 'Zelensky'),
      b: quoted(shmyhal, 'We will not give up a single inch of our land.', 'Shmyhal'),
      strength: 0.8,
      evidence: [span(16, 'We will not give up a single metre of our land.'), span(15, 'We will not give up a single inch of our land.')],
    },
    {
      name: 'a quote speaker against a named holder without a quote speaker',
      a: quoted(erdogan, 'Turkey is ready to host the talks.', 'Erdogan', holderIn(erdogan, 'Erdogan', 'said')),
      b: quoted(fidan, 'Turkey is ready to host the talks.', undefined, holderIn(fidan, 'Fidan', 'told')),
      strength: 0.8,
      evidence: [span(0, 'Erdogan'), span(0, 'Fidan')],
    },
    {
      name: 'the same quote credited to two heads of state',
      a: quoted('Putin said: "The war must end."', 'The war must end.', 'Putin'),
      b: quoted('Zelensky said: "The war must end."', 'The war must end.', 'Zelensky'),
      strength: 0.8,
      evidence: [span(13, 'The war must end.'), span(16, 'The war must end.')],
    },
    {
      name: 'the same unquoted claim, with and without "that"',
      a: said('Peskov said that the talks had collapsed.', holderIn('Peskov said that the talks had collapsed.', 'Peskov', 'said')),
      b: said('Lavrov said the talks had collapsed.', holderIn('Lavrov said the talks had collapsed.', 'Lavrov', 'said')),
      strength: 0.5,
      evidence: [span(0, 'Peskov'), span(0, 'Lavrov')],
    },
    {
      name: 'the same unquoted claim "according to" two people',
      a: said('The talks had collapsed, according to Peskov.', holderIn('The talks had collapsed, according to Peskov.', 'Peskov', 'according to')),
      b: said('The talks had collapsed, according to Lavrov.', holderIn('The talks had collapsed, according to Lavrov.', 'Lavrov', 'according to')),
      strength: 0.5,
      evidence: [span(38, 'Peskov'), span(38, 'Lavrov')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectAttribution(c.a, c.b, context);
      expect(hit?.kind).toBe('attribution');
      expect(hit!.strength).toBe(c.strength);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectAttribution: no misattribution', () => {
  const cases = [
    {
      name: 'aliases of one speaker: Putin and the Kremlin',
      a: quoted('Putin said: "The war must end."', 'The war must end.', 'Putin'),
      b: quoted('The Kremlin said: "The war must end."', 'The war must end.', 'the Kremlin'),
    },
    {
      name: 'a full name and a surname',
      a: quoted('Dmitry Peskov said: "The invitation is an insult."', 'The invitation is an insult.', 'Dmitry Peskov'),
      b: quoted('Peskov said: "The invitation is an insult."', 'The invitation is an insult.', 'Peskov'),
    },
    {
      name: 'an anonymous holder against a named speaker',
      a: quoted('Some reports said: "The invitation is an insult."', 'The invitation is an insult.', 'some reports', anonymous('some reports')),
      b: quoted('Peskov said: "The invitation is an insult."', 'The invitation is an insult.', 'Peskov'),
    },
    {
      name: 'different speakers saying different things',
      a: quoted('Peskov said: "The invitation is an insult."', 'The invitation is an insult.', 'Peskov'),
      b: quoted('Lavrov said: "We will study the proposal carefully."', 'We will study the proposal carefully.', 'Lavrov'),
    },
    {
      name: 'an unquoted paraphrase by a different speaker that says something else',
      a: said('Peskov said the talks had collapsed.', holderIn('Peskov said the talks had collapsed.', 'Peskov', 'said')),
      b: said('Lavrov said the talks would resume next week.', holderIn('Lavrov said the talks would resume next week.', 'Lavrov', 'said')),
    },
    {
      name: 'an anonymous holder of the same unquoted claim',
      a: said('Officials said the talks had collapsed.', anonymous('officials')),
      b: said('Lavrov said the talks had collapsed.', holderIn('Lavrov said the talks had collapsed.', 'Lavrov', 'said')),
    },
    {
      name: 'two author claims with the same words',
      a: makeClaim({ text: 'The talks had collapsed.' }),
      b: makeClaim({ text: 'The talks had collapsed.', documentId: 'doc-b' }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectAttribution(c.a, c.b, context)).toBeNull();
      expect(detectAttribution(c.b, c.a, context)).toBeNull();
    });
  }
});

describe('attribution: an outlet carrying a person\'s words', () => {
  const run = (a: string, b: string) =>
    analyze({
      documents: [
        { id: 'a', source: { name: 'First Report' }, text: a },
        { id: 'b', source: { name: 'Second Report' }, text: b },
      ],
    }).conflicts.filter((c) => c.kind === 'attribution');

  it('is no second speaker: the person and the outlet that quotes them', () => {
    expect(run('"We will rebuild the bridge by spring," said Mayor Ilse Brandt.', '"We will rebuild the bridge by spring," the Harbour Times reported.')).toEqual([]);
  });

  it('still sets two named people credited with the same words against each other', () => {
    const found = run('"We will rebuild the bridge by spring," said Mayor Ilse Brandt.', '"We will rebuild the bridge by spring," said engineer Tomas Valk.');
    expect(found).toHaveLength(1);
  });
});
