/**
 * A refusal verb in the passive ("has been rejected", "was cancelled", "was vetoed by the governor"): its subject is
 * what is refused, so the state is "refused" whatever follows the verb, as it is for the active ("the union rejected
 * the proposal"). Before, a passive with nothing or "by" after its verb was read like an intransitive ("sales declined
 * by 5%") and stayed affirmed. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const read = (text: string) => extractClaims({ id: 'a', text, source: 'a' }).map((c) => ({ predicate: c.proposition.predicate?.lemma, state: c.proposition.state }));

describe('a passive refusal is refused', () => {
  it.each([
    ['The pay offer has been rejected by the drivers.', 'reject'],
    ['The spending bill was vetoed by the governor.', 'veto'],
    ['The festival was cancelled.', 'cancel'],
  ])('%s', (text, predicate) => expect(read(text)).toEqual([{ predicate, state: 'refused' }]));
});

describe('hard negatives', () => {
  it.each([
    ['The claims were denied by the ministry.', 'deny', 'affirmed'],
    ['Troops were withdrawn from the town.', 'withdraw', 'affirmed'],
    ['Sales declined by 5 percent.', 'decline', 'affirmed'],
    ['The pay offer was accepted by the drivers.', 'accept', 'affirmed'],
  ])('%s', (text, predicate, state) => expect(read(text)).toEqual([{ predicate, state }]));
});
