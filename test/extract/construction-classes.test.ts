import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The main claim's actor, predicate lemma and theme, as text (undefined when absent). */
const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0];
  const p = c?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text, holder: c?.attribution.holderKind === 'author' ? undefined : c?.attribution.holder };
};

describe('a bound phrase before a number belongs to the object (AP "more than")', () => {
  it.each([
    ['Surgeons at the clinic have performed more than 200 operations this year.', '200 operations'],
    ['The charity has handed out up to 5,000 food parcels.', '5,000 food parcels'],
    ['The flood destroyed at least 40 homes.', '40 homes'],
    ['Volunteers rescued nearly 30 people.', '30 people'],
  ])('%s → %s', (text, theme) => expect(main(text).theme).toBe(theme));

  it('a bare bound amount is still no object', () => expect(main('Revenue reached more than $3 million.').theme).toBeUndefined());
});

describe('a noun and an adjective read where the verb stands ("The firm cut its staff")', () => {
  it.each([
    ['The firm cut its staff.', 'The firm', 'cut', 'its staff'],
    ['The firm cut 10 percent of its staff.', 'The firm', 'cut', 'its staff'],
    ['The local firm cut the jobs.', 'The local firm', 'cut', 'jobs'],
    ['The state-owned firm sold its shares.', 'The state-owned firm', 'sell', 'its shares'],
  ])('%s', (text, actor, lemma, theme) => expect(main(text)).toMatchObject({ actor, lemma, theme }));

  it('a verbless fragment stays verbless where it did', () => expect(main('Flood damage in the old town.').lemma).toBe('flood'));
  it('an -ing adjective before its noun stays in the subject', () => expect(main('The ruling party won the vote.')).toMatchObject({ actor: 'The ruling party', lemma: 'win' }));
});

describe('phrasal verbs take their object after the particle (WordNet frames)', () => {
  it.each([
    ['The carmaker laid off 300 workers last month.', 'lay', '300 workers'],
    ['Rebels shot down a military helicopter near the border.', 'shoot', 'military helicopter'],
    ['Officers rounded up dozens of protesters outside the embassy.', 'round', 'protesters'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ lemma, theme }));

  it.each([
    ['The van ran off the road.', 'run'],
    ['The strike ended in March.', 'end'],
    ['The talks broke down in May.', 'collapse'],
    ['The plant shut down in 2019.', 'close'],
  ])('no object after a prepositional particle or a date: %s', (text, lemma) => {
    expect(main(text)).toMatchObject({ lemma, theme: undefined });
  });
});

describe('two coordinated verbs share the object after the second (right node raising)', () => {
  it.each([
    ['Rioters smashed and looted the shops.', 'smash', 'shops'],
    ['The tribunal heard and dismissed the appeal.', 'hear', 'appeal'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ lemma, theme }));

  it('an intransitive first verb keeps no object', () => expect(main('The delegation arrived and met the president.')).toMatchObject({ lemma: 'arrive', theme: undefined }));
  it('a new subject after "and" is its own clause', () => expect(main('The plane landed and the passengers left.')).toMatchObject({ lemma: 'land', theme: undefined }));
});

describe('modifiers on the subject are not the main verb', () => {
  it.each([
    ['The drug, sold under the name Zenta, caused liver damage.', 'The drug', 'cause', 'liver damage'],
    ['The audit, published on Monday, found widespread abuse in care homes.', 'The audit', 'find', 'widespread abuse'],
    ['The man killed in the crash was a teacher.', 'The man', 'be', 'teacher'],
    ['The woman arrested on Monday is a nurse.', 'The woman', 'be', 'nurse'],
  ])('%s', (text, actor, lemma, theme) => expect(main(text)).toMatchObject({ actor, lemma, theme }));

  it('a passive main verb after a parenthetical participle', () => expect(main('Ruiz, arrested in May, was released on Friday.')).toMatchObject({ lemma: 'release', theme: 'Ruiz' }));
  it('a coordinated predicate after a comma stays the clause\'s', () => expect(main('The storm hit the coast, destroyed homes and killed three people.')).toMatchObject({ actor: 'The storm', lemma: 'hit' }));
});

describe('a comma closing a non-restrictive relative is followed by the main verb, not an inverted frame', () => {
  it.each([
    ['The mayor, who leads the coalition, rejected the plan.', 'reject', 'plan'],
    ['The senator, who chairs the board, denied the claims.', 'deny', 'claims'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ holder: undefined, actor: text.split(',')[0], lemma, theme }));

  it('an inverted "said X" after a relative clause on the holder still frames', () => {
    expect(main('The plant is safe, said the mayor, who visited it on Monday.')).toMatchObject({ holder: 'the mayor', lemma: 'be' });
  });
});

