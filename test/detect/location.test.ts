import { describe, expect, it } from 'vitest';
import { detectLocation } from '../../src/detect/location.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Place } from '../../src/model/claim.js';
import { makeClaim, phraseIn, placeIn, predicateIn, span } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

type PlaceFields = Omit<Place, 'span' | 'name'>;
const at = (key: string, ...within: string[]): PlaceFields => ({ key, role: 'at', within });
const from = (key: string, ...within: string[]): PlaceFields => ({ key, role: 'from', within });
const to = (key: string, ...within: string[]): PlaceFields => ({ key, role: 'to', within });
const mention = (key: string, ...within: string[]): PlaceFields => ({ key, role: 'mention', within });

function claimWith(text: string, places: [string, PlaceFields][], verb?: [string, string]) {
  return makeClaim({
    text,
    places: places.map(([surface, fields]) => placeIn(text, surface, fields)),
    ...(verb ? { proposition: { predicate: predicateIn(text, verb[0], verb[1]) } } : {}),
  });
}

function withActor(claim: ReturnType<typeof claimWith>, actor: string) {
  return { ...claim, proposition: { ...claim.proposition, actor: phraseIn(claim.text, actor) } };
}

describe('detectLocation: clashes', () => {
  const cases = [
    {
      name: 'speaking from Moscow vs from St. Petersburg (one country, two cities)',
      a: claimWith('Putin was speaking from Moscow.', [['Moscow', from('moscow', 'russia')]]),
      b: claimWith('Putin was speaking from St. Petersburg.', [['St. Petersburg', from('st-petersburg', 'russia')]]),
      strength: 0.85,
      evidence: [span(24, 'Moscow'), span(24, 'St. Petersburg')],
    },
    {
      name: 'held in Istanbul vs in Geneva',
      a: claimWith('The talks were held in Istanbul.', [['Istanbul', at('istanbul', 'turkey')]]),
      b: claimWith('The talks were held in Geneva.', [['Geneva', at('geneva', 'switzerland')]]),
      strength: 0.85,
      evidence: [span(23, 'Istanbul'), span(23, 'Geneva')],
    },
    {
      name: 'headed to Kherson vs to Odesa',
      a: claimWith('The convoy headed to Kherson.', [['Kherson', to('kherson', 'ukraine')]]),
      b: claimWith('The convoy headed to Odesa.', [['Odesa', to('odesa', 'ukraine')]]),
      strength: 0.85,
      evidence: [span(21, 'Kherson'), span(21, 'Odesa')],
    },
    {
      name: 'two countries',
      a: claimWith('Peace talks opened in Turkey.', [['Turkey', at('turkey')]]),
      b: claimWith('Peace talks opened in Egypt.', [['Egypt', at('egypt')]]),
      strength: 0.85,
      evidence: [span(22, 'Turkey'), span(22, 'Egypt')],
    },
    {
      name: 'the same origin, different destinations',
      a: claimWith('The delegation flew from Moscow to Istanbul.', [['Moscow', from('moscow', 'russia')], ['Istanbul', to('istanbul', 'turkey')]]),
      b: claimWith('The delegation flew from Moscow to Ankara.', [['Moscow', from('moscow', 'russia')], ['Ankara', to('ankara', 'turkey')]]),
      strength: 0.85,
      evidence: [span(35, 'Istanbul'), span(35, 'Ankara')],
    },
    {
      name: 'two mentions in the same act (weaker)',
      a: claimWith('The ministers praised Ankara.', [['Ankara', mention('ankara', 'turkey')]], ['praised', 'praise']),
      b: claimWith('The ministers praised Cairo.', [['Cairo', mention('cairo', 'egypt')]], ['praised', 'praise']),
      strength: 0.5,
      evidence: [span(22, 'Ankara'), span(22, 'Cairo')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectLocation(c.a, c.b, context);
      expect(hit?.kind).toBe('location');
      expect(hit!.strength).toBe(c.strength);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectLocation: a setting beside a place-named actor', () => {
  it('Portugal signed in Lisbon vs Portugal signed in Porto: the settings still clash', () => {
    const a = withActor(claimWith('Portugal signed the accord in Lisbon.', [['Portugal', mention('portugal')], ['Lisbon', at('lisbon', 'portugal')]], ['signed', 'sign']), 'Portugal');
    const b = withActor(claimWith('Portugal signed the accord in Porto.', [['Portugal', mention('portugal')], ['Porto', at('porto', 'portugal')]], ['signed', 'sign']), 'Portugal');
    const hit = detectLocation(a, b, context);
    expect(hit?.kind).toBe('location');
    expect(hit!.evidence).toEqual([span(30, 'Lisbon'), span(30, 'Porto')]);
  });
});

describe('detectLocation: compatible places', () => {
  const cases = [
    {
      name: 'Istanbul is in Turkey',
      a: claimWith('The talks were held in Istanbul.', [['Istanbul', at('istanbul', 'turkey')]]),
      b: claimWith('Peace talks opened in Turkey.', [['Turkey', at('turkey')]]),
    },
    {
      name: 'different roles: speaking from St. Petersburg, talks in Istanbul',
      a: claimWith('Putin was speaking from St. Petersburg.', [['St. Petersburg', from('st-petersburg', 'russia')]]),
      b: claimWith('The talks were held in Istanbul.', [['Istanbul', at('istanbul', 'turkey')]]),
    },
    {
      name: 'two spellings of one place',
      a: claimWith('The convoy headed to Kiev.', [['Kiev', to('kyiv', 'ukraine')]]),
      b: claimWith('The convoy headed to Kyiv.', [['Kyiv', to('kyiv', 'ukraine')]]),
    },
    {
      name: 'mentions in different acts',
      a: claimWith('The ministers praised Ankara.', [['Ankara', mention('ankara', 'turkey')]], ['praised', 'praise']),
      b: claimWith('The ministers criticised Cairo.', [['Cairo', mention('cairo', 'egypt')]], ['criticised', 'criticize']),
    },
    {
      name: 'a mention against a venue',
      a: claimWith('The talks were held in Istanbul.', [['Istanbul', at('istanbul', 'turkey')]]),
      b: claimWith('The ministers praised Cairo.', [['Cairo', mention('cairo', 'egypt')]]),
    },
    {
      name: 'an extra place on one side only',
      a: claimWith('The talks were held in Istanbul.', [['Istanbul', at('istanbul', 'turkey')]]),
      b: claimWith('The delegation from Moscow met in Istanbul.', [['Moscow', from('moscow', 'russia')], ['Istanbul', at('istanbul', 'turkey')]]),
    },
    {
      name: 'a region containing both cities of the other claim',
      a: claimWith('Peace talks opened in Turkey.', [['Turkey', at('turkey')]]),
      b: claimWith('Talks moved between Istanbul and Ankara.', [['Istanbul', at('istanbul', 'turkey')], ['Ankara', at('ankara', 'turkey')]]),
    },
    {
      name: 'a country that is the actor is a doer, not a setting: Portugal vs Norway welcomed the accord',
      a: withActor(claimWith('Portugal welcomed the fisheries accord.', [['Portugal', mention('portugal')]], ['welcomed', 'welcome']), 'Portugal'),
      b: withActor(claimWith('Norway welcomed the fisheries accord.', [['Norway', mention('norway')]], ['welcomed', 'welcome']), 'Norway'),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectLocation(c.a, c.b, context)).toBeNull();
      expect(detectLocation(c.b, c.a, context)).toBeNull();
    });
  }
});

describe('detectLocation: what the gazetteer knows', () => {
  it('a continent is a known place: against an unknown town the clash is doubtful', () => {
    const a = claimWith('Peace talks opened in Africa.', [['Africa', at('africa')]]);
    const b = claimWith('Peace talks opened in Bampton.', [['Bampton', at('bampton')]]);
    expect(detectLocation(a, b, context)?.strength).toBeCloseTo(0.85 * 0.35, 10);
  });

  it('two unknown towns are usually of one level: the clash keeps its strength', () => {
    const a = claimWith('Peace talks opened in Bampton.', [['Bampton', at('bampton')]]);
    const b = claimWith('Peace talks opened in Witney.', [['Witney', at('witney')]]);
    expect(detectLocation(a, b, context)?.strength).toBe(0.85);
  });
});

