import { describe, expect, it } from 'vitest';
import { detectActor } from '../../src/detect/actor.js';
import { differentOccasions, verbForm } from '../../src/detect/occasions.js';
import { extractClaims } from '../../src/index.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const context = { lexicon: buildLexicon() };
const first = (id: string, text: string) => extractClaims({ id, text, source: id })[0]!;
const pair = (x: string, y: string) => [first('a', x), first('b', y)] as const;

describe('verbForm: tense and aspect of the predicate (Quirk §§ 4.5–4.28)', () => {
  it.each([
    ['Northwind is selling its shipping arm.', 'present-progressive'],
    ['The agency inspects the reactors.', 'present-simple'],
    ['In 1998, Northwind sold its shipping arm.', 'past'],
    ['Northwind has sold its shipping arm.', 'other'],
    ['Northwind will sell its shipping arm.', 'other'],
    ['Northwind were selling its shipping arm.', 'other'],
  ])('%s → %s', (text, form) => {
    expect(verbForm(first('a', text))).toBe(form);
  });
});

describe('detectActor: two occasions are not one act with two doers', () => {
  it('a dated past act and a present progressive one do not clash', () => {
    const [a, b] = pair('In 1998, Northwind Logistics sold off its shipping arm.', 'Brightwater Holdings is selling off its shipping arm.');
    expect(differentOccasions(a, b)).toBe(true);
    expect(detectActor(a, b, context)).toBeNull();
    expect(detectActor(b, a, context)).toBeNull();
  });

  it('two habitual present-simple acts inside a report do not clash', () => {
    const second = (id: string, text: string) => extractClaims({ id, text: `The port is busy in summer. ${text}`, source: id })[1]!;
    const [a, b] = [second('a', 'The coast guard inspects the fishing boats.'), second('b', 'The harbour authority inspects the fishing boats.')];
    expect(differentOccasions(a, b)).toBe(true);
    expect(detectActor(a, b, context)).toBeNull();
  });

  it('positive: two headlines in the headline present still clash ("Senate passes bill" / "House passes bill")', () => {
    const [a, b] = pair('Senate passes the farm bill', 'House passes the farm bill');
    expect(differentOccasions(a, b)).toBe(false);
    expect(detectActor(a, b, context)?.kind).toBe('actor');
  });

  it('a nonfinite participle ("missing engines") asserts no act, so its borrowed subject is no rival doer', () => {
    const participle = (id: string, text: string) => extractClaims({ id, text, source: id }).find((c) => c.proposition.predicate?.text === 'missing')!;
    const a = participle('a', 'Harbour officials have found boats with cracked hulls and missing engines in the harbour.');
    const b = participle('b', 'Divers have found boats with cracked hulls and missing engines in the harbour.');
    expect(verbForm(a)).toBe('nonfinite');
    expect(differentOccasions(a, b)).toBe(true);
    expect(detectActor(a, b, context)).toBeNull();
  });

  it('positive: two past acts on one day still clash', () => {
    const [a, b] = pair('Police fired tear gas at the crowd on Monday.', 'Protesters fired tear gas at the crowd on Monday.');
    expect(differentOccasions(a, b)).toBe(false);
    const hit = detectActor(a, b, context);
    expect(hit?.kind).toBe('actor');
    expect(hit?.evidence.map((s) => s.text)).toEqual(['Police', 'Protesters']);
  });

  it('positive: two undated past acts still clash', () => {
    const [a, b] = pair('The Senate passed the bill.', 'The House passed the bill.');
    const hit = detectActor(a, b, context);
    expect(hit?.kind).toBe('actor');
    expect(hit?.evidence.map((s) => s.text)).toEqual(['The Senate', 'The House']);
  });

  it('hard negative kept apart from the gate: a present-simple habit against a dated past act is not two habits', () => {
    const [a, b] = pair('The coast guard inspects the fishing boats.', 'In 2019 the harbour authority inspected the fishing boats.');
    expect(differentOccasions(a, b)).toBe(false);
  });
});
