import { describe, expect, it } from 'vitest';
import { extractClaims, type Claim } from '../../src/index.js';
import { eventDoerHit } from '../../src/detect/event-doers.js';
import { buildLexicon } from '../../src/lexicon/index.js';

const lexicon = buildLexicon();
const one = (id: string, text: string): Claim => extractClaims({ id, text, source: id.toUpperCase() }).filter((c) => c.background === undefined)[0]!;
const hit = (x: string, y: string) => eventDoerHit(one('a', x), one('b', y), lexicon);

describe('eventDoerHit: a doer named outside the predicate', () => {
  it.each([
    ["The truce was reached through Egypt's mediation.", 'Qatar mediated the truce.', ['Egypt', 'Qatar'], 'Egypt vs Qatar as the doer of "mediation"'],
    ['The truce followed mediation by Egypt.', 'Qatar mediated the truce.', ['Egypt', 'Qatar'], 'Egypt vs Qatar as the doer of "mediation"'],
    ['Al-Shabaab claimed responsibility for the bombing.', 'The Ogaden Liberation Front carried out the bombing.', ['Al-Shabaab', 'The Ogaden Liberation Front'], 'Al-Shabaab vs The Ogaden Liberation Front as the doer of "bombing"'],
  ])('%s / %s', (x, y, evidence, detail) => {
    const h = hit(x, y);
    expect({ kind: h?.kind, evidence: h?.evidence.map((s) => s.text), detail: h?.detail }).toEqual({ kind: 'actor', evidence, detail });
  });

  it.each([
    // The same doer in two forms.
    ["Egypt's mediation secured the truce.", 'Egypt mediated the truce.'],
    ['Al-Shabaab claimed responsibility for the bombing.', 'Al-Shabaab carried out the bombing.'],
    // A spokesman speaks for the body.
    ['An Al-Shabaab spokesman claimed responsibility for the bombing.', 'Al-Shabaab carried out the bombing.'],
    // Responsibility denied is no act owned.
    ['Al-Shabaab denied responsibility for the bombing.', 'The Ogaden Liberation Front carried out the bombing.'],
    // Two acts.
    ['Al-Shabaab claimed responsibility for the bombing.', 'The Ogaden Liberation Front carried out the kidnapping.'],
    ["The truce was reached through Egypt's mediation.", 'Qatar hosted the truce talks.'],
    ["Egypt's review of the truce found no breach.", 'Qatar mediated the truce.'],
    // Both doers in their predicates: detectActor's own reading.
    ['Egypt mediated the truce.', 'Qatar mediated the truce.'],
  ])('%s / %s is no hit', (x, y) => {
    expect(hit(x, y)).toBeNull();
  });
});
