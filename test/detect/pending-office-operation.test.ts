/**
 * States of holding an office, being in operation and being on strike (FrameNet 1.7 Being_employed, Leadership,
 * Being_in_operation, Strike) against the acts that end them (lexicon/pending-states.ts). Sentences invented for this
 * file; expectations written before the first run. Hard negatives: another referent, an end long ago, an end still
 * to come, the same state twice.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

function alerts(a: string, b: string) {
  const documents = [
    { id: 'a', source: { name: 'Harbour Daily' }, text: a },
    { id: 'b', source: { name: 'Northwire' }, text: b },
  ];
  return analyze({ documents }).conflicts.filter((c) => c.band !== 'low').map((c) => c.kind);
}

describe('office, operation and strike states against their end', () => {
  it.each([
    ['The harbour master remains in his post.', 'The harbour master resigned on Monday.'],
    ['The mayor remains in office.', 'The council removed the mayor on Tuesday.'],
    ['The old kiln is still in operation.', 'The old kiln was shut down last month.'],
    ['The shearers are still on strike.', 'The shearers ended their strike on Monday.'],
    ['The rope works is still operating.', 'The rope works closed on Friday.'],
    ['The snooker hall is still trading, its owner said.', 'The snooker hall shut its doors in March.'],
  ])('%s / %s: status', (a, b) => {
    expect(alerts(a, b)).toEqual(['status']);
  });

  it.each([
    ['another referent', 'The harbour master remains in his post.', 'His deputy resigned on Monday.'],
    ['an end long ago', 'The mayor remains in office.', 'The mayor resigned from the choir years ago.'],
    ['an end still to come', 'The old kiln is still in operation.', 'The old kiln will be shut down next year.'],
    ['the same state twice', 'The shearers are still on strike.', 'The shearers remain on strike, the union said.'],
    ['another act of the frame', 'The rope works is still operating.', 'The rope works stopped its night shift on Friday.'],
  ])('%s: none', (_, a, b) => {
    expect(alerts(a, b)).toEqual([]);
  });
});
