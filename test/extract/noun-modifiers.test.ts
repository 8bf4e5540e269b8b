import { describe, expect, it } from 'vitest';
import { conditional } from '../../src/detect/modality.js';
import { extractClaims } from '../../src/index.js';
import type { Claim } from '../../src/model/types.js';

const claimsOf = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2025-04-02' });
const background = (text: string) => claimsOf(text).filter((c) => c.background !== undefined);

/** The fields of a background claim an editor reads: kind, who, what, to whom, state, dates, places, spans. */
function fields(c: Claim) {
  const p = c.proposition;
  return {
    background: c.background,
    mainClaimId: c.mainClaimId,
    holder: c.attribution.holder,
    actor: p.actor?.text,
    predicate: p.predicate?.lemma,
    predicateSpan: p.predicate && [p.predicate.span.start, p.predicate.span.end, p.predicate.span.text],
    theme: p.theme?.text,
    state: p.state,
    certainty: c.certainty.level,
    times: c.times.map((t) => [t.span.text, t.from.slice(0, 10)]),
    places: c.places.map((x) => x.name),
    proposition: p.span.text,
  };
}

describe('extraction: background claims from relative clauses', () => {
  it('a passive non-restrictive relative: the by-agent did it to the antecedent, with its own date', () => {
    expect(background('The ferry, which was built by a Danish yard in 1998, sank off Crete.').map(fields)).toEqual([
      { background: 'relative', mainClaimId: 'd:1', holder: 'The Courier', actor: 'Danish yard', predicate: 'build', predicateSpan: [21, 26, 'built'], theme: 'The ferry', state: 'affirmed', certainty: 'asserted', times: [['1998', '1998-01-01']], places: [], proposition: 'was built by a Danish yard in 1998' },
    ]);
  });

  it('an object gap: the subject after the pronoun is the actor and the antecedent the theme', () => {
    const [bridge] = background('The bridge, which workers built in 1990, collapsed.').map(fields);
    expect(bridge).toMatchObject({ actor: 'workers', predicate: 'build', theme: 'bridge', times: [['1990', '1990-01-01']], proposition: 'workers built in 1990' });
    const [engineer] = background('The engineer who the firm hired in May resigned.').map(fields);
    expect(engineer).toMatchObject({ background: 'relative', actor: 'the firm', predicate: 'hire', theme: 'engineer', times: [['May', '2025-05-01']] });
  });

  it('a restrictive subject relative still states its fact, and ends before the main verb', () => {
    const [company] = background('The company that bought the mill in 2019 laid off 40 workers.').map(fields);
    expect(company).toMatchObject({ background: 'relative', actor: 'The company', predicate: 'buy', predicateSpan: [17, 23, 'bought'], theme: 'mill', state: 'affirmed', times: [['2019', '2019-01-01']], proposition: 'bought the mill in 2019' });
    expect(claimsOf('The company that bought the mill in 2019 laid off 40 workers.')[0]!.proposition.predicate?.lemma).toBe('lay');
  });

  it("a restrictive relative on the subject keeps its dates, places and figures out of the main clause's", () => {
    const main = (text: string) => {
      const c = claimsOf(text)[0]!;
      return { predicate: c.proposition.predicate?.lemma, times: c.times.map((t) => t.span.text), places: c.places.map((x) => `${x.name}/${x.role}`), quantities: c.quantities.map((q) => q.span.text) };
    };
    // Its places stay named in the proposition, as mentions: not where the main event happened.
    expect(main('A ship that sank off Malta in 1942 was found near Sicily.')).toEqual({ predicate: 'find', times: [], places: ['Malta/mention', 'Sicily/at'], quantities: [] });
    expect(main('A helmet that has not left the armoury in Oslo for a century will be shown in Rome.')).toEqual({ predicate: 'show', times: [], places: ['Oslo/mention', 'Rome/at'], quantities: [] });
    expect(main('The vase that sold for $2 million in 1990 fetched $9 million on Tuesday.')).toEqual({ predicate: 'fetch', times: ['Tuesday'], places: [], quantities: ['$9 million'] });
    // The relative claim keeps them.
    const [ship] = background('A ship that sank off Malta in 1942 was found near Sicily.').map(fields);
    expect(ship).toMatchObject({ background: 'relative', predicate: 'sink', times: [['1942', '1942-01-01']], places: ['Malta'] });
  });

  it('a relative clause after the main verb keeps what follows it in the main clause (hard negative: attachment unclear)', () => {
    const c = claimsOf('Police arrested a man who attacked a guard in Leeds on Friday.')[0]!;
    expect(c.proposition.predicate?.lemma).toBe('arrest');
    expect(c.places.map((x) => x.name)).toEqual(['Leeds']);
    expect(c.times.map((t) => t.span.text)).toEqual(['Friday']);
  });

  it('a negated relative clause keeps its negation; the main clause stays affirmed', () => {
    const claims = claimsOf('The ship that did not reach Oslo sank.');
    expect(claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.state, c.background ?? 'main'])).toEqual([
      ['sink', 'affirmed', 'main'],
      ['reach', 'negated', 'relative'],
    ]);
    expect(claims[1]!.places.map((p) => p.name)).toEqual(['Oslo']);
  });

  it('keeps the holder of the sentence and the modality of its own words', () => {
    const [ferry] = background('The mayor said the ferry, which could sink, was unsafe.').map(fields);
    expect(ferry).toMatchObject({ holder: 'The mayor', actor: 'the ferry', predicate: 'sink', certainty: 'pending', proposition: 'could sink' });
    // A hedge of the main clause is not the relative clause's: "was built in 1998" stays asserted.
    const [built] = background('The ferry, which was built in 1998, may sink.').map(fields);
    expect(built).toMatchObject({ predicate: 'build', certainty: 'asserted' });
  });

  it('a denial of the main clause does not deny what the relative clause takes as known', () => {
    const claims = claimsOf('The firm denied that the plant, which it bought in 2019, was polluting the river.');
    expect(claims.map((c) => [c.proposition.predicate?.lemma, c.proposition.state, c.attribution.holder, c.background ?? 'main'])).toEqual([
      ['pollute', 'negated', 'The firm', 'main'],
      ['buy', 'affirmed', 'The firm', 'relative'],
    ]);
  });

  it('a content clause after a noun is no relative clause (hard negative)', () => {
    expect(background('Officials dismissed reports that the minister resigned.')).toEqual([]);
  });
});

