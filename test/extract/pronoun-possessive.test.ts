import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../../src/index.js';

const actorKeys = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({ actor: c.proposition.actor?.text, key: c.proposition.actor?.key, holder: c.attribution.holder }));

describe('a pronoun actor and a holder that opens with its own possessive are two people', () => {
  it('"she … her brother said": she is the woman named before, not her brother', () => {
    const [, claim] = actorKeys('Lina Okafor won the race in May. She did not train abroad, her brother said.');
    expect(claim).toEqual({ actor: 'She', key: 'okafor', holder: 'her brother' });
  });

  it('hard negative: "she said she would …" still stands for the holder', () => {
    const [claim] = actorKeys('The mayor said she would not resign.');
    expect(claim).toMatchObject({ actor: 'she', holder: 'The mayor' });
    expect(claim!.key).toBe('mayor');
  });

  it('so her denial clashes with a report naming her, and a denial by her brother of something else does not', () => {
    const run = (second: string) =>
      analyze({ documents: [{ id: 'a', source: { name: 'A' }, text: 'Lina Okafor trained abroad for a year, coaches said.' }, { id: 'b', source: { name: 'B' }, text: second }] }).conflicts.map((c) => [c.kind, c.band]);
    // At the medium/high border after this session's refit (0.798; high from 0.80): the band is either.
    expect(run('Lina Okafor won the race in May. She did not train abroad, her brother said.')).toEqual([['polarity', expect.stringMatching(/^(medium|high)$/)]]);
    expect(run('Lina Okafor won the race in May. She did not sell her car, her brother said.')).toEqual([]);
  });
});
