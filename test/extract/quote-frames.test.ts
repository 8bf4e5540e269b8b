/**
 * Who speaks a quotation: a speech-tag verb after it ('"…," she joked'), a verb of telling with an addressee and a
 * colon ("told the meeting: '…'"), a lone adverb before the holder ("Later the warden said"), and a colon after a clause
 * of any verb ('Ada Brill was upbeat: "…"'). Every sentence invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { reportedBetween } from '../helpers/two-reports.js';

const claims = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' });
const holders = (text: string) => claims(text).map((c) => c.attribution.holder);
const speakers = (text: string) => claims(text).flatMap((c) => c.quotes.map((q) => q.speaker));

describe('speech-tag verbs after a quotation', () => {
  it.each([
    ['"The ferry will be back by noon," she joked.', 'she'],
    ['"The ferry will be back by noon," Nora Quill quipped.', 'Nora Quill'],
    ['"The ferry will be back by noon," laughed Nora Quill.', 'Nora Quill'],
    ['"The ferry will be back by noon," the skipper replied.', 'the skipper'],
  ])('%s', (text, holder) => {
    expect(holders(text)).toEqual([holder]);
    expect(speakers(text)).toEqual([holder]);
  });
  it('a pronoun speaker is the person named before it', () => {
    expect(speakers('Nora Quill runs the ferry. "The ferry will be back by noon," she joked.')).toEqual(['Nora Quill']);
  });
  it('without a quotation the verb reports nothing (hard negative)', () => {
    expect(holders('The clown fell over, and the children laughed.')).toEqual(['Wire', 'Wire']);
    expect(holders('The mayor slipped on the ice, the crowd shouted.')).toEqual(['Wire', 'Wire']);
  });
});

describe('telling with an addressee and a colon', () => {
  it.each([
    ['Nora Quill, the head keeper, told the meeting: "The goats will stay."', 'Nora Quill'],
    ['She told a group of volunteers in the hall: "The goats will stay."', 'She'],
  ])('%s', (text, holder) => {
    expect(holders(text)).toEqual([holder]);
  });
  it('an object and no quotation keeps the telling the writer\'s claim (hard negative)', () => {
    expect(claims('The keeper told the story of the goats.').map((c) => [c.attribution.holder, c.proposition.predicate?.lemma])).toEqual([['Wire', 'tell']]);
  });
});

describe('a lone adverb before the holder', () => {
  it.each([
    ['Later Nora Quill said that the ferry was late.', 'Nora Quill'],
    ['Afterwards Nora Quill said that the ferry was late.', 'Nora Quill'],
    ['Afterwards she said that the ferry was late.', 'she'],
    ['Meanwhile the harbour master told reporters the ferry was late.', 'the harbour master'],
  ])('%s', (text, holder) => {
    expect(holders(text)).toEqual([holder]);
  });
});

describe('a colon after a clause of any verb', () => {
  it.each([
    ['President Ada Brill was upbeat all the same: "Young people want to make things they can sell."', 'President Ada Brill'],
    ['At the prize-giving in the town hall, Ruth summed up: "That is the best harvest in years."', 'Ruth'],
    ['As our treasurer Colin Vane put it: "Every coin is a vote."', 'Colin Vane'],
    ['Ivo Marsh, the chief steward, put it like this: "Nobody wants a race to end in hospital."', 'Ivo Marsh'],
    ['Their captain, Dev Oduya, was philosophical: "We play on pitches that flooded last month."', 'Dev Oduya'],
    ['The chief steward was blunt: "Nobody wants a race to end in hospital."', 'The chief steward'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it.each([
    ['It was a simple message: "Keep off the dunes."'],
    ['There was one rule: "Keep off the dunes."'],
  ])('a clause that names no one gives no speaker (hard negative): %s', (text) => {
    expect(speakers(text)).toEqual(['Wire']);
  });
  it('a possessive subject names its owner as the speaker', () => {
    expect(speakers("Vane's verdict was blunt: \"Every apple counts.\"")).toEqual(['Vane']);
  });
  it('a verbless heading before the colon credits no one (hard negative)', () => {
    expect(speakers("Vane's line on the harvest: \"Every apple counts.\"")).toEqual([]);
  });
});

describe('quotations credited through these frames are compared as one speaker\'s words', () => {
  it('one remark with a changed word is a misquote', () => {
    const a = 'President Ada Brill was upbeat all the same: "Young people want to make things they can sell at the market."';
    const b = 'Ada Brill spoke to the guild on Friday. "Young people want to make things they can wear at the market," she said.';
    expect(reportedBetween(a, b)).toEqual([{ kind: 'quote', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
  it('one remark credited to two named speakers is an attribution conflict, no misquote', () => {
    const a = 'President Ada Brill was upbeat all the same: "Young people want to make things they can sell at the market."';
    const b = 'Treasurer Colin Vane was upbeat too: "Young people want to make things they can sell at the market."';
    expect(reportedBetween(a, b)).toEqual([{ kind: 'attribution', band: expect.stringMatching(/^(medium|high)$/) }]);
  });
  it('two remarks of two named speakers are no conflict (hard negative)', () => {
    const a = 'President Ada Brill was upbeat all the same: "Young people want to make things they can sell at the market."';
    const b = 'Treasurer Colin Vane was upbeat too: "Older members prefer the quiet of the winter months."';
    expect(reportedBetween(a, b)).toEqual([]);
  });
  it('the same remark quoted alike twice is no conflict (hard negative)', () => {
    const a = 'President Ada Brill was upbeat all the same: "Young people want to make things they can sell at the market."';
    const b = '"Young people want to make things they can sell at the market," Ada Brill joked.';
    expect(reportedBetween(a, b)).toEqual([]);
  });
});

describe('holders and speakers behind asides', () => {
  it.each([
    ['The club captain, Iris Penhale, a sheep farmer, said: "We have trained since March."', 'Iris Penhale'],
    ['The fair chair, Jean Holt, speaking to reporters on the green, said: "We kept every rule."', 'Jean Holt'],
    ['The panel chairman, the Welsh harpist Owain Rhys, said none of the finalists was ready.', 'Owain Rhys'],
    ['Its owner, Gareth Lyle, told officers the figure had been a slip.', 'Gareth Lyle'],
    ['The coach told players the match was off.', 'The coach'],
  ])('%s', (text, holder) => {
    expect(holders(text)[0]).toBe(holder);
  });
  it('a plural that names no people is an object, not an addressee (hard negative)', () => {
    expect(claims('The coach told stories the players loved.').map((c) => [c.attribution.holder, c.proposition.predicate?.lemma])).toEqual([['Wire', 'tell']]);
  });
  it.each([
    ['The vicar, the Rev Anne Tolley, described the damage as "heartbreaking".', 'Rev Anne Tolley'],
    ['The service was led by the Reverend Pete Carr, who described the boards as "a prayer in petals".', 'the Reverend Pete Carr'],
    ['The vicar, who is new, described the damage as "heartbreaking".', 'The vicar'],
  ])('the speaker of a characterisation: %s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe('speakers that are no names', () => {
  it.each([
    ['"We will replace every sensor," said Vornel\'s head of quality, Lars Ekdal, in a statement on Wednesday.', 'Lars Ekdal'],
    ['Judge Mary Olde, who has judged at Crufts, said the terrier was "a near-perfect specimen".', 'Judge Mary Olde'],
    ['The tour firm, Shades of Ashby, said in a statement: "We are sorry."', 'Shades of Ashby'],
    ['Sian from Lamplighters told us at the end, "We were lucky."', 'Sian'],
    ['Dr Nia Quell from Ulster University was cheerful: "The pools are healthy."', 'Dr Nia Quell'],
    ['The Danish-born conductor, who has led the band since 2019, told players in a letter on Tuesday: "I cannot play on."', 'The Danish-born conductor'],
  ])('%s', (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
  it('a weekday before a reporting participle dates it and names no speaker (hard negative)', () => {
    expect(speakers('Mr Dane, who emailed the league on Monday saying the darts were "rigged", left.')).toEqual(['Wire']);
  });
  it('a coordinated clause whose colon opens its quotation does not hold the clause before it (hard negative)', () => {
    expect(holders('Dr Nia Quell led the count, and she told us: "The pools are healthy."')).toEqual(['Wire']);
  });
});

describe('colon speakers and holders that are no one', () => {
  it('a place after "from" in a description is no name of the holder', () => {
    expect(holders('Aled Pugh, a hill farmer from Llanuwchllyn, said the dog was the best he had run.')).toEqual(['Aled Pugh']);
  });
  it('a clause with a verb missed before its "that" credits no one before the colon (hard negative)', () => {
    expect(speakers('Word reaches us that Marl Pipes is going to Reed Co. Fia Marl\'s line to the workshop, as passed on by a turner: "We have found a buyer."')).not.toContain('Marl Pipes');
  });
});

describe('people named after their own description', () => {
  it('the speaker before a description that ends in a place is the one named first', () => {
    expect(speakers('Pugh, a hill farmer from Llanuwchllyn, said the dog was "the best I have ever run."')).toEqual(['Pugh']);
  });
  it('a person first named as what is acted on is who a later first name stands for', () => {
    const claims = extractClaims({ id: 'd', text: 'Our captain Len Darby was not among those suspended. Len has been playing in this league for 50 years.', source: 'Wire' });
    const other = extractClaims({ id: 'e', text: 'Darby has played in the league for more than 50 years.', source: 'Wire' });
    expect(claims[1]?.proposition.actor?.key).toBe(other[0]?.proposition.actor?.key);
  });
});

describe('a contracted pronoun names no speaker', () => {
  it.each([["Then I'd asked who had heard 'gay' used as an insult."], ["Then I’d asked who had heard 'gay' used as an insult."]])('%s', (text) => {
    expect(speakers(text)).toEqual(['Wire']);
  });
});