describe('extraction: background claims from participial modifiers', () => {
  it('a past participle with a by-agent, set off by commas or not', () => {
    for (const text of ['The plant, owned by Enel, closed in March.', 'The plant owned by Enel closed in March.']) {
      const [owned] = background(text).map(fields);
      expect(owned).toMatchObject({ background: 'participial', actor: 'Enel', predicate: 'own', theme: expect.stringMatching(/^The plant$/), times: [], proposition: 'owned by Enel' });
    }
  });

  it('an agentless participle keeps its own date and place', () => {
    expect(background('A bank founded in 1990 collapsed in March.').map(fields)).toEqual([
      { background: 'participial', mainClaimId: 'd:1', holder: 'The Courier', actor: undefined, predicate: 'found', predicateSpan: [7, 14, 'founded'], theme: 'A bank', state: 'affirmed', certainty: 'asserted', times: [['1990', '1990-01-01']], places: [], proposition: 'founded in 1990' },
    ]);
    const [stolen] = background('The lithograph, stolen from a gallery in Bergen in April, was recovered.').map(fields);
    expect(stolen).toMatchObject({ predicate: 'steal', theme: 'The lithograph', times: [['April', '2025-04-01']], places: ['Bergen'] });
  });

  it('an "-ing" participle on the subject or on an object', () => {
    expect(background('Rescuers searching the rubble found two survivors.').map(fields)[0]).toMatchObject({ actor: 'Rescuers', predicate: 'search', theme: 'rubble', proposition: 'searching the rubble' });
    expect(background('Police arrested a man carrying a knife near the station.').map(fields)[0]).toMatchObject({ actor: 'a man', predicate: 'carry', theme: 'knife' });
  });

  it('a clause under "if" keeps its condition for the detectors', () => {
    const [owned] = background('If the plant, owned by Enel, closes, 300 jobs will go.');
    expect(owned && [owned.proposition.predicate?.lemma, conditional(owned)]).toEqual(['own', true]);
  });

  it('leaves premodifiers, adverbial openers and supplementive clauses alone (hard negatives)', () => {
    expect(background('The farmers sold rice producing fields.')).toEqual([]);
    expect(background('Speaking to reporters, the minister said the port would reopen.')).toEqual([]);
    expect(background('The storm flooded the town, cutting power to 3,000 homes.')).toEqual([]);
  });
});

describe('extraction: background claims from role appositives', () => {
  it('"NAME, the ROLE of PLACE," states that the name holds the role; the role phrase stands for the predicate', () => {
    expect(background('Maria Lopez, the mayor of Vigo, opened the bridge.').map(fields)).toEqual([
      { background: 'appositive', mainClaimId: 'd:1', holder: 'The Courier', actor: 'Maria Lopez', predicate: 'be', predicateSpan: [13, 30, 'the mayor of Vigo'], theme: 'mayor', state: 'affirmed', certainty: 'asserted', times: [], places: [], proposition: 'the mayor of Vigo' },
    ]);
  });

  it('a list of places or a noun without a role is no appositive (hard negative)', () => {
    expect(background('Flights to Paris, London and Rome were cancelled.')).toEqual([]);
    expect(background('Vigo, a port of 300,000 people, flooded.')).toEqual([]);
  });
});
