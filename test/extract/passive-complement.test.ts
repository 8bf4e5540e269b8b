// "X was declared the winner", "He has been declared fit to race": a reporting verb in a personal passive with a
// complement and no content clause (Quirk et al. 1985, § 16.52, complex-transitive passive; Levin 1993, § 29.4
// "declare" verbs) names no one who says anything: its subject is what is declared, not a holder. Invented
// sentences; expectations written before the rule ran.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { count as n, wrongFields, type Want } from '../helpers/wire-fields.js';

const cases: [string, string, Want[]][] = [
  ['adjective complement with an infinitive', 'The striker was declared fit to play on Saturday.', [{ predicate: 'declare', theme: 'striker', dates: ['Saturday'] }]],
  ['noun complement', 'The Kenyan runner was declared the winner after a photo finish.', [{ predicate: 'declare', theme: 'runner' }]],
  ['perfect passive under a trailing frame', 'Two diplomats have been declared persona non grata, the ministry said.', [{ holder: 'ministry', predicate: 'declare', theme: 'diplomats', quantities: [n(2, null, 'diplomats')] }]],
];

const main = (text: string) => {
  const c = extractClaims({ id: 'd', text, source: 'Wire' })[0];
  return { lemma: c?.proposition.predicate?.lemma, holderKind: c?.attribution.holderKind };
};

describe('a personal passive of a reporting verb with a complement is no frame', () => {
  it.each(cases)('%s: %s', (_name, text, want) => expect(wrongFields(text, want)).toEqual([]));
  // Hard negatives: an impersonal passive and a passive with a "that" clause still frame their content.
  it.each([
    ['impersonal passive', 'It was announced on Monday that the plant would close.', { lemma: 'close', holderKind: 'anonymous' }],
    ['raising passive', 'The suspect is believed to have fled to Spain.', { lemma: 'flee', holderKind: 'anonymous' }],
  ])('still a frame: %s: %s', (_name, text, want) => expect(main(text)).toEqual(want));
  it('still a frame: passive with a "that" clause: its content is the claim', () => expect(main('The minister was told that the plant would close.').lemma).toBe('close'));
});
