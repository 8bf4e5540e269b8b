import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const stateOf = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' })[0]?.proposition.state;

describe('a refusal verb refuses only with what it refuses', () => {
  it.each([
    ['The cooling pump failed.', 'affirmed'],
    ['Bookings declined steeply.', 'affirmed'],
    ['Exports declined by 4 percent in May.', 'affirmed'],
    ['The union voted down the offer.', 'refused'],
    ['The council rejected the appeal.', 'refused'],
    ['The club refused to sell the striker.', 'refused'],
    ['The insurer declined the payout.', 'refused'],
  ])('%s → %s', (text, state) => expect(stateOf(text)).toBe(state));
});
