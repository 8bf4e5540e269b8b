import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }, { referenceDate: '2024-06-12' }).map((c) => ({
    lemma: c.proposition.predicate?.lemma,
    actor: c.proposition.actor?.key,
    theme: c.proposition.theme?.key,
    linked: c.mainClaimId !== undefined,
    figures: c.quantities.map((q) => q.value),
  }));

describe('a second verb phrase after "and" shares the subject and is a claim of its own', () => {
  it.each([
    ['a passive, then a copula', 'The pilot was rescued by fishermen on Monday and is now in hospital.', [
      { lemma: 'rescue', actor: 'fishermen', theme: 'pilot', linked: false, figures: [] },
      { lemma: 'be', actor: 'pilot', theme: undefined, linked: true, figures: [] },
    ]],
    ['two past verbs with their own figures', 'The storm flattened 40 barns and killed 300 sheep.', [
      { lemma: 'flatten', actor: 'storm', theme: 'barn', linked: false, figures: [40] },
      { lemma: 'kill', actor: 'storm', theme: 'sheep', linked: true, figures: [300] },
    ]],
  ])('%s: %s', (_, text, want) => {
    expect(claims(text)).toEqual(want);
  });

  it.each([
    ['coordinated subjects', 'The mayor and the governor signed the pact.', [{ lemma: 'sign', actor: 'mayor', theme: 'pact', linked: false, figures: [] }]],
    ['coordinated objects', 'The storm flattened barns and sheds.', [{ lemma: 'flatten', actor: 'storm', theme: 'barn', linked: false, figures: [] }]],
  ])('one claim for %s: %s', (_, text, want) => {
    expect(claims(text)).toEqual(want);
  });
});
