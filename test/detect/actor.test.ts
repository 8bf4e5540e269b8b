import { describe, expect, it } from 'vitest';
import { detectActor, sameName } from '../../src/detect/actor.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import type { Proposition } from '../../src/model/claim.js';
import { makeClaim, phraseIn, predicateIn, span } from '../helpers/make-claim.js';

const context = { lexicon: buildLexicon() };

interface Spec {
  actor?: string;
  verb: [string, string];
  theme?: string;
  negated?: boolean;
}

function claim(text: string, spec: Spec) {
  const proposition: Partial<Proposition> = {
    predicate: predicateIn(text, spec.verb[0], spec.verb[1]),
    negated: spec.negated ?? false,
    state: spec.negated ? 'negated' : 'affirmed',
    ...(spec.actor ? { actor: phraseIn(text, spec.actor) } : {}),
    ...(spec.theme ? { theme: phraseIn(text, spec.theme) } : {}),
  };
  return makeClaim({ text, proposition });
}

const fired: [string, string] = ['fired', 'fire'];

describe('detectActor: the same act, different doers', () => {
  const cases = [
    {
      name: 'police fired vs protesters fired',
      a: claim('Police fired first.', { actor: 'Police', verb: fired }),
      b: claim('Protesters fired first.', { actor: 'Protesters', verb: fired }),
      evidence: [span(0, 'Police'), span(0, 'Protesters')],
    },
    {
      name: 'Russian troops vs Ukrainian troops, the same theme',
      a: claim('Russian troops shelled the town.', { actor: 'Russian troops', verb: ['shelled', 'shell'], theme: 'the town' }),
      b: claim('Ukrainian troops shelled the town.', { actor: 'Ukrainian troops', verb: ['shelled', 'shell'], theme: 'the town' }),
      evidence: [span(0, 'Russian troops'), span(0, 'Ukrainian troops')],
    },
    {
      name: 'two winners of one election',
      a: claim('Smith won the election.', { actor: 'Smith', verb: ['won', 'win'], theme: 'the election' }),
      b: claim('Jones won the election.', { actor: 'Jones', verb: ['won', 'win'], theme: 'the election' }),
      evidence: [span(0, 'Smith'), span(0, 'Jones')],
    },
    {
      name: 'two states launching one strike',
      a: claim('Israel launched the strike.', { actor: 'Israel', verb: ['launched', 'launch'], theme: 'the strike' }),
      b: claim('Iran launched the strike.', { actor: 'Iran', verb: ['launched', 'launch'], theme: 'the strike' }),
      evidence: [span(0, 'Israel'), span(0, 'Iran')],
    },
    {
      name: 'metonyms of two different states: the Kremlin vs Kyiv',
      a: claim('The Kremlin ordered the withdrawal.', { actor: 'The Kremlin', verb: ['ordered', 'order'], theme: 'the withdrawal' }),
      b: claim('Kyiv ordered the withdrawal.', { actor: 'Kyiv', verb: ['ordered', 'order'], theme: 'the withdrawal' }),
      evidence: [span(0, 'The Kremlin'), span(0, 'Kyiv')],
    },
    {
      name: 'WordNet synonyms in their first senses: apprehended vs arrested',
      a: claim('A park ranger apprehended the poacher.', { actor: 'A park ranger', verb: ['apprehended', 'apprehend'], theme: 'the poacher' }),
      b: claim('A local farmer arrested the poacher.', { actor: 'A local farmer', verb: ['arrested', 'arrest'], theme: 'the poacher' }),
      evidence: [span(0, 'A park ranger'), span(0, 'A local farmer')],
    },
    {
      name: 'a rarer shared sense fixed by one theme: lodged vs filed a grievance',
      a: claim('The tenants’ association lodged a grievance.', { actor: 'The tenants’ association', verb: ['lodged', 'lodge'], theme: 'a grievance' }),
      b: claim('A neighbouring landlord filed a grievance.', { actor: 'A neighbouring landlord', verb: ['filed', 'file'], theme: 'a grievance' }),
      evidence: [span(0, 'The tenants’ association'), span(0, 'A neighbouring landlord')],
    },
    {
      name: 'two descriptions can be told apart: a young nurse vs a neighbour',
      a: claim('A young nurse rescued the child.', { actor: 'A young nurse', verb: ['rescued', 'rescue'], theme: 'the child' }),
      b: claim('A neighbour rescued the child.', { actor: 'A neighbour', verb: ['rescued', 'rescue'], theme: 'the child' }),
      evidence: [span(0, 'A young nurse'), span(0, 'A neighbour')],
    },
    {
      name: 'a theme on one side only is compatible',
      a: claim('Police opened fire on the square.', { actor: 'Police', verb: ['opened fire', 'open fire'], theme: 'the square' }),
      b: claim('Soldiers opened fire.', { actor: 'Soldiers', verb: ['opened fire', 'open fire'] }),
      evidence: [span(0, 'Police'), span(0, 'Soldiers')],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const hit = detectActor(c.a, c.b, context);
      expect(hit?.kind).toBe('actor');
      expect(hit!.strength).toBe(0.8);
      expect(hit!.evidence).toEqual(c.evidence);
    });
  }
});

