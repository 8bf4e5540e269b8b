import { describe, expect, it } from 'vitest';
import { foldWord, sameQuoteWords, spellingVariants } from '../../src/detect/quote-variants.js';

const noAlias = () => false;
const words = (s: string) => s.toLowerCase().split(' ');

describe('spellingVariants', () => {
  it.each([
    ['realised', 'realized'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['catalogue', 'catalog'],
    ['analysed', 'analyzed'],
    ['café', 'cafe'],
    ['lobizón', 'lobison'],
  ])('%s and %s are one word', (x, y) => expect(spellingVariants(x, y)).toBe(true));

  it.each([
    ['four', 'for'],
    ['now', 'not'],
    ['accurate', 'inaccurate'],
    ['tour', 'tor'],
    ['filled', 'filed'],
    ['unable', 'usable'],
  ])('%s and %s are two words', (x, y) => expect(spellingVariants(x, y)).toBe(false));
});

describe('sameQuoteWords', () => {
  it('reads a dropped contracted auxiliary and a British spelling as the same quote', () => {
    expect(sameQuoteWords(words("he's finally realised he was played"), words('he finally realized he was played'), noAlias)).toBe(true);
    expect(foldWord("he's")).toBe('he');
  });

  it('reads two aliases of one actor as the same word only through the alias table', () => {
    const sameAlias = (x: string, y: string) => [x, y].every((w) => w === 'isis' || w === 'isil');
    expect(sameQuoteWords(words('the tactics isil is using'), words('the tactics isis is using'), sameAlias)).toBe(true);
    expect(sameQuoteWords(words('the tactics isil is using'), words('the tactics isis is using'), noAlias)).toBe(false);
  });

  it('keeps a changed word, an added word and a negation as different quotes', () => {
    expect(sameQuoteWords(words('the report is accurate'), words('the report is misleading'), noAlias)).toBe(false);
    expect(sameQuoteWords(words('we will attend'), words('we will not attend'), noAlias)).toBe(false);
    expect(sameQuoteWords(words('we will attend the talks'), words('we will attend talks'), noAlias)).toBe(false);
  });
});

describe('through analyze', () => {
  it('flags no misquote between two spellings of one quote, and still flags a changed word', async () => {
    const { analyze } = await import('../../src/api/analyze.js');
    const run = (b: string) =>
      analyze({
        documents: [
          { id: 'a', source: { name: 'First Report' }, text: '"The council has finally realised that the bridge is unsafe," the mayor said.' },
          { id: 'b', source: { name: 'Second Report' }, text: b },
        ],
      }).conflicts.filter((c) => c.kind === 'quote');
    expect(run('"The council has finally realized that the bridge is unsafe," the mayor said.')).toEqual([]);
    const changed = run('"The council has finally realized that the bridge is safe," the mayor said.');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.evidence.map((e) => e.span.text)).toEqual(['unsafe', 'safe']);
  });
});
