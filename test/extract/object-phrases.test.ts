import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The main claim's actor, predicate lemma and theme, as text (undefined when absent). */
const main = (text: string) => {
  const p = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0]?.proposition;
  return { actor: p?.actor?.text, lemma: p?.predicate?.lemma, theme: p?.theme?.text, state: p?.state };
};

describe('a hyphenated compound before the head is one modifier, whatever the tagger read its parts as', () => {
  it.each([
    ['Customs officers found bomb-making equipment in a van.', 'bomb-making equipment'],
    ['The regulator ordered a follow-up inspection of the mine.', 'follow-up inspection'],
    ['The club signed a well-known striker.', 'well-known striker'],
    ['The council approved a long-term plan for the harbour.', 'long-term plan'],
  ])('%s → %s', (text, theme) => expect(main(text).theme).toBe(theme));

  it('a compound that ends the phrase is its head', () => expect(main('The agency ordered a follow-up.').theme).toBe('follow-up'));
  it('a phrase without a hyphen keeps its own head', () => expect(main('The firm bought new equipment.').theme).toBe('new equipment'));
});

describe('a fraction or quantifier before "of" points to what it divides (Quirk § 6.64)', () => {
  it.each([
    ['The carrier cut a third of its workforce.', 'its workforce'],
    ['The ruling party lost a quarter of its seats.', 'its seats'],
    ['The fund sold two-thirds of its holdings.', 'its holdings'],
    ['Militants seized much of the province.', 'province'],
  ])('%s → %s', (text, theme) => expect(main(text).theme).toBe(theme));

  it('an ordinal with its own noun is no fraction', () => expect(main('The mayor won a third term.').theme).toBe('third term'));
  it('a quarter of the year is no share of a thing', () => expect(main('The bakery reported a loss for the quarter.').theme).toBe('loss'));
});

describe('"get" with a past participle is a passive (Quirk § 3.68)', () => {
  it.each([
    ['The goalkeeper got injured in training.', 'injure', 'The goalkeeper'],
    ['Two reporters got arrested outside the court.', 'arrest', 'reporters'],
    ['Several cars got damaged in the storm.', 'damage', 'Several cars'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ actor: undefined, lemma, theme }));

  it('a by-agent is the doer', () => expect(main('The striker got fouled by a defender.')).toMatchObject({ actor: 'defender', lemma: 'foul', theme: 'The striker' }));
  it('"get" with an object keeps its own sense', () => expect(main('The charity got a grant from the city.')).toMatchObject({ lemma: 'get', theme: 'grant' }));
  it('"get" with an adjective keeps its own sense', () => expect(main('The crowd got angry.')).toMatchObject({ lemma: 'get', actor: 'The crowd' }));
});

describe('after a phrasal verb\'s particle, a word read as a bare verb opens the object (two verbs do not follow a particle)', () => {
  it.each([
    ['The blast knocked out power to the hospital.', 'knock', 'power'],
    ['Investigators did not rule out foul play.', 'exclude', 'foul play'],
    ['The drill set off alarms across the campus.', 'set', 'alarms'],
    ['The navy carried out raids near the port.', 'perform', 'raids'],
  ])('%s', (text, lemma, theme) => expect(main(text)).toMatchObject({ lemma, theme }));

  it.each([
    ['The firm backed out, citing costs.', undefined],
    ['The talks broke down last night.', undefined],
    ['The engine cut out and the plane landed.', undefined],
  ])('no misread object: %s', (text, theme) => expect(main(text).theme).toBe(theme));
});

describe('a word read as an adjective right after an article and closing the phrase is its head noun (Quirk § 5.10)', () => {
  it.each([
    ['The agency hired a firm to audit the accounts.', 'firm'],
    ['The council signed a contract with a firm in Leeds.', 'contract'],
  ])('%s → %s', (text, theme) => expect(main(text).theme).toBe(theme));

  it('the article\'s noun after the adjective stays the head', () => expect(main('The agency hired a firm lawyer.').theme).toBe('firm lawyer'));
  it('a degree form after the article is no head noun', () => expect(main('Sales were the highest in a decade.').theme).toBeUndefined());
});

describe('a past participle after the subject noun, before a time phrase or a preposition, with a present verb later, is a reduced relative (Quirk § 17.97)', () => {
  it.each([
    ['Farmers affected by the drought want compensation.', 'Farmers', 'want', 'compensation'],
    ['Diplomats involved in the talks expect a deal.', 'Diplomats', 'expect', 'deal'],
    ['The firm based in Oslo makes turbines.', 'The firm', 'make', 'turbines'],
  ])('%s', (text, actor, lemma, theme) => expect(main(text)).toMatchObject({ actor, lemma, theme }));

  it.each([
    ['The cyclist injured last week was discharged on Friday.', 'discharge', 'The cyclist'],
    ['A teacher arrested yesterday was released on bail.', 'release', 'A teacher'],
  ])('before a time phrase: %s', (text, lemma, theme) => expect(main(text)).toMatchObject({ actor: undefined, lemma, theme }));

  it.each([
    ['The ministry announced on Monday it expects a deficit.', 'announce'],
    ['The ferry sailed last week to Bergen.', 'sail'],
    ['The council approved last week a plan that was drafted in May.', 'approve'],
    ['Engineers worked in shifts and the bridge reopens on Monday.', 'work'],
  ])('a main verb stays the verb: %s', (text, lemma) => expect(main(text).lemma).toBe(lemma));
});

