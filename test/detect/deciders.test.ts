import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, type Claim } from '../../src/index.js';
import { deciderHit, readDecider } from '../../src/detect/deciders.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const lexicon = buildLexicon();
const one = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase() }).filter((c) => c.background === undefined)[0]!;
const hit = (x: string, y: string) => deciderHit(one('a', x), one('b', y), lexicon);

describe('readDecider: who chose an act', () => {
  it.each([
    ['Inspectors ordered the closure of the pool.', { decider: 'Inspectors', kind: 'directed', acts: ['close'] }],
    ['The county told the club to cancel the race.', { decider: 'The county', kind: 'directed', acts: ['cancel'] }],
    ['The fire service ordered the evacuation of the camp.', { decider: 'The fire service', kind: 'directed', acts: ['evacuate'] }],
    ['The decision to evacuate was made by the camp chief.', { decider: 'camp chief', kind: 'own', acts: ['evacuate'] }],
    ['The camp leaders took the decision to evacuate the site.', { decider: 'The camp leaders', kind: 'own', acts: ['evacuate'] }],
    ['The owners shut the pool voluntarily.', { decider: 'The owners', kind: 'own', acts: ['shut'] }],
    ['The owners closed the pool of their own accord.', { decider: 'The owners', kind: 'own', acts: ['close'] }],
  ])('%s', (text, expected) => {
    const r = readDecider(one('a', text));
    expect(r && { decider: r.decider.text, kind: r.kind, acts: r.acts }).toEqual(expected);
  });

  it.each([
    // A plain act names its doer, not who chose it.
    'The owners shut the pool.',
    // "told" a hearer something is a report, not an order.
    'The county told reporters that the race was off.',
    // A decision with no act named.
    'The camp chief made the decision.',
    // A negated order is no order.
    'Inspectors did not order the closure of the pool.',
  ])('%s reads no decider', (text) => {
    expect(readDecider(one('a', text))).toBeNull();
  });
});

describe('deciderHit: one act, chosen by its doer in one report and ordered by another in the other', () => {
  it.each([
    ['The owners shut the pool voluntarily.', 'Inspectors ordered the closure of the pool.', ['The owners', 'Inspectors'], 'The owners chose to "shut" vs Inspectors ordered it'],
    ['The decision to evacuate was made by the camp chief.', 'The fire service ordered the evacuation of the camp.', ['camp chief', 'The fire service'], 'camp chief chose to "evacuate" vs The fire service ordered it'],
    ['The county told the club to cancel the race.', 'The club took the decision to cancel the race.', ['The county', 'The club'], 'The club chose to "cancel" vs The county ordered it'],
  ])('%s / %s', (x, y, evidence, detail) => {
    const h = hit(x, y);
    expect({ kind: h?.kind, evidence: h?.evidence.map((s) => s.text), detail: h?.detail }).toEqual({ kind: 'actor', evidence, detail });
  });

  it.each([
    // An order and the act carried out: the police ordered, the stewards did it.
    ['Stewards evacuated the square.', 'Police ordered the evacuation of the square.'],
    // One decider named two ways.
    ['The inspectors closed the pool voluntarily.', 'Regional health inspectors ordered the closure of the pool.'],
    // Two different acts.
    ['The owners raised prices voluntarily.', 'Inspectors ordered the closure of the pool.'],
    // The same choice reported twice.
    ['The owners shut the pool voluntarily.', 'The owners closed the pool of their own accord.'],
    // Two orders: detectActor's own reading, not this one.
    ['Inspectors ordered the closure of the pool.', 'The council ordered the closure of the pool.'],
    // A body and its spokesman.
    ['The club took the decision to cancel the race.', 'A club spokesman told members to cancel their entries.'],
  ])('%s / %s is no hit', (x, y) => {
    expect(hit(x, y)).toBeNull();
  });
});

describe('deciderHit: a post or thing given up by its holder in one report, taken away by another in the other', () => {
  it.each([
    ['Anna Berg has resigned as head coach of the club.', 'The club board dismissed its head coach, Anna Berg.', ['Anna Berg', 'The club board'], 'Anna Berg chose to "leave" vs The club board ordered it'],
    ['The owner has handed back the licence.', 'The council revoked the licence.', ['The owner', 'The council'], 'The owner chose to "leave" vs The council ordered it'],
    ['The recall was launched voluntarily by Vantor.', 'The regulator has ordered Vantor to recall 900 vans.', ['Vantor', 'The regulator'], 'Vantor chose to "launch" vs The regulator ordered it'],
  ])('%s / %s', (x, y, evidence, detail) => {
    const h = hit(x, y);
    expect({ kind: h?.kind, evidence: h?.evidence.map((s) => s.text), detail: h?.detail }).toEqual({ kind: 'actor', evidence, detail });
  });

  it.each([
    // Someone else removed: the treasurer is not the one who resigned.
    ['Anna Berg has resigned as head coach of the club.', 'The club board dismissed its treasurer.'],
    // Another thing taken away.
    ['The owner has handed back the licence.', 'The council revoked the planning permission.'],
    // Both say the holder left of its own will.
    ['Anna Berg has resigned as head coach.', 'Anna Berg quit as head coach.'],
    // Both say the board removed her.
    ['The club board dismissed Anna Berg.', 'The club board sacked Anna Berg.'],
  ])('%s / %s is no hit', (x, y) => {
    expect(hit(x, y)).toBeNull();
  });
});

describe('analyze: the rival deciders are compared although their words differ', () => {
  it('reports one actor conflict for a choice against an order', () => {
    const report = analyze({
      documents: [
        { id: 'a', source: { name: 'Gazette' }, text: 'The Valdera baths closed their outdoor pool on Saturday. The manager said the owners had shut the basin voluntarily as a precaution.' },
        { id: 'b', source: { name: 'Herald' }, text: 'Regional health inspectors ordered the closure of the outdoor pool at the Valdera baths on Saturday.' },
      ],
    });
    expect(report.conflicts.filter((c) => c.kind === 'actor').map((c) => c.evidence.map((e) => e.span.text))).toEqual([['the owners', 'Regional health inspectors']]);
  });
});
