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

  it('an existential content clause without "that": "criticised the verdict but said there would be no appeal"', () => {
    expect(claims('The coach criticised the verdict but said there would be no appeal.')).toEqual([
      { holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'criticise' },
      { holder: 'The coach', kind: 'named', stance: 'reported', lemma: 'be' },
    ]);
  });

  it('after an "-ing" opener: "Speaking in Hull, the minister opened the dock and said P"', () => {
    expect(claims('Speaking in Hull, the minister opened the dock and said it would take 400 ships a year.')).toEqual([
      { holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'open' },
      { holder: 'the minister', kind: 'named', stance: 'reported', lemma: 'take' },
    ]);
  });

  it('with a closing "because" clause after the reported conjunct', () => {
    expect(claims('The coach criticised the verdict but said there would be no appeal, because the club wanted to move on.').slice(0, 2)).toEqual([
      { holder: 'Wire', kind: 'author', stance: 'asserted', lemma: 'criticise' },
      { holder: 'The coach', kind: 'named', stance: 'reported', lemma: 'be' },
    ]);
  });

  it('a bare "there" with no verb after it opens no clause (hard negative)', () => {
    expect(claims('The coach visited the ground and waited there.').map((c) => c.holder)).toEqual(['Wire', 'Wire']);
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
