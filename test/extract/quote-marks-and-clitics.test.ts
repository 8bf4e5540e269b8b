import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** The holder of each main claim of a one-sentence document. */
function holders(text: string): string[] {
  return extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined).map((c) => c.attribution.holder);
}

describe('a holder after a closing quote mark: the mark is no word of the holder', () => {
  it.each([
    ['a straight single quote', "'We are sorry,' he said.", ['he']],
    ['a curly single quote', '‘We are sorry,’ she said.', ['she']],
    ['a curly double quote', '“We are sorry,” the manager said.', ['the manager']],
    ['a straight double quote', '"We are sorry," the manager said.', ['the manager']],
  ])('%s', (_name, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });

  it('an apostrophe of a plural genitive in the holder stays', () => {
    expect(holders("The players' union said it would strike.")).toEqual(["The players' union"]);
  });
});

describe('a participle after the clitic "\'ve" is the verb, whatever the tagger read', () => {
  const main = (text: string) => extractClaims({ id: 'd', text }).filter((c) => c.mainClaimId === undefined)[0]?.proposition;
  it('"I\'ve done nothing wrong" is a negated claim of doing', () => {
    expect(main("I've done nothing wrong.")).toMatchObject({ predicate: { lemma: 'do' }, negated: true });
  });
  it('"We\'ve sold the farm" keeps its verb', () => {
    expect(main("We've sold the farm.")).toMatchObject({ predicate: { lemma: 'sell' }, negated: false });
  });
});