describe('"said" + a noun phrase + "that" + a verb: the "that" opens a relative clause on the subject of a zero-that clause (Quirk §§ 16.31, 17.14)', () => {
  const claim = (text: string) => {
    const c = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0];
    return { holder: c?.attribution.holder, lemma: c?.proposition.predicate?.lemma, theme: c?.proposition.theme?.text, actor: c?.proposition.actor?.text };
  };
  it('a passive subject with a relative clause', () => expect(claim('Ana Ruiz said a warehouse that stores grain was targeted.')).toMatchObject({ holder: 'Ana Ruiz', lemma: 'target', theme: 'a warehouse' }));
  it('an active subject with a relative clause', () => expect(claim('The mayor announced the bridge that links the islands would close.')).toMatchObject({ holder: 'The mayor', lemma: 'close', actor: 'the bridge' }));
  it.each([
    ['The minister told the committee that prices had risen.', 'The minister', 'rise'],
    ['The ministry said that the bridge that links the islands would close.', 'The ministry', 'close'],
    ['The firm warned the staff that cuts would follow.', 'The firm', 'follow'],
  ])('an addressee or an explicit "that" keeps its clause: %s', (text, holder, lemma) => expect(claim(text)).toMatchObject({ holder, lemma }));
});

describe('a reporting verb after "to" is an infinitive, not the finite verb of a trailing frame', () => {
  const claim = (text: string) => {
    const c = extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' })[0];
    return { holderKind: c?.attribution.holderKind, lemma: c?.proposition.predicate?.lemma, actor: c?.proposition.actor?.text };
  };
  it('"X, which …, declined to comment" is the author\'s report of X declining', () =>
    expect(claim('A lawyer for the club, which owns the stadium, declined to comment on the ruling.')).toMatchObject({ holderKind: 'author', lemma: 'decline', actor: 'A lawyer' }));
  it('a trailing frame still frames', () => expect(claim('The stadium will close, a lawyer for the club said.')).toMatchObject({ holderKind: 'named', lemma: 'close' }));
});

describe('objects of coordinated verbs, coordinated modifiers and age nouns', () => {
  it('a past form read as an adjective after a past verb and "and" shares the object', () => expect(main('Rioters looted and burned shops.')).toMatchObject({ lemma: 'loot', theme: 'shops' }));
  it('an intransitive first verb still keeps no object', () => expect(main('The delegation arrived and greeted the crowd.')).toMatchObject({ lemma: 'arrive', theme: undefined }));
  it.each([
    ['The storm damaged old and abandoned homes.', 'old and abandoned homes'],
    ['The dealer sells new and used cars.', 'new and used cars'],
  ])('two modifiers joined by a coordinator stay in the phrase: %s', (text, theme) => expect(main(text).theme).toBe(theme));
  it('a coordinator after the head ends the phrase', () => expect(main('The storm damaged homes and roads.').theme).toBe('homes'));
  it.each([
    ['Police charged a 25-year-old with theft.', '25-year-old'],
    ['Officers questioned the 52-year-old.', '52-year-old'],
  ])('an age compound is a noun, not an amount: %s', (text, theme) => expect(main(text).theme).toBe(theme));
  it('an amount stays no object', () => expect(main('The river rose 3 metres.').theme).toBeUndefined());
});

describe('a clause-initial "-ing" form right before a finite verb is a gerund subject (Quirk § 15.10)', () => {
  it.each([
    ['Skiing is the main attraction in the valley.', 'Skiing', 'be'],
    ['Whaling remains a crime under the treaty.', 'Whaling', 'remain'],
  ])('%s', (text, actor, lemma) => expect(main(text)).toMatchObject({ actor, lemma }));

  it('a gerund subject of a passive is its theme', () => expect(main('Smoking was banned in 2007.')).toMatchObject({ actor: undefined, lemma: 'ban', theme: 'Smoking' }));
  it('an "-ing" modifier before a noun stays in the subject', () => expect(main('Rising costs have hit farmers.')).toMatchObject({ actor: 'Rising costs', lemma: 'hit' }));
  it('a participial opener before a comma is no subject', () => expect(main('Speaking to reporters, the minister said the plan failed.')).toMatchObject({ actor: 'the plan', lemma: 'fail' }));
});