describe('state: deliberation under way, and a denial of a noun', () => {
  const stateOf = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.state;
  it.each([
    ['The transport ministry is considering a ban on e-scooters.', 'pending'],
    ['The competition authority is reviewing the takeover.', 'pending'],
    ['The cabinet is weighing a levy on sugar.', 'pending'],
    // Hard negative: a passive "considered" with a complement is a judgement made.
    ['The fault is considered a serious risk.', 'affirmed'],
  ])('%s → %s', (text, state) => expect(stateOf(text)).toBe(state));

  it.each([
    ['The coach denied the allegations.', 'affirmed'],
    ['The mayor denied it.', 'affirmed'],
    // Hard negatives: a refusal of an offer stays one; a denial with a gerund or clause negates that clause.
    ['The dockers rejected the pay offer.', 'refused'],
    ['The treasurer denied moving the funds.', 'negated'],
    ['The clinic denied that any patient had died.', 'negated'],
  ])('%s → %s', (text, state) => expect(stateOf(text)).toBe(state));
});

describe('"deny" with a noun: saying it is untrue, unless a recipient makes it a refusal to grant', () => {
  const read = (text: string) => {
    const p = extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition;
    return { lemma: p?.predicate?.lemma, state: p?.state };
  };
  it.each([
    ['The minister denied any knowledge of the payments.', 'affirmed'],
    ['The striker denied the accusation.', 'affirmed'],
    ['The consul denied him a visa.', 'refused'],
    ['The court denied bail to the two suspects.', 'refused'],
  ])('%s → %s', (text, state) => expect(read(text)).toEqual({ lemma: 'deny', state }));
});

describe('verbs that report only with a clause (FrameNet Statement, Convey_importance, Complaining …)', () => {
  const read = (text: string) => {
    const c = extractClaims({ id: 'd', text, source: 'Wire' })[0];
    return { holder: c?.attribution.holderKind === 'author' ? undefined : c?.attribution.holder, lemma: c?.proposition.predicate?.lemma };
  };
  it.each([
    ['Okafor underlined that the ferry had been inspected.', 'inspect'],
    ['The coach conceded that the team had played badly.', 'play'],
    ['Residents complained that the water smelled of gas.', 'smell'],
    ['The minister reiterated that the talks would resume.', 'resume'],
  ])('%s', (text, lemma) => expect(read(text)).toEqual({ holder: text.split(' ').slice(0, text.startsWith('The') ? 2 : 1).join(' '), lemma }));

  it.each([
    ['The carmaker recalled 5,000 vans.', 'recall'],
    ['The audit highlighted the risks.', 'highlight'],
    ['The mayor underlined the need for calm.', 'underline'],
  ])('with a plain object the verb is the act: %s', (text, lemma) => expect(read(text)).toEqual({ holder: undefined, lemma }));
});

describe('an "-ing" reporting verb after a noun with only an object modifies the noun (no frame)', () => {
  const read = (text: string) =>
    extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ holder: c.attribution.holderKind === 'author' ? undefined : c.attribution.holder, lemma: c.proposition.predicate?.lemma, theme: c.proposition.theme?.text }));
  it('the main verb keeps its claim', () => {
    expect(read('The rebels released a video showing the raid on the depot.')[0]).toEqual({ holder: undefined, lemma: 'release', theme: 'video' });
  });
  it('a participle with a clause after it still frames', () => {
    expect(read('The ministry issued a statement saying the reactor was safe.')[0]).toMatchObject({ holder: 'a statement', lemma: 'be' });
  });
});

describe('a place inside an institution name is no place of the event', () => {
  const places = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.places.map((p) => p.name);
  it.each([
    ['The University of Leeds at Harrogate hired 40 researchers.', []],
    ['The Bank of Canada cut rates.', []],
    ['Students at the University of Oslo protested in Bergen.', ['Bergen']],
    // Hard negatives: a place after a council's name is where it meets; a place noun's "of" still names a place.
    ['The talks at the Council of Europe in Strasbourg ended.', ['Strasbourg']],
    ['Troops retook the town of Saris in March.', ['Saris']],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));
});

describe('an infinitive after the noun that complements "be" modifies the noun', () => {
  it.each([
    ['Oslo was the first city to ban diesel cars.', 'Oslo', 'be', 'first city'],
    ['The council was the last body to approve the plan.', 'The council', 'be', 'last body'],
  ])('%s', (text, actor, lemma, theme) => expect(main(text)).toMatchObject({ actor, lemma, theme }));

  it.each([
    ['The plan is to build a bridge.', 'build', 'bridge'],
    ['The board is set to approve the merger.', 'approve', 'merger'],
  ])('no noun before "to": the infinitive stays the predicate: %s', (text, lemma, theme) => expect(main(text)).toMatchObject({ lemma, theme }));
});

describe('"withdraw" as a movement of forces or from a place is no refusal', () => {
  const stateOf = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.state;
  it.each([
    ['The navy withdrew its peacekeepers from the strait.', 'affirmed'],
    ['The militia pulled out of the village on Sunday.', 'affirmed'],
    ['Government forces withdrew from Kessala.', 'affirmed'],
    // Hard negatives: withdrawing from an event or an offer abandons it.
    ['The sponsor withdrew from the deal.', 'refused'],
    ['The bidder withdrew its offer.', 'refused'],
    ['The firm pulled out of the merger.', 'refused'],
  ])('%s → %s', (text, state) => expect(stateOf(text)).toBe(state));
});
