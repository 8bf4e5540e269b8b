import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';

const claims = (text: string) =>
  extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => ({
    holder: c.attribution.holder,
    kind: c.attribution.holderKind,
    stance: c.attribution.stance,
    lemma: c.proposition.predicate?.lemma,
  }));
const conflicts = (a: string, b: string) => analyzeTwoReports(a, b).conflicts.map((c) => `${c.kind}:${c.band}`);

// Coordinated predicates (Quirk et al. 1985, § 13.43) whose second verb reports a "that" clause (§ 16.31).
describe('a coordinated reporting verb frames its "that" clause, held by the shared subject', () => {
  it('"X visited … and told reporters that P": the author holds the visit, X holds P', () => {
    expect(claims('Mayor Ines Duarte toured the flooded streets and told reporters that 40 homes were damaged.')).toEqual([
      { holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'tour' },
      { holder: 'Mayor Ines Duarte', kind: 'named', stance: 'reported', lemma: 'damage' },
    ]);
  });

  it('an intransitive first verb and a denial: "resigned and denied that P"', () => {
    expect(claims('The minister resigned and denied that the budget had been leaked.')).toEqual([
      { holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'resign' },
      { holder: 'The minister', kind: 'named', stance: 'denied', lemma: 'leak' },
    ]);
  });

  it('verbs coordinated over one object stay one claim; a plain second act stays its own claim', () => {
    expect(claims('The firm bought and sold 40 ships.')).toEqual([{ holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'buy' }]);
    expect(claims('The ferry struck a rock and sank near Paros.').map((c) => c.lemma)).toEqual(['strike', 'sink']);
  });
});

describe('the framed content is compared with other reports of it', () => {
  const premise = 'Port director Anil Mehta inspected the quay and told reporters that 40 cranes were damaged in the storm.';

  it('another figure for the same count clashes', () => {
    expect(conflicts(premise, 'Anil Mehta said that 12 cranes were damaged in the storm.')).toEqual([expect.stringMatching(/^numeric:(medium|high)$/)]);
  });

  it('the same figure reported plainly (paraphrase) and a compatible bound are silent', () => {
    expect(conflicts(premise, 'Anil Mehta said that 40 cranes were damaged in the storm.')).toEqual([]);
    expect(conflicts(premise, 'More than 30 cranes were damaged in the storm, Anil Mehta said.')).toEqual([]);
  });
});