describe('detectActor: one doer, or nothing to compare', () => {
  const cases = [
    {
      name: 'aliases: the Kremlin vs Russia',
      a: claim('The Kremlin rejected the plan.', { actor: 'The Kremlin', verb: ['rejected', 'reject'], theme: 'the plan' }),
      b: claim('Russia rejected the plan.', { actor: 'Russia', verb: ['rejected', 'reject'], theme: 'the plan' }),
    },
    {
      name: 'one actor missing',
      a: claim('Shots were fired at the crowd.', { verb: fired, theme: 'the crowd' }),
      b: claim('Police fired at the crowd.', { actor: 'Police', verb: fired, theme: 'the crowd' }),
    },
    {
      name: 'different predicates',
      a: claim('Police fired first.', { actor: 'Police', verb: fired }),
      b: claim('Protesters fled first.', { actor: 'Protesters', verb: ['fled', 'flee'] }),
    },
    {
      name: 'a part and its whole: a police officer vs police',
      a: claim('A police officer fired first.', { actor: 'A police officer', verb: fired }),
      b: claim('Police fired first.', { actor: 'Police', verb: fired }),
    },
    {
      name: 'different themes',
      a: claim('Police fired tear gas.', { actor: 'Police', verb: fired, theme: 'tear gas' }),
      b: claim('Protesters fired rockets.', { actor: 'Protesters', verb: fired, theme: 'rockets' }),
    },
    {
      name: 'a negated act has no doer to dispute',
      a: claim('Police did not fire first.', { actor: 'Police', verb: ['fire', 'fire'], negated: true }),
      b: claim('Protesters fired first.', { actor: 'Protesters', verb: fired }),
    },
    {
      name: 'a rarer shared sense needs one theme on both sides: lodged in a village vs filed into a hall',
      a: claim('Tourists lodged in the village.', { actor: 'Tourists', verb: ['lodged', 'lodge'] }),
      b: claim('Pupils filed into the hall.', { actor: 'Pupils', verb: ['filed', 'file'] }),
    },
    {
      name: 'an attitude many can hold at once: Portugal and Norway welcomed the accord',
      a: claim('Portugal welcomed the accord.', { actor: 'Portugal', verb: ['welcomed', 'welcome'], theme: 'the accord' }),
      b: claim('Norway welcomed the accord.', { actor: 'Norway', verb: ['welcomed', 'welcome'], theme: 'the accord' }),
    },
    {
      name: 'one statement made by two parties: the mayor and the council denied the claims',
      a: claim('The mayor denied the claims.', { actor: 'The mayor', verb: ['denied', 'deny'], theme: 'the claims' }),
      b: claim('The council denied the claims.', { actor: 'The council', verb: ['denied', 'deny'], theme: 'the claims' }),
    },
    {
      name: 'a personal pronoun may stand for the other actor',
      a: claim('They blocked the road.', { actor: 'They', verb: ['blocked', 'block'], theme: 'the road' }),
      b: claim('Farmers blocked the road.', { actor: 'Farmers', verb: ['blocked', 'block'], theme: 'the road' }),
    },
    {
      name: 'a definite description may point back to a name: the vaccine vs Meravax',
      a: claim('The vaccine cut infections.', { actor: 'The vaccine', verb: ['cut', 'cut'], theme: 'infections' }),
      b: claim('In trials, Meravax cut infections.', { actor: 'Meravax', verb: ['cut', 'cut'], theme: 'infections' }),
    },
    {
      name: 'a singular description may describe the named person: a young nurse vs Maria Ruiz',
      a: claim('A young nurse rescued the child.', { actor: 'A young nurse', verb: ['rescued', 'rescue'], theme: 'the child' }),
      b: claim('In the end Maria Ruiz rescued the child.', { actor: 'Maria Ruiz', verb: ['rescued', 'rescue'], theme: 'the child' }),
    },
    {
      name: 'the causative alternation: the council closed the library vs the library closed',
      a: claim('The council closed the library.', { actor: 'The council', verb: ['closed', 'close'], theme: 'the library' }),
      b: claim('The library closed.', { actor: 'The library', verb: ['closed', 'close'] }),
    },
    {
      name: 'a determiner and a plural: the protesters vs a protester',
      a: claim('The protesters threw stones.', { actor: 'The protesters', verb: ['threw', 'throw'], theme: 'stones' }),
      b: claim('A protester threw stones.', { actor: 'A protester', verb: ['threw', 'throw'], theme: 'stones' }),
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(detectActor(c.a, c.b, context)).toBeNull();
      expect(detectActor(c.b, c.a, context)).toBeNull();
    });
  }
});

describe('sameName', () => {
  const aliases = context.lexicon.aliases;
  it.each([
    ['Vladimir Putin', 'the Kremlin', true],
    ['Dmitry Peskov', 'Peskov', true],
    ['Russian forces', 'Russia', true],
    ['police officers', 'the police', true],
    ['Peskov', 'Lavrov', false],
    ['Russian troops', 'Ukrainian troops', false],
    ['harbour master Elin Vask', 'Port authority chief Elin Vask', true],
    ['Senator Vask', 'Mayor Vask', false],
    ['harbour master Elin Vask', 'port engineer Mari Vask', false],
    ["The People's Progress Party", 'The Democratic Progress Party', false],
    // A name, and a description that uses the name as its modifier: one thing ("the Sentinel" is the steam bus).
    ['Sentinel steam bus', 'The 97-year-old Sentinel', true],
    ['the Ford plant', 'the Ford dealer', false],
    ['the vintage Sentinel', 'the Foden lorry', false],
  ] as const)('%s ~ %s → %s', (x, y, same) => {
    expect(sameName(x, y, aliases)).toBe(same);
  });
});
