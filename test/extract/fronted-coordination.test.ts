/**
 * A fronted prepositional phrase whose object is coordinated ("In Leeds and York, crews cleared …", "After the storm and
 * the floods, …") ends at the comma after its last conjunct (Quirk et al. 1985 § 13.21): the subject is the noun phrase
 * after it, not the last conjunct. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actor = (text: string) => extractClaims({ id: 'd', source: { name: 'The Courier' }, text, publishedAt: '2026-03-10' })[0]!.proposition.actor?.text;

describe('the subject after a fronted phrase with a coordinated object', () => {
  it.each([
    ['In Leeds and York, crews cleared debris.', 'crews'],
    ['In Kent, Surrey and Sussex, crews cleared 4,000 tonnes of debris.', 'crews'],
    ['After the storm and the floods, volunteers cleared the beach.', 'volunteers'],
    ['In the towns and villages, volunteers handed out sandbags.', 'volunteers'],
  ])('%s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });

  it.each([
    // No coordinator: a comma alone closes the phrase, and the subject is read as before.
    ['In Lewes, Seaford Police cleared the roads.', 'Seaford Police'],
    ['Police in Kent and Sussex cleared debris.', 'Police'],
    ['The mayors of Leeds and York signed the pact.', 'The mayors'],
  ])('hard negative: %s', (text, expected) => {
    expect(actor(text)).toBe(expected);
  });
});
